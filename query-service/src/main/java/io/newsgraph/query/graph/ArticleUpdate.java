package io.newsgraph.query.graph;

import io.newsgraph.query.entity.EntityType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One revision of an article with the entities found in it, as read from the event topic. */
public record ArticleUpdate(
        UUID articleId,
        int revision,
        String title,
        String url,
        String source,
        String externalId,
        String language,
        Instant publishedAt,
        Instant receivedAt,
        String text,
        List<Finding> entities) {

    /** An entity as the NLP service found it in this article. */
    public record Finding(String name, EntityType type, double salience, List<Span> mentions) {}

    /** Where the entity is named: UTF-16 offsets into {@link ArticleUpdate#text}, end exclusive. */
    public record Span(int begin, int end, String text) {}
}
