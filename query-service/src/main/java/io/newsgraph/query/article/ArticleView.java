package io.newsgraph.query.article;

import io.newsgraph.query.entity.EntityType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An article with every entity it names and where: {@code GET /api/v1/articles/{id}}. */
public record ArticleView(
        UUID id,
        String title,
        String url,
        String source,
        String language,
        Instant publishedAt,
        int revision,
        List<EntityInArticle> entities) {

    /** An entity of the graph as it appears in this article. */
    public record EntityInArticle(
            UUID id, String name, EntityType type, double salience, List<MentionView> mentions) {}

    /** UTF-16 offsets into the stored article text, end exclusive, and the text they cover. */
    public record MentionView(int begin, int end, String text) {}
}
