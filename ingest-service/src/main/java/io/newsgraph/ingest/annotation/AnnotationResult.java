package io.newsgraph.ingest.annotation;

/** What is stored for an annotated revision: nlp-service's answer and the event to publish. */
public record AnnotationResult(
        String language,
        String languageSupport,
        String entitiesJson,
        String topic,
        String eventJson) {}
