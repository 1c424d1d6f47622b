package io.newsgraph.ingest.annotation;

import java.time.Instant;
import java.util.UUID;

/** An article revision a worker has leased for annotation, with what the event needs. */
public record ClaimedArticle(
        UUID id,
        int revision,
        int attempt,
        String title,
        String text,
        String url,
        String source,
        String externalId,
        String languageHint,
        Instant publishedAt,
        Instant receivedAt) {}
