package io.newsgraph.query.curation;

import static io.newsgraph.query.graph.NativeSql.execute;
import static io.newsgraph.query.graph.NativeSql.rows;

import io.newsgraph.query.api.ProblemException;
import io.newsgraph.query.entity.EntityKeys;
import io.newsgraph.query.entity.EntityRepository;
import io.newsgraph.query.entity.EntityService;
import io.newsgraph.query.entity.EntitySummary;
import io.newsgraph.query.entity.EntityType;
import io.newsgraph.query.entity.NamedEntity;
import io.newsgraph.query.entity.Rows;
import io.newsgraph.query.graph.GraphEdit;
import io.newsgraph.query.graph.GraphMaintenance;
import io.newsgraph.query.graph.NameKeyRef;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Editors' corrections of the graph. Each one changes resolution rules (pinned as EDITOR so that
 * articles consumed later follow them), re-derives every affected article in the same transaction
 * so every query shows the result at once, and is written to the audit trail.
 */
@ApplicationScoped
public class CurationService {

    private final GraphMaintenance graph;
    private final EntityService entities;
    private final EntityRepository repository;
    private final AuditLog audit;

    public CurationService(
            GraphMaintenance graph,
            EntityService entities,
            EntityRepository repository,
            AuditLog audit) {
        this.graph = graph;
        this.entities = entities;
        this.repository = repository;
        this.audit = audit;
    }

    /** Merges {@code sourceId} into {@code targetId}: every name and mention of it follows. */
    @WithTransaction
    public Uni<EntitySummary> merge(UUID targetId, UUID sourceId, Curator curator) {
        if (targetId.equals(sourceId)) {
            throw ProblemException.badRequest("source", "must be another entity than the target");
        }
        Change change = new Change();
        return graph.lock()
                .chain(() -> current(targetId))
                .invoke(target -> change.entity = target)
                .chain(() -> current(sourceId))
                .invoke(source -> change.other = source)
                .chain(() -> entities.summary(targetId))
                .invoke(summary -> change.before.put("target", summary))
                .chain(() -> entities.summary(sourceId))
                .invoke(summary -> change.before.put("source", summary))
                .chain(() -> graph.articlesOf(sourceId))
                .invoke(articles -> change.articles = articles)
                .chain(
                        () ->
                                rows(
                                        "update name_key set entity_id = :target, rule = 'EDITOR'"
                                                + " where entity_id = :source returning type, key",
                                        "target",
                                        targetId,
                                        "source",
                                        sourceId))
                .invoke(moved -> change.names.addAll(names(moved)))
                .chain(
                        () ->
                                execute(
                                        "update name_key set split_from = case when entity_id ="
                                            + " cast(:target as uuid) then null else cast(:target"
                                            + " as uuid) end where split_from = :source",
                                        "target",
                                        targetId,
                                        "source",
                                        sourceId))
                .chain(() -> pinAlias(targetId, change.entity.type, change.other.name))
                .chain(
                        () ->
                                execute(
                                        "insert into entity_alias (entity_id, alias,"
                                                + " normalized_alias, use_count, pinned) select"
                                                + " :target, alias, normalized_alias, 0, true from"
                                                + " entity_alias where entity_id = :source and"
                                                + " pinned on conflict (entity_id, alias) do update"
                                                + " set pinned = true",
                                        "target",
                                        targetId,
                                        "source",
                                        sourceId))
                .chain(() -> follow(change, targetId, sourceId))
                .chain(() -> removeMerged(sourceId, targetId))
                .chain(() -> graph.tidy(change.edit))
                .chain(() -> entities.summary(targetId))
                .call(
                        after ->
                                audit.record(
                                        curator,
                                        "MERGE",
                                        List.of(targetId, sourceId),
                                        change.other.name + " into " + change.entity.name,
                                        change.before,
                                        Map.of("target", after)));
    }

