package io.newsgraph.query.graph;

import static io.newsgraph.query.graph.NativeSql.execute;
import static io.newsgraph.query.graph.NativeSql.json;
import static io.newsgraph.query.graph.NativeSql.jsonRows;
import static io.newsgraph.query.graph.NativeSql.rows;
import static io.newsgraph.query.graph.NativeSql.uuidArray;
import static io.newsgraph.query.graph.NativeSql.uuids;

import io.newsgraph.query.entity.EntityKeys;
import io.newsgraph.query.entity.EntityType;
import io.newsgraph.query.entity.Rows;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Keeps the derived graph equal to what the findings of current articles and the resolution rules
 * say. Every change follows the same steps: take the changed articles' contribution out of the
 * aggregates, re-derive which entity each of their findings and mentions belongs to, put the
 * contribution back, then tidy the touched entities. Must run inside a transaction.
 */
@ApplicationScoped
public class GraphMaintenance {

    /** Arbitrary key of the advisory lock that serialises writers of the graph. */
    private static final long GRAPH_LOCK = 0x6e657773L;

    /** A name whose entity changed. */
    public record KeyChange(NameKeyRef name, UUID before, UUID after, String rule) {}

    /**
     * Serialises graph writers (consumer batches, curation, the shipped alias table) across all
     * replicas until the transaction ends, so resolution never reads rules another writer is
     * changing and aggregates are never updated in conflicting orders.
     */
    public Uni<Void> lock() {
        return rows("select 1 from (select pg_advisory_xact_lock(:key)) locked", "key", GRAPH_LOCK)
                .replaceWithVoid();
    }

