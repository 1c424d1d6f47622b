package io.newsgraph.query.entity;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.UUID;

/** An article naming an entity, with how central the entity is there and how often it is named. */
public record EntityArticle(
        UUID id,
        String title,
        String url,
        String source,
        String language,
        Instant publishedAt,
        int revision,
        double salience,
        int mentionCount,
        @JsonIgnore Instant seenAt) {}
