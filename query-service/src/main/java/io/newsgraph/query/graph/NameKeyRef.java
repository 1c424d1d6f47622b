package io.newsgraph.query.graph;

import io.newsgraph.query.entity.EntityKeys;
import io.newsgraph.query.entity.EntityType;
import java.util.Map;

/** A resolution key: a normalized name of one entity type, the primary key of name_key. */
public record NameKeyRef(EntityType type, String key) {

    public int tokens() {
        return EntityKeys.tokenCount(key);
    }

    Map<String, Object> toRow() {
        return Map.of("type", type.name(), "key", key);
    }
}
