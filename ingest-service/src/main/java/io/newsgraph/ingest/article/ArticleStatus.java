package io.newsgraph.ingest.article;

/** Where an article's current revision stands in the pipeline. */
public enum ArticleStatus {
    /** Stored and acknowledged; waiting for (or retrying) annotation. */
    RECEIVED,
    /** Entities stored; the event waits in the outbox for Kafka. */
    ANNOTATED,
    /** Kafka acknowledged the event for this revision. */
    PUBLISHED,
    /** Annotation or publication kept failing; {@code error} says why. */
    FAILED
}