    /** The entities named by these articles now. */
    public Uni<Set<UUID>> entitiesOf(Set<UUID> articles) {
        if (articles.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        return rows(
                        "select distinct entity_id from article_entity where article_id = any("
                                + uuidArray("articles")
                                + ")",
                        "articles",
                        uuids(articles))
                .map(GraphMaintenance::uuidSet);
    }

    /** Articles with a finding of the given names. */
    public Uni<Set<UUID>> articlesUsing(Collection<NameKeyRef> names) {
        if (names.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        return rows(
                        "select distinct f.article_id from "
                                + jsonRows("names")
                                + " as k(type text, key text) join article_finding f on f.type ="
                                + " k.type and f.name_key = k.key",
                        "names",
                        json(names.stream().map(NameKeyRef::toRow).toList()))
                .map(GraphMaintenance::uuidSet);
    }

    /** Articles in which an entity appears, or has a finding resolved to it. */
    public Uni<Set<UUID>> articlesOf(UUID entityId) {
        return rows(
                        "select article_id from article_entity where entity_id = :entity union"
                                + " select f.article_id from name_key n join article_finding f on"
                                + " f.type = n.type and f.name_key = n.key where n.entity_id ="
                                + " :entity",
                        "entity",
                        entityId)
                .map(GraphMaintenance::uuidSet);
    }

    /**
     * Adds ({@code sign} 1) or removes (-1) what articles contribute to entity counts,
     * co-occurrences and alias usage, as their current derived rows say.
     */
    public Uni<Void> contribute(Set<UUID> articles, int sign) {
        if (articles.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        String ids = uuids(articles);
        String op = sign > 0 ? "+" : "-";
        return execute(
                        "update entity e set article_count = e.article_count "
                                + op
                                + " d.articles, mention_count = e.mention_count "
                                + op
                                + " d.mentions from (select entity_id, count(*) as articles,"
                                + " sum(mention_count) as mentions from article_entity where"
                                + " article_id = any("
                                + uuidArray("ids")
                                + ") group by entity_id) d where e.id = d.entity_id",
                        "ids",
                        ids)
                .chain(
                        () ->
                                execute(
                                        "insert into entity_cooccurrence (entity_a, entity_b,"
                                            + " article_count) select a.entity_id, b.entity_id, "
                                                + op
                                                + "count(*) from article_entity a join"
                                                + " article_entity b on b.article_id = a.article_id"
                                                + " and a.entity_id < b.entity_id where"
                                                + " a.article_id = any("
                                                + uuidArray("ids")
                                                + ") group by a.entity_id, b.entity_id order by 1,"
                                                + " 2 on conflict (entity_a, entity_b) do update"
                                                + " set article_count ="
                                                + " entity_cooccurrence.article_count +"
                                                + " excluded.article_count",
                                        "ids",
                                        ids))
                .chain(
                        () ->
                                // Pairs no current article names any more go at once.
                                sign > 0
                                        ? Uni.createFrom().item(0)
                                        : execute(
                                                "delete from entity_cooccurrence c using (select"
                                                        + " a.entity_id as x, b.entity_id as y from"
                                                        + " article_entity a join article_entity b"
                                                        + " on b.article_id = a.article_id and"
                                                        + " a.entity_id < b.entity_id where"
                                                        + " a.article_id = any("
                                                        + uuidArray("ids")
                                                        + ") group by 1, 2) p where c.entity_a ="
                                                        + " p.x and c.entity_b = p.y and"
                                                        + " c.article_count <= 0",
                                                "ids",
                                                ids))
                .chain(
                        () ->
                                execute(
                                        "insert into entity_alias (entity_id, alias,"
                                                + " normalized_alias, use_count) select entity_id,"
                                                + " form, min(form_key), "
                                                + op
                                                + "count(*) from (select distinct m.article_id,"
                                                + " m.entity_id, regexp_replace(btrim(m.text),"
                                                + " '\\s+', ' ', 'g') as form, m.form_key from"
                                                + " mention m where m.article_id = any("
                                                + uuidArray("ids")
                                                + ") union select f.article_id, f.entity_id,"
                                                + " f.name, f.name_key from article_finding f where"
                                                + " f.article_id = any("
                                                + uuidArray("ids")
                                                + ") and exists (select 1 from article_entity ae"
                                                + " where ae.article_id = f.article_id and"
                                                + " ae.entity_id = f.entity_id)) forms where"
                                                + " form_key <> '' group by entity_id, form on"
                                                + " conflict (entity_id, alias) do update set"
                                                + " use_count = entity_alias.use_count +"
                                                + " excluded.use_count",
                                        "ids",
                                        ids))
                .replaceWithVoid();
    }

    /**
     * Recomputes the entity of every finding and mention of these articles from the rules, and the
     * articles' entity rows from their mentions.
     */
    public Uni<Void> derive(Set<UUID> articles) {
        if (articles.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        String ids = uuids(articles);
        return execute(
                        "update article_finding f set entity_id = n.entity_id from name_key n where"
                                + " f.article_id = any("
                                + uuidArray("ids")
                                + ") and n.type = f.type and n.key = f.name_key and f.entity_id is"
                                + " distinct from n.entity_id",
                        "ids",
                        ids)
                .chain(
                        () ->
                                // A split rule moves a form out of the entity it was split from.
                                execute(
                                        "update mention m set entity_id = x.entity_id from (select"
                                                + " m2.article_id, m2.ordinal,"
                                                + " coalesce(s.entity_id, f.entity_id) as entity_id"
                                                + " from mention m2 join article_finding f on"
                                                + " f.article_id = m2.article_id and f.ordinal ="
                                                + " m2.finding_ordinal left join name_key s on"
                                                + " s.type = f.type and s.key = m2.form_key and"
                                                + " s.split_from = f.entity_id where"
                                                + " m2.article_id = any("
                                                + uuidArray("ids")
                                                + ")) x where m.article_id = x.article_id and"
                                                + " m.ordinal = x.ordinal and m.entity_id is"
                                                + " distinct from x.entity_id",
                                        "ids",
                                        ids))
                .chain(() -> rebuildArticleEntities(articles))
                .replaceWithVoid();
    }

    /** Rebuilds the articles' entity rows from their findings and mentions. */
    public Uni<Void> rebuildArticleEntities(Set<UUID> articles) {
        if (articles.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        String ids = uuids(articles);
        return execute(
                        "delete from article_entity where article_id = any("
                                + uuidArray("ids")
                                + ")",
                        "ids",
                        ids)
                .chain(
                        () ->
                                // An entity is as salient in an article as its most salient
                                // finding; a finding without mentions still names its entity.
                                execute(
                                        "insert into article_entity (article_id, entity_id,"
                                                + " salience, mention_count, seen_at) select"
                                                + " x.article_id, x.entity_id, max(x.salience),"
                                                + " sum(x.mentions), a.seen_at from (select"
                                                + " m.article_id, m.entity_id, f.salience, 1 as"
                                                + " mentions from mention m join article_finding f"
                                                + " on f.article_id = m.article_id and f.ordinal ="
                                                + " m.finding_ordinal where m.article_id = any("
                                                + uuidArray("ids")
                                                + ") union all select f.article_id, f.entity_id,"
                                                + " f.salience, 0 from article_finding f where"
                                                + " f.article_id = any("
                                                + uuidArray("ids")
                                                + ") and not exists (select 1 from mention m where"
                                                + " m.article_id = f.article_id and"
                                                + " m.finding_ordinal = f.ordinal)) x join article"
                                                + " a on a.id = x.article_id group by x.article_id,"
                                                + " x.entity_id, a.seen_at",
                                        "ids",
                                        ids))
                .replaceWithVoid();
    }

    /** Takes articles out of the aggregates, re-derives them and puts them back. */
    public Uni<Void> rederive(Set<UUID> articles, GraphEdit edit) {
        if (articles.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return entitiesOf(articles)
                .invoke(edit::touchAll)
                .chain(() -> contribute(articles, -1))
                .chain(() -> derive(articles))
                .chain(() -> contribute(articles, 1))
                .chain(() -> entitiesOf(articles))
                .invoke(edit::touchAll)
                .replaceWithVoid();
    }

    /**
     * Re-evaluates names that no rule pins, longest first since a short form depends on the full
     * names that end with it; a name whose entity changes makes its own short forms evaluated in
     * turn. Returns every name whose entity changed.
     */
    public Uni<List<KeyChange>> resolve(Collection<NameKeyRef> seeds) {
        TreeMap<Integer, Set<NameKeyRef>> pending = new TreeMap<>(Comparator.reverseOrder());
        seeds.forEach(name -> enqueue(pending, name));
        List<KeyChange> changes = new ArrayList<>();
        return resolveRound(pending, changes).replaceWith(changes);
    }

    /** Names whose short forms must be re-evaluated because this name's use or entity changed. */
    public static List<NameKeyRef> shortFormsOf(NameKeyRef name) {
        if (name.type() != EntityType.PERSON) {
            return List.of();
        }
        return EntityKeys.tokenSuffixes(name.key()).stream()
                .map(suffix -> new NameKeyRef(EntityType.PERSON, suffix))
                .toList();
    }

    private static void enqueue(TreeMap<Integer, Set<NameKeyRef>> pending, NameKeyRef name) {
        pending.computeIfAbsent(name.tokens(), n -> new LinkedHashSet<>()).add(name);
    }

    private Uni<Void> resolveRound(
            TreeMap<Integer, Set<NameKeyRef>> pending, List<KeyChange> changes) {
        if (pending.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Set<NameKeyRef> group = pending.pollFirstEntry().getValue();
        return rows(
                        "select n.type, n.key, n.entity_id, n.rule from "
                                + jsonRows("names")
                                + " as k(type text, key text) join name_key n on n.type = k.type"
                                + " and n.key = k.key where n.rule in ('OWN', 'SHORT_FORM') and"
                                + " n.finding_count > 0",
                        "names",
                        json(group.stream().map(NameKeyRef::toRow).toList()))
                .chain(
                        current -> {
                            Map<NameKeyRef, Object[]> evaluated = new LinkedHashMap<>();
                            for (Object[] row : current) {
                                evaluated.put(
                                        new NameKeyRef(
                                                EntityType.valueOf((String) row[0]),
                                                (String) row[1]),
                                        row);
                            }
                            return candidates(evaluated.keySet())
                                    .chain(
                                            candidates ->
                                                    apply(evaluated, candidates, pending, changes));
                        })
                .chain(() -> resolveRound(pending, changes));
    }

    private Uni<Void> apply(
            Map<NameKeyRef, Object[]> evaluated,
            Map<String, Set<UUID>> candidates,
            TreeMap<Integer, Set<NameKeyRef>> pending,
            List<KeyChange> changes) {
        List<Map<String, Object>> updates = new ArrayList<>();
        evaluated.forEach(
                (name, row) -> {
                    UUID before = Rows.uuid(row[2]);
                    String ruleBefore = (String) row[3];
                    ShortFormRule.Resolution resolution =
                            ShortFormRule.resolve(
                                    name,
                                    name.type() == EntityType.PERSON
                                            ? candidates.getOrDefault(name.key(), Set.of())
                                            : Set.of());
                    if (resolution.entityId().equals(before)
                            && resolution.rule().equals(ruleBefore)) {
                        return;
                    }
                    updates.add(
                            Map.of(
                                    "type", name.type().name(),
                                    "key", name.key(),
                                    "entity_id", resolution.entityId().toString(),
                                    "rule", resolution.rule()));
                    if (!resolution.entityId().equals(before)) {
                        changes.add(
                                new KeyChange(
                                        name, before, resolution.entityId(), resolution.rule()));
                        shortFormsOf(name).forEach(shorter -> enqueue(pending, shorter));
                    }
                });
        if (updates.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return execute(
                        "update name_key n set entity_id = r.entity_id, rule = r.rule from "
                                + jsonRows("rows")
                                + " as r(type text, key text, entity_id uuid, rule text) where"
                                + " n.type = r.type and n.key = r.key",
                        "rows",
                        json(updates))
                .replaceWithVoid();
    }

    /** For each person name, the entities of the longer names in use (or pinned) ending with it. */
    private Uni<Map<String, Set<UUID>>> candidates(Set<NameKeyRef> names) {
        List<Map<String, Object>> persons =
                names.stream()
                        .filter(name -> name.type() == EntityType.PERSON)
                        .map(NameKeyRef::toRow)
                        .toList();
        if (persons.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return rows(
                        "select k.key, n.entity_id from "
                                + jsonRows("names")
                                + " as k(key text) join name_key n on n.type = 'PERSON' and"
                                + " reverse(n.key) collate \"C\" >= (reverse(k.key) || ' ') collate"
                                + " \"C\" and reverse(n.key) collate \"C\" < (reverse(k.key) ||"
                                + " '!') collate \"C\" where n.finding_count > 0 or n.rule in"
                                + " ('SHIPPED', 'EDITOR')",
                        "names",
                        json(persons))
                .map(
                        rows -> {
                            Map<String, Set<UUID>> byName = new HashMap<>();
                            for (Object[] row : rows) {
                                byName.computeIfAbsent((String) row[0], k -> new HashSet<>())
                                        .add(Rows.uuid(row[1]));
                            }
                            return byName;
                        });
    }

    /**
     * Creates the entities that names now resolving on their own stand for, unless they exist;
     * {@code names} maps each name to the display name it gets until usage decides.
     */
    public Uni<Void> ensureOwnEntities(Map<NameKeyRef, String> names) {
        if (names.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        names.forEach(
                (name, display) ->
                        rows.add(
                                Map.of(
                                        "type", name.type().name(),
                                        "key", name.key(),
                                        "name", display)));
        return execute(
                        "insert into entity (id, name, type, normalized_key, created_at) select"
                                + " n.entity_id, r.name, n.type, n.key, now() from "
                                + jsonRows("rows")
                                + " as r(type text, key text, name text) join name_key n on"
                                + " n.type = r.type and n.key = r.key where n.rule = 'OWN' on"
                                + " conflict (id) do nothing",
                        "rows",
                        json(rows))
                .chain(
                        () ->
                                execute(
                                        "delete from entity_redirect where from_id in (select"
                                                + " n.entity_id from "
                                                + jsonRows("rows")
                                                + " as r(type text, key text) join name_key n on"
                                                + " n.type = r.type and n.key = r.key)",
                                        "rows",
                                        json(rows)))
                .replaceWithVoid();
    }

    /**
     * Follows resolution changes: creates entities that now stand on their own, and re-derives
     * every article (other than {@code excluded}, which the caller derives) naming a changed name.
     */
    public Uni<Void> follow(List<KeyChange> changes, Set<UUID> excluded, GraphEdit edit) {
        if (changes.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Map<NameKeyRef, String> own = new LinkedHashMap<>();
        for (KeyChange change : changes) {
            edit.touch(change.before());
            edit.touch(change.after());
            edit.redirect(change.before(), change.after());
            if ("OWN".equals(change.rule())) {
                own.put(change.name(), change.name().key());
            }
        }
        return ensureOwnEntities(own)
                .chain(() -> articlesUsing(changes.stream().map(KeyChange::name).toList()))
                .chain(
                        articles -> {
                            Set<UUID> others = new HashSet<>(articles);
                            others.removeAll(excluded);
                            return rederive(others, edit);
                        });
    }

    /**
     * After names' entities changed by rule (curation, shipped aliases): re-evaluates the short
     * forms those names govern and follows every resulting change.
     */
    public Uni<Void> cascade(Collection<NameKeyRef> changed, Set<UUID> excluded, GraphEdit edit) {
        Set<NameKeyRef> seeds = new LinkedHashSet<>();
        changed.forEach(name -> seeds.addAll(shortFormsOf(name)));
        return resolve(seeds).chain(changes -> follow(changes, excluded, edit));
    }

    /**
     * Ends a change: drops names no article uses any more and no rule pins, recomputes the names of
     * touched entities from usage, and removes entities nothing refers to any more, leaving a
     * redirect for readers holding their id.
     */
    public Uni<Void> tidy(GraphEdit edit) {
        Uni<Void> names =
                edit.maybeUnused.isEmpty()
                        ? Uni.createFrom().voidItem()
                        : execute(
                                        "delete from name_key n using "
                                                + jsonRows("names")
                                                + " as k(type text, key text) where n.type ="
                                                + " k.type and n.key = k.key and n.finding_count <="
                                                + " 0 and n.rule in ('OWN', 'SHORT_FORM')",
                                        "names",
                                        json(
                                                edit.maybeUnused.stream()
                                                        .map(NameKeyRef::toRow)
                                                        .toList()))
                                .replaceWithVoid();
        if (edit.touched.isEmpty()) {
            return names;
        }
        String touched = uuids(edit.touched);
        return names.chain(
                        () ->
                                execute(
                                        "delete from entity_alias where entity_id = any("
                                                + uuidArray("ids")
                                                + ") and use_count <= 0 and not pinned",
                                        "ids",
                                        touched))
                .chain(
                        () ->
                                // The most used form of the entity's own name, preferring the
                                // one not written in capitals, then the first in code order.
                                execute(
                                        "update entity e set name = best.alias from (select"
                                            + " distinct on (a.entity_id) a.entity_id, a.alias from"
                                            + " entity_alias a join entity x on x.id = a.entity_id"
                                            + " where a.entity_id = any("
                                                + uuidArray("ids")
                                                + ") and not x.name_pinned and a.normalized_alias ="
                                                + " x.normalized_key and a.use_count > 0 order by"
                                                + " a.entity_id, (a.alias = upper(a.alias) and"
                                                + " a.alias <> lower(a.alias)), a.use_count desc,"
                                                + " a.alias collate \"C\") best where e.id ="
                                                + " best.entity_id and e.name <> best.alias",
                                        "ids",
                                        touched))
                .chain(
                        () ->
                                rows(
                                        "delete from entity e where e.id = any("
                                                + uuidArray("ids")
                                                + ") and e.article_count <= 0 and not"
                                                + " e.name_pinned and not exists (select 1 from"
                                                + " name_key n where n.entity_id = e.id or"
                                                + " n.split_from = e.id) and not exists (select 1"
                                                + " from entity_alias a where a.entity_id = e.id"
                                                + " and a.pinned) and not exists (select 1 from"
                                                + " article_entity ae where ae.entity_id = e.id)"
                                                + " returning e.id",
                                        "ids",
                                        touched))
                .chain(
                        removed -> {
                            List<Map<String, Object>> redirects = new ArrayList<>();
                            for (UUID gone : uuidSet(removed)) {
                                UUID to = edit.redirects.get(gone);
                                if (to != null) {
                                    redirects.add(
                                            Map.of(
                                                    "from_id",
                                                    gone.toString(),
                                                    "to_id",
                                                    to.toString()));
                                }
                            }
                            if (redirects.isEmpty()) {
                                return Uni.createFrom().voidItem();
                            }
                            return redirect(redirects);
                        });
    }

    /** Records that readers of these ids should now get the other entity. */
    public Uni<Void> redirect(List<Map<String, Object>> redirects) {
        return execute(
                        "insert into entity_redirect (from_id, to_id, at) select r.from_id,"
                                + " r.to_id, now() from "
                                + jsonRows("rows")
                                + " as r(from_id uuid, to_id uuid) on conflict (from_id) do"
                                + " update set to_id = excluded.to_id, at = excluded.at",
                        "rows",
                        json(redirects))
                .chain(
                        () ->
                                // Older redirects to a vanished entity lead to its successor.
                                execute(
                                        "update entity_redirect d set to_id = r.to_id from "
                                                + jsonRows("rows")
                                                + " as r(from_id uuid, to_id uuid) where d.to_id ="
                                                + " r.from_id",
                                        "rows",
                                        json(redirects)))
                .replaceWithVoid();
    }

    static Set<UUID> uuidSet(List<Object[]> rows) {
        Set<UUID> ids = new LinkedHashSet<>();
        for (Object[] row : rows) {
            ids.add(Rows.uuid(row[0]));
        }
        return ids;
    }
}