    /**
     * Moves an alias's mentions out of an entity into another one: a new entity, or the entity that
     * name already stands for elsewhere. Mentions written that way inside the entity's findings
     * move too, in the articles consumed so far and in those to come.
     */
    @WithTransaction
    public Uni<EntitySummary> split(UUID entityId, String alias, String name, Curator curator) {
        Change change = new Change();
        return graph.lock()
                .chain(() -> current(entityId))
                .invoke(entity -> change.entity = entity)
                .chain(entity -> checkSplit(entity, alias))
                .invoke(key -> change.key = key)
                .chain(() -> entities.summary(entityId))
                .invoke(summary -> change.before.put("entity", summary))
                .chain(() -> splitTarget(change.entity, change.key, name == null ? alias : name))
                .invoke(target -> change.target = target)
                .chain(() -> graph.articlesOf(entityId))
                .invoke(articles -> change.articles = articles)
                .chain(
                        () ->
                                rows(
                                        "update name_key set entity_id = :target, rule = 'EDITOR',"
                                                + " split_from = :entity where key = :key and"
                                                + " entity_id = :entity returning type, key",
                                        "target",
                                        change.target,
                                        "entity",
                                        entityId,
                                        "key",
                                        change.key))
                .invoke(moved -> change.names.addAll(names(moved)))
                .chain(
                        () ->
                                execute(
                                        "insert into name_key (type, key, entity_id, rule,"
                                            + " split_from) values (:type, :key, :target, 'EDITOR',"
                                            + " :entity) on conflict (type, key) do update set"
                                            + " entity_id = :target, rule = 'EDITOR', split_from ="
                                            + " :entity",
                                        "type",
                                        change.entity.type.name(),
                                        "key",
                                        change.key,
                                        "target",
                                        change.target,
                                        "entity",
                                        entityId))
                .invoke(() -> change.names.add(new NameKeyRef(change.entity.type, change.key)))
                .chain(
                        () ->
                                execute(
                                        "update entity_alias set pinned = false where entity_id ="
                                                + " :entity and normalized_alias = :key",
                                        "entity",
                                        entityId,
                                        "key",
                                        change.key))
                .chain(() -> pinAlias(change.target, change.entity.type, alias))
                .chain(() -> follow(change, entityId, change.target))
                .chain(() -> graph.tidy(change.edit))
                .chain(() -> entities.summary(entityId))
                .invoke(summary -> change.after.put("entity", summary))
                .chain(() -> entities.summary(change.target))
                .invoke(summary -> change.after.put("split", summary))
                .call(
                        created ->
                                audit.record(
                                        curator,
                                        "SPLIT",
                                        List.of(entityId, change.target),
                                        alias + " off " + change.entity.name,
                                        change.before,
                                        change.after));
    }

    /** Re-derives the articles of a merge or split and follows the names whose entity moved. */
    private Uni<Void> follow(Change change, UUID first, UUID second) {
        change.edit.touch(first);
        change.edit.touch(second);
        return graph.rederive(change.articles, change.edit)
                .chain(() -> graph.cascade(change.names, change.articles, change.edit));
    }

    /** The key of an alias that can be split off the entity; fails otherwise. */
    private Uni<String> checkSplit(NamedEntity entity, String alias) {
        String key = EntityKeys.key(entity.type, alias);
        if (key.isEmpty()) {
            throw ProblemException.badRequest("alias", "must contain at least one letter or digit");
        }
        if (key.equals(entity.normalizedKey)) {
            throw ProblemException.conflict(
                    "'"
                            + alias
                            + "' is the name of entity "
                            + entity.id
                            + "; rename it before splitting that name off.");
        }
        return isAliasOf(entity.id, key)
                .invoke(
                        known -> {
                            if (!known) {
                                throw ProblemException.notFound(
                                        "Entity " + entity.id + " has no alias '" + alias + "'.");
                            }
                        })
                .replaceWith(key);
    }

