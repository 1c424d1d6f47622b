package io.newsgraph.query.curation;

import static io.newsgraph.query.graph.NativeSql.execute;
import static io.newsgraph.query.graph.NativeSql.json;
import static io.newsgraph.query.graph.NativeSql.jsonRows;
import static io.newsgraph.query.graph.NativeSql.rows;

import io.newsgraph.query.entity.EntityKeys;
import io.newsgraph.query.entity.EntityType;
import io.newsgraph.query.entity.Rows;
import io.newsgraph.query.graph.GraphEdit;
import io.newsgraph.query.graph.GraphMaintenance;
import io.newsgraph.query.graph.GraphMaintenance.KeyChange;
import io.newsgraph.query.graph.NameKeyRef;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The alias table the project ships (French and English names of the same place or organisation)
 * applied as resolution rules at start-up, before any article is consumed. Lines added in a new
 * release re-derive the articles already stored; lines removed give their names back to ordinary
 * resolution; names an editor pinned are left alone.
 */
@ApplicationScoped
public class ShippedAliases {

    private static final Logger LOG = Logger.getLogger(ShippedAliases.class);

    /** One line of the table: an entity and every name it goes by. */
    public record Group(EntityType type, String canonical, List<String> names) {
        UUID entityId() {
            return EntityKeys.entityId(type, EntityKeys.key(type, canonical));
        }
    }

    private final GraphMaintenance graph;
    private final AuditLog audit;
    private final List<String> files;

    public ShippedAliases(
            GraphMaintenance graph,
            AuditLog audit,
            @ConfigProperty(name = "newsgraph.query.shipped-aliases") List<String> files) {
        this.graph = graph;
        this.audit = audit;
        this.files = files;
    }

    void onStart(@Observes StartupEvent event) throws Throwable {
        List<Group> groups = read();
        int changed =
                VertxContextSupport.subscribeAndAwait(
                        () -> Panache.withTransaction(() -> apply(groups)));
        LOG.infof("shipped alias table: %d entities, %d rules changed", groups.size(), changed);
    }

    public List<Group> read() {
        List<Group> groups = new ArrayList<>();
        for (String file : files) {
            try (InputStream in =
                    Thread.currentThread()
                            .getContextClassLoader()
                            .getResourceAsStream(file.trim())) {
                if (in == null) {
                    throw new IllegalStateException("shipped alias table not found: " + file);
                }
                BufferedReader reader =
                        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                int number = 0;
                while ((line = reader.readLine()) != null) {
                    number++;
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] columns = line.split("\t");
                    if (columns.length < 2 || EntityType.parse(columns[0]).isEmpty()) {
                        throw new IllegalStateException(
                                file + ":" + number + ": expected TYPE<TAB>name<TAB>aliases...");
                    }
                    List<String> names = new ArrayList<>();
                    for (int i = 1; i < columns.length; i++) {
                        if (!columns[i].isBlank()) {
                            names.add(columns[i].strip());
                        }
                    }
                    groups.add(new Group(EntityType.parse(columns[0]).get(), names.get(0), names));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read shipped alias table " + file, e);
            }
        }
        return groups;
    }

