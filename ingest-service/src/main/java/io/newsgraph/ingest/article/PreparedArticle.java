package io.newsgraph.ingest.article;

import java.time.Instant;

/** A validated submission after cleaning, with the keys that decide identity and change. */
public record PreparedArticle(
        String identityKey,
        String contentHash,
        String source,
        String externalId,
        String url,
        String title,
        String text,
        String languageHint,
        Instant publishedAt) {}
