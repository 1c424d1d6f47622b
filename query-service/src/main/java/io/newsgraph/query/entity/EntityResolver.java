package io.newsgraph.query.entity;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.UUID;

/**
 * Decides which graph entity a name found in an article stands for: the entity of the same type
 * with that name or (unambiguously) that alias, otherwise a new one. Every surface form seen is
 * recorded as an alias so later articles and searches find the entity by it.
 */
@ApplicationScoped
public class EntityResolver {

    private final EntityRepository entities;

    public EntityResolver(EntityRepository entities) {
        this.entities = entities;
    }

    /** Must run inside a transaction; returns the id of the resolved entity. */
    public Uni<UUID> resolve(EntityType type, String name, Collection<String> surfaceForms) {
        String key = EntityKeys.normalize(name);
        return entities.findMatch(type, key)
                .chain(
                        match ->
                                match.isPresent()
                                        ? Uni.createFrom().item(match.get())
                                        : entities.create(type, key, name))
                .call(id -> entities.addAliases(id, surfaceForms));
    }
}
