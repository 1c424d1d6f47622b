package io.newsgraph.query.entity;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An entity's presence in the news over a window compared with the window before. */
@Schema(
        name = "TrendingEntity",
        example =
                """
                {"id": "0b0a4b8e-4c55-3c1e-9b54-8f36a3c2e0a1", "name": "Steve Witkoff", "type": "PERSON",
                 "articleCount": 14, "previousArticleCount": 3, "change": 11}
                """)
public record Trending(
        UUID id,
        String name,
        EntityType type,
        @Schema(description = "Articles naming the entity within the window.") long articleCount,
        @Schema(description = "Articles naming it in the window of the same length before.")
                long previousArticleCount,
        @Schema(description = "articleCount - previousArticleCount; the listing's order.")
                long change) {}
