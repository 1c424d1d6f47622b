package io.newsgraph.query.entity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An entity as readers see it in search results and on its own page. */
public record EntitySummary(
        UUID id,
        String name,
        EntityType type,
        List<String> aliases,
        long articleCount,
        long mentionCount,
        Instant firstSeen,
        Instant lastSeen) {

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
