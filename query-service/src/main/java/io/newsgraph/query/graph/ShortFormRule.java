package io.newsgraph.query.graph;

import io.newsgraph.query.entity.EntityKeys;
import io.newsgraph.query.entity.EntityType;
import java.util.Set;
import java.util.UUID;

/**
 * Decides the entity of a name no shipped alias or editor has pinned: a person's surname or other
 * short form ("witkoff") belongs to the one full name in use that ends with it ("steve witkoff");
 * when no full name or several different people end with it, the name is an entity of its own. The
 * decision depends only on the names in use, never on the order articles arrived in.
 */
public final class ShortFormRule {

    /** Where a name resolves to and why. */
    public record Resolution(UUID entityId, String rule) {}

    private ShortFormRule() {}

    /**
     * @param candidates the entities of the longer names in use that end with this one
     */
    public static Resolution resolve(NameKeyRef name, Set<UUID> candidates) {
        UUID own = EntityKeys.entityId(name.type(), name.key());
        if (name.type() == EntityType.PERSON && candidates.size() == 1) {
            UUID fullName = candidates.iterator().next();
            if (!fullName.equals(own)) {
                return new Resolution(fullName, "SHORT_FORM");
            }
        }
        return new Resolution(own, "OWN");
    }
}