    /** The state one curation operation builds up as it goes. */
    private static final class Change {
        final GraphEdit edit = new GraphEdit();
        final Map<String, Object> before = new LinkedHashMap<>();
        final Map<String, Object> after = new LinkedHashMap<>();
        final List<NameKeyRef> names = new ArrayList<>();
        NamedEntity entity;
        NamedEntity other;
        UUID target;
        String key;
        Set<UUID> articles = Set.of();
    }

    /** Renames an entity; the new name becomes one of its names for articles to come. */
    @WithTransaction
    public Uni<EntitySummary> rename(UUID entityId, String name, Curator curator) {
        Change change = new Change();
        return graph.lock()
                .chain(() -> current(entityId))
                .invoke(entity -> change.entity = entity)
                .chain(entity -> ownKey(entity, "name", name))
                .call(
                        ref ->
                                owner(ref)
                                        .invoke(
                                                owner -> {
                                                    if (owner != null && !owner.equals(entityId)) {
                                                        throw ProblemException.conflict(
                                                                "The name '"
                                                                        + name
                                                                        + "' stands for entity "
                                                                        + owner
                                                                        + "; merge the two"
                                                                        + " instead.");
                                                    }
                                                }))
                .call(() -> entities.summary(entityId).invoke(s -> change.before.put("entity", s)))
                .call(
                        ref ->
                                execute(
                                        "update entity set name = :name, normalized_key = :key,"
                                                + " name_pinned = true where id = :id",
                                        "name",
                                        name,
                                        "key",
                                        ref.key(),
                                        "id",
                                        entityId))
                .call(() -> pinAlias(entityId, change.entity.type, name))
                .chain(ref -> claim(ref, entityId, change.edit))
                .chain(() -> graph.tidy(change.edit))
                .chain(() -> entities.summary(entityId))
                .call(
                        after ->
                                audit.record(
                                        curator,
                                        "RENAME",
                                        List.of(entityId),
                                        change.entity.name + " to " + name,
                                        change.before,
                                        Map.of("entity", after)));
    }

    /**
     * Attaches another name to an entity ("Moscou" to Moscow): articles that use it, now and later,
     * name this entity.
     */
    @WithTransaction
    public Uni<EntitySummary> addAlias(UUID entityId, String alias, Curator curator) {
        Change change = new Change();
        return graph.lock()
                .chain(() -> current(entityId))
                .invoke(entity -> change.entity = entity)
                .chain(entity -> ownKey(entity, "alias", alias))
                .call(() -> entities.summary(entityId).invoke(s -> change.before.put("entity", s)))
                .call(() -> pinAlias(entityId, change.entity.type, alias))
                .chain(ref -> claim(ref, entityId, change.edit))
                .chain(() -> graph.tidy(change.edit))
                .chain(() -> entities.summary(entityId))
                .call(
                        after ->
                                audit.record(
                                        curator,
                                        "ADD_ALIAS",
                                        List.of(entityId),
                                        alias,
                                        change.before,
                                        Map.of("entity", after)));
    }

    /** The resolution key of a name for this entity's type; a 400 if it has no letter or digit. */
    private static Uni<NameKeyRef> ownKey(NamedEntity entity, String field, String name) {
        String key = EntityKeys.key(entity.type, name);
        if (key.isEmpty()) {
            throw ProblemException.badRequest(field, "must contain at least one letter or digit");
        }
        return Uni.createFrom().item(new NameKeyRef(entity.type, key));
    }

    /**
     * Pins a name to an entity; articles whose findings used it for another entity move here, and
     * the short forms it governs are re-evaluated.
     */
    private Uni<Void> claim(NameKeyRef ref, UUID entityId, GraphEdit edit) {
        edit.touch(entityId);
        return owner(ref)
                .chain(
                        owner ->
                                execute(
                                                "insert into name_key (type, key, entity_id, rule)"
                                                        + " values (:type, :key, :entity,"
                                                        + " 'EDITOR') on conflict (type, key) do"
                                                        + " update set entity_id = :entity, rule ="
                                                        + " 'EDITOR', split_from = null",
                                                "type",
                                                ref.type().name(),
                                                "key",
                                                ref.key(),
                                                "entity",
                                                entityId)
                                        .chain(
                                                () -> {
                                                    if (owner == null || owner.equals(entityId)) {
                                                        return Uni.createFrom().voidItem();
                                                    }
                                                    edit.touch(owner);
                                                    edit.redirect(owner, entityId);
                                                    return graph.articlesUsing(List.of(ref))
                                                            .chain(a -> graph.rederive(a, edit));
                                                }))
                .chain(() -> graph.cascade(List.of(ref), Set.of(), edit));
    }

