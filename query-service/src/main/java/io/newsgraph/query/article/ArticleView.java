package io.newsgraph.query.article;

import io.newsgraph.query.entity.EntityType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An article with every entity it names and where: {@code GET /api/v1/articles/{id}}. */
@Schema(
        name = "Article",
        description = "An article in its current revision with the entities it names.",
        example =
                """
                {"id": "3f1c2a52-7d41-4b8e-9f3a-2c6d1e0b9a77", "title": "Witkoff à Moscou",
                 "url": "https://news.example/witkoff-moscou", "source": "example-news",
                 "language": "fr", "publishedAt": "2025-03-01T08:00:00Z", "revision": 1,
                 "text": "Steve Witkoff est arrivé à Moscou. M. Witkoff a rencontré Vladimir Poutine.",
                 "entities": [{"id": "0b0a4b8e-4c55-3c1e-9b54-8f36a3c2e0a1", "name": "Steve Witkoff",
                   "nameInArticle": "Steve Witkoff", "type": "PERSON", "salience": 0.9,
                   "mentions": [{"begin": 0, "end": 13, "text": "Steve Witkoff"},
                                {"begin": 35, "end": 45, "text": "M. Witkoff"}]}]}
                """)
public record ArticleView(
        UUID id,
        String title,
        String url,
        String source,
        String language,
        Instant publishedAt,
        int revision,
        @Schema(description = "The cleaned text that mention offsets refer to.") String text,
        List<EntityInArticle> entities) {

    /** An entity of the graph as it appears in this article. */
    @Schema(name = "ArticleEntity")
    public record EntityInArticle(
            UUID id,
            @Schema(description = "The entity's name in the graph, the same in every article.")
                    String name,
            @Schema(
                            description =
                                    "The entity's fullest name as this article writes it, e.g."
                                            + " \"Russie\" in a French article about \"Russia\".")
                    String nameInArticle,
            EntityType type,
            @Schema(description = "How central the entity is to the article, 0 to 1.")
                    double salience,
            List<MentionView> mentions) {}

    /** UTF-16 offsets into the stored article text, end exclusive, and the text they cover. */
    @Schema(name = "Mention")
    public record MentionView(int begin, int end, String text) {}
}
