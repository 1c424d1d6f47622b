package io.newsgraph.query.entity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An entity as readers see it in search results and on its own page. */
@Schema(
        name = "Entity",
        description = "One person, place, organisation or other named thing across all articles.",
        example =
                """
                {"id": "0b0a4b8e-4c55-3c1e-9b54-8f36a3c2e0a1", "name": "Steve Witkoff", "type": "PERSON",
                 "aliases": ["M. Witkoff", "Witkoff"], "articleCount": 42, "mentionCount": 133,
                 "firstSeen": "2025-01-20T07:30:00Z", "lastSeen": "2025-03-01T08:00:00Z"}
                """)
public record EntitySummary(
        UUID id,
        String name,
        EntityType type,
        @Schema(description = "Other ways the entity is written, and aliases editors attached.")
                List<String> aliases,
        @Schema(description = "Current articles naming the entity.") long articleCount,
        @Schema(description = "Mentions in current articles.") long mentionCount,
        @Schema(description = "Earliest article naming it (published, else received).")
                Instant firstSeen,
        @Schema(description = "Latest article naming it.") Instant lastSeen) {

    static EntitySummary of(NamedEntityRow entity, List<String> aliases, EntityStats stats) {
        return new EntitySummary(
                entity.id(),
                entity.name(),
                entity.type(),
                aliases,
                stats.articleCount(),
                stats.mentionCount(),
                stats.firstSeen(),
                stats.lastSeen());
    }
}
