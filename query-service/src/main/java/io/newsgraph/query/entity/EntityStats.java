package io.newsgraph.query.entity;

import java.time.Instant;

/** How much an entity is in the news: computed from the current revision of every article. */
public record EntityStats(
        long articleCount, long mentionCount, Instant firstSeen, Instant lastSeen) {

    public static final EntityStats NONE = new EntityStats(0, 0, null, null);
}