    /** Must run inside a transaction; returns how many rules changed. */
    public Uni<Integer> apply(List<Group> groups) {
        Map<NameKeyRef, Group> wanted = new LinkedHashMap<>();
        for (Group group : groups) {
            for (String name : group.names()) {
                String key = EntityKeys.key(group.type(), name);
                if (!key.isEmpty()) {
                    wanted.putIfAbsent(new NameKeyRef(group.type(), key), group);
                }
            }
        }
        GraphEdit edit = new GraphEdit();
        List<KeyChange> changes = new ArrayList<>();
        List<Map<String, Object>> upserts = new ArrayList<>();
        return graph.lock()
                .chain(
                        () ->
                                rows(
                                        "select n.type, n.key, n.entity_id, n.rule from name_key n"
                                                + " where n.rule = 'SHIPPED' union select n.type,"
                                                + " n.key, n.entity_id, n.rule from "
                                                + jsonRows("names")
                                                + " as k(type text, key text) join name_key n on"
                                                + " n.type = k.type and n.key = k.key",
                                        "names",
                                        json(
                                                wanted.keySet().stream()
                                                        .map(
                                                                n ->
                                                                        Map.of(
                                                                                "type",
                                                                                n.type().name(),
                                                                                "key",
                                                                                n.key()))
                                                        .toList())))
                .chain(
                        current -> {
                            Map<NameKeyRef, Object[]> existing = new HashMap<>();
                            for (Object[] row : current) {
                                existing.put(
                                        new NameKeyRef(
                                                EntityType.valueOf((String) row[0]),
                                                (String) row[1]),
                                        row);
                            }
                            Set<UUID> canonical = new java.util.HashSet<>();
                            wanted.forEach(
                                    (name, group) -> {
                                        Object[] row = existing.get(name);
                                        UUID target = group.entityId();
                                        if (row != null && "EDITOR".equals(row[3])) {
                                            return;
                                        }
                                        canonical.add(target);
                                        UUID before = row == null ? null : Rows.uuid(row[2]);
                                        if (row != null
                                                && target.equals(before)
                                                && "SHIPPED".equals(row[3])) {
                                            return;
                                        }
                                        upserts.add(
                                                Map.of(
                                                        "type", name.type().name(),
                                                        "key", name.key(),
                                                        "entity_id", target.toString(),
                                                        "rule", "SHIPPED"));
                                        changes.add(new KeyChange(name, before, target, "SHIPPED"));
                                    });
                            // Lines removed from the table give their names back to resolution.
                            existing.forEach(
                                    (name, row) -> {
                                        if ("SHIPPED".equals(row[3]) && !wanted.containsKey(name)) {
                                            UUID own = EntityKeys.entityId(name.type(), name.key());
                                            upserts.add(
                                                    Map.of(
                                                            "type", name.type().name(),
                                                            "key", name.key(),
                                                            "entity_id", own.toString(),
                                                            "rule", "OWN"));
                                            changes.add(
                                                    new KeyChange(
                                                            name, Rows.uuid(row[2]), own, "OWN"));
                                            edit.mayBeUnused(name);
                                        }
                                    });
                            return createEntities(groups, canonical)
                                    .chain(() -> upsert(upserts))
                                    .chain(() -> pinAliases(groups, canonical));
                        })
                .chain(() -> graph.follow(changes, Set.of(), edit))
                .chain(
                        () ->
                                graph.cascade(
                                        changes.stream().map(KeyChange::name).toList(),
                                        Set.of(),
                                        edit))
                .chain(() -> graph.tidy(edit))
                .chain(
                        () ->
                                changes.isEmpty()
                                        ? Uni.createFrom().voidItem()
                                        : audit.record(
                                                Curator.SHIPPED_ALIASES,
                                                "SHIPPED_ALIASES",
                                                changes.stream()
                                                        .map(KeyChange::after)
                                                        .distinct()
                                                        .toList(),
                                                changes.size() + " names",
                                                null,
                                                Map.of(
                                                        "names",
                                                        changes.stream()
                                                                .map(
                                                                        c ->
                                                                                c.name().type()
                                                                                        + " "
                                                                                        + c.name()
                                                                                                .key()
                                                                                        + " -> "
                                                                                        + c.rule())
                                                                .toList())))
                .replaceWith(changes::size);
    }

    private static Uni<Void> createEntities(List<Group> groups, Set<UUID> canonical) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Group group : groups) {
            if (canonical.contains(group.entityId())) {
                rows.add(
                        Map.of(
                                "id", group.entityId().toString(),
                                "name", group.canonical(),
                                "type", group.type().name(),
                                "key", EntityKeys.key(group.type(), group.canonical())));
            }
        }
        if (rows.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return execute(
                        "insert into entity (id, name, type, normalized_key, created_at,"
                                + " name_pinned) select r.id, r.name, r.type, r.key, now(), true"
                                + " from "
                                + jsonRows("rows")
                                + " as r(id uuid, name text, type text, key text) on conflict (id)"
                                + " do update set name = excluded.name, name_pinned = true where"
                                + " not entity.name_pinned",
                        "rows",
                        json(rows))
                .replaceWithVoid();
    }

    private static Uni<Void> upsert(List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return execute(
                        "insert into name_key (type, key, entity_id, rule) select r.type, r.key,"
                                + " r.entity_id, r.rule from "
                                + jsonRows("rows")
                                + " as r(type text, key text, entity_id uuid, rule text) on"
                                + " conflict (type, key) do update set entity_id ="
                                + " excluded.entity_id, rule = excluded.rule, split_from = null",
                        "rows",
                        json(rows))
                .replaceWithVoid();
    }

    private static Uni<Void> pinAliases(List<Group> groups, Set<UUID> canonical) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Group group : groups) {
            if (!canonical.contains(group.entityId())) {
                continue;
            }
            for (String name : group.names()) {
                rows.add(
                        Map.of(
                                "entity_id", group.entityId().toString(),
                                "alias", name,
                                "key", EntityKeys.key(group.type(), name)));
            }
        }
        if (rows.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return execute(
                        "insert into entity_alias (entity_id, alias, normalized_alias, use_count,"
                                + " pinned) select r.entity_id, r.alias, r.key, 0, true from "
                                + jsonRows("rows")
                                + " as r(entity_id uuid, alias text, key text) on conflict"
                                + " (entity_id, alias) do update set pinned = true",
                        "rows",
                        json(rows))
                .replaceWithVoid();
    }
}