    /** The entity a split moves to: the one the alias already stands for, else a new one. */
    private Uni<UUID> splitTarget(NamedEntity entity, String key, String name) {
        return owner(new NameKeyRef(entity.type, key))
                .chain(
                        owner -> {
                            if (owner != null && !owner.equals(entity.id)) {
                                return Uni.createFrom().item(owner);
                            }
                            UUID derived = EntityKeys.entityId(entity.type, key);
                            return repository
                                    .findById(derived)
                                    .map(existing -> existing == null ? derived : UUID.randomUUID())
                                    .call(
                                            id ->
                                                    execute(
                                                            "insert into entity (id, name, type,"
                                                                    + " normalized_key, created_at,"
                                                                    + " name_pinned) values (:id,"
                                                                    + " :name, :type, :key, now(),"
                                                                    + " true)",
                                                            "id",
                                                            id,
                                                            "name",
                                                            name,
                                                            "type",
                                                            entity.type.name(),
                                                            "key",
                                                            EntityKeys.key(entity.type, name)));
                        });
    }

    private Uni<Boolean> isAliasOf(UUID entityId, String key) {
        return rows(
                        "select 1 from entity_alias where entity_id = :entity and normalized_alias"
                                + " = :key and (use_count > 0 or pinned) union all select 1 from"
                                + " name_key where entity_id = :entity and key = :key",
                        "entity",
                        entityId,
                        "key",
                        key)
                .map(rows -> !rows.isEmpty());
    }

    private Uni<UUID> owner(NameKeyRef ref) {
        return rows(
                        "select entity_id from name_key where type = :type and key = :key",
                        "type",
                        ref.type().name(),
                        "key",
                        ref.key())
                .map(rows -> rows.isEmpty() ? null : Rows.uuid(rows.get(0)[0]));
    }

    private Uni<Void> pinAlias(UUID entityId, EntityType type, String alias) {
        return execute(
                        "insert into entity_alias (entity_id, alias, normalized_alias, use_count,"
                                + " pinned) values (:entity, :alias, :key, 0, true) on conflict"
                                + " (entity_id, alias) do update set pinned = true",
                        "entity",
                        entityId,
                        "alias",
                        alias,
                        "key",
                        EntityKeys.key(type, alias))
                .replaceWithVoid();
    }

    private Uni<Void> removeMerged(UUID sourceId, UUID targetId) {
        return execute(
                        "delete from entity_cooccurrence where entity_a = :source or entity_b ="
                                + " :source",
                        "source",
                        sourceId)
                .chain(() -> execute("delete from entity where id = :source", "source", sourceId))
                .chain(
                        () ->
                                graph.redirect(
                                        List.of(
                                                Map.of(
                                                        "from_id", sourceId.toString(),
                                                        "to_id", targetId.toString()))))
                .replaceWithVoid();
    }

    /** The entity with this id as it is now (curation never follows redirects). */
    private Uni<NamedEntity> current(UUID id) {
        return repository
                .findById(id)
                .onItem()
                .ifNull()
                .failWith(() -> ProblemException.notFound("No entity with id " + id + "."));
    }

    private static List<NameKeyRef> names(List<Object[]> rows) {
        List<NameKeyRef> names = new ArrayList<>();
        for (Object[] row : rows) {
            names.add(new NameKeyRef(EntityType.valueOf((String) row[0]), (String) row[1]));
        }
        return names;
    }
}
