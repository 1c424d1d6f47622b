package io.newsgraph.query.graph;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What one transaction on the graph has touched, so that the aggregates, names and leftovers of
 * exactly those entities are tidied at its end.
 */
public final class GraphEdit {

    /** Entities whose articles, aliases or rules changed. */
    final Set<UUID> touched = new HashSet<>();

    /** Names whose last current finding may have gone: dropped unless a rule pins them. */
    final Set<NameKeyRef> maybeUnused = new HashSet<>();

    /** Entities that may disappear, and the entity a reader holding their id should get. */
    final Map<UUID, UUID> redirects = new HashMap<>();

    public void touch(UUID entityId) {
        if (entityId != null) {
            touched.add(entityId);
        }
    }

    public void touchAll(Set<UUID> entityIds) {
        touched.addAll(entityIds);
    }

    public void redirect(UUID from, UUID to) {
        if (from != null && to != null && !from.equals(to)) {
            redirects.put(from, to);
        }
    }

    public void mayBeUnused(NameKeyRef name) {
        maybeUnused.add(name);
    }
}
