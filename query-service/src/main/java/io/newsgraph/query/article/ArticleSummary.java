package io.newsgraph.query.article;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.UUID;

/** An article in a listing: what a reader needs to pick it, without its entities. */
public record ArticleSummary(
        UUID id,
        String title,
        String url,
        String source,
        String language,
        Instant publishedAt,
        int revision,
        @JsonIgnore Instant seenAt) {}
