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
import java.util.UUID;

/**
 * Applies article revisions to the graph, a whole batch in one transaction: a newer revision
 * replaces everything the article said about entities, the same or an older one changes nothing, so
 * redelivery and out-of-order revisions are harmless and the result never depends on order.
 */
@ApplicationScoped
public class ArticleGraphWriter {

    /** How many revisions of a batch were new articles, replacements or already known. */
    public record Outcome(int created, int replaced, int stale) {
        @Override
        public String toString() {
            return created + " created, " + replaced + " replaced, " + stale + " stale";
        }
    }

    private final GraphMaintenance graph;

    public ArticleGraphWriter(GraphMaintenance graph) {
        this.graph = graph;
    }

    /** Must run inside a transaction. */
    public Uni<Outcome> apply(Collection<ArticleUpdate> updates) {
        // Within a batch only the highest revision of each article matters.
        Map<UUID, ArticleUpdate> latest = new LinkedHashMap<>();
        for (ArticleUpdate update : updates) {
            latest.merge(update.articleId(), update, (a, b) -> b.revision() > a.revision() ? b : a);
        }
        int duplicates = updates.size() - latest.size();
        return graph.lock()
                .chain(
                        () ->
                                rows(
                                        "select id, revision from article where id = any("
                                                + uuidArray("ids")
                                                + ") order by id for update",
                                        "ids",
                                        uuids(latest.keySet())))
                .chain(
                        stored -> {
                            Map<UUID, Integer> revisions = new HashMap<>();
                            for (Object[] row : stored) {
                                revisions.put(Rows.uuid(row[0]), Rows.number(row[1]).intValue());
                            }
                            List<ArticleUpdate> fresh = new ArrayList<>();
                            Set<UUID> replaced = new LinkedHashSet<>();
                            for (ArticleUpdate update : latest.values()) {
                                Integer revision = revisions.get(update.articleId());
                                if (revision == null || revision < update.revision()) {
                                    fresh.add(update);
                                    if (revision != null) {
                                        replaced.add(update.articleId());
                                    }
                                }
                            }
                            Outcome outcome =
                                    new Outcome(
                                            fresh.size() - replaced.size(),
                                            replaced.size(),
                                            latest.size() - fresh.size() + duplicates);
                            if (fresh.isEmpty()) {
                                return Uni.createFrom().item(outcome);
                            }
                            return write(new Batch(fresh), replaced).replaceWith(outcome);
                        });
    }

    private Uni<Void> write(Batch batch, Set<UUID> replaced) {
        GraphEdit edit = new GraphEdit();
        Map<NameKeyRef, Integer> removedUses = new HashMap<>();
        Map<NameKeyRef, Integer> counts = new HashMap<>();
        return graph.entitiesOf(replaced)
                .invoke(edit::touchAll)
                .chain(() -> graph.contribute(replaced, -1))
                .chain(() -> forgetFindings(replaced, removedUses, counts))
                .chain(() -> storeArticles(batch))
                .chain(() -> countFindings(batch, counts))
                .chain(
                        () -> {
                            // Names that came into use need an entity; names that came into or
                            // went out of use may change what their short forms stand for.
                            Set<NameKeyRef> seeds = new LinkedHashSet<>();
                            Map<NameKeyRef, String> newNames = new LinkedHashMap<>();
                            counts.forEach(
                                    (name, now) -> {
                                        int before =
                                                now
                                                        - batch.uses.getOrDefault(name, 0)
                                                        + removedUses.getOrDefault(name, 0);
                                        if (before <= 0 && now > 0) {
                                            seeds.add(name);
                                            newNames.put(name, batch.displayNames.get(name));
                                        }
                                        if ((before > 0) != (now > 0)) {
                                            seeds.addAll(GraphMaintenance.shortFormsOf(name));
                                        }
                                        if (now <= 0) {
                                            edit.mayBeUnused(name);
                                        }
                                    });
                            return graph.resolve(seeds)
                                    .chain(
                                            changes ->
                                                    graph.ensureOwnEntities(newNames)
                                                            .chain(
                                                                    () ->
                                                                            graph.follow(
                                                                                    changes,
                                                                                    batch.ids,
                                                                                    edit)));
                        })
                .chain(() -> storeFindings(batch))
                .chain(() -> storeMentions(batch))
                .chain(() -> graph.rebuildArticleEntities(batch.ids))
                .chain(() -> graph.contribute(batch.ids, 1))
                .chain(() -> graph.entitiesOf(batch.ids))
                .invoke(edit::touchAll)
                .chain(() -> graph.tidy(edit));
    }

    /** Removes the findings of replaced revisions, noting how often each name was used. */
    private Uni<Void> forgetFindings(
            Set<UUID> replaced,
            Map<NameKeyRef, Integer> removedUses,
            Map<NameKeyRef, Integer> counts) {
        if (replaced.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        String ids = uuids(replaced);
        return rows(
                        "select type, name_key, count(distinct article_id) from article_finding"
                                + " where article_id = any("
                                + uuidArray("ids")
                                + ") group by type, name_key",
                        "ids",
                        ids)
                .chain(
                        uses -> {
                            List<Map<String, Object>> rows = new ArrayList<>();
                            for (Object[] row : uses) {
                                NameKeyRef name =
                                        new NameKeyRef(
                                                EntityType.valueOf((String) row[0]),
                                                (String) row[1]);
                                int articles = Rows.number(row[2]).intValue();
                                removedUses.put(name, articles);
                                rows.add(
                                        Map.of(
                                                "type", name.type().name(),
                                                "key", name.key(),
                                                "articles", articles));
                            }
                            if (rows.isEmpty()) {
                                return Uni.createFrom().<List<Object[]>>item(List.of());
                            }
                            return rows(
                                    "update name_key n set finding_count = n.finding_count -"
                                            + " r.articles from "
                                            + jsonRows("rows")
                                            + " as r(type text, key text, articles int) where"
                                            + " n.type = r.type and n.key = r.key returning n.type,"
                                            + " n.key, n.finding_count",
                                    "rows",
                                    json(rows));
                        })
                .invoke(
                        updated -> {
                            for (Object[] row : updated) {
                                counts.put(
                                        new NameKeyRef(
                                                EntityType.valueOf((String) row[0]),
                                                (String) row[1]),
                                        Rows.number(row[2]).intValue());
                            }
                        })
                .chain(
                        () ->
                                execute(
                                        "delete from mention where article_id = any("
                                                + uuidArray("ids")
                                                + ")",
                                        "ids",
                                        ids))
                .chain(
                        () ->
                                execute(
                                        "delete from article_entity where article_id = any("
                                                + uuidArray("ids")
                                                + ")",
                                        "ids",
                                        ids))
                .chain(
                        () ->
                                execute(
                                        "delete from article_finding where article_id = any("
                                                + uuidArray("ids")
                                                + ")",
                                        "ids",
                                        ids))
                .replaceWithVoid();
    }

    private Uni<Void> storeArticles(Batch batch) {
        return execute(
                        "insert into article (id, revision, title, url, source, external_id,"
                                + " language, published_at, received_at, seen_at, text,"
                                + " updated_at) select r.id, r.revision, r.title, r.url, r.source,"
                                + " r.external_id, r.language, r.published_at, r.received_at,"
                                + " coalesce(r.published_at, r.received_at, now()), r.text, now()"
                                + " from "
                                + jsonRows("rows")
                                + " as r(id uuid, revision int, title text, url text, source text,"
                                + " external_id text, language text, published_at timestamptz,"
                                + " received_at timestamptz, text text) on conflict (id) do update"
                                + " set revision = excluded.revision, title = excluded.title, url ="
                                + " excluded.url, source = excluded.source, external_id ="
                                + " excluded.external_id, language = excluded.language,"
                                + " published_at = excluded.published_at, received_at ="
                                + " excluded.received_at, seen_at ="
                                + " coalesce(excluded.published_at, excluded.received_at,"
                                + " article.seen_at), text = excluded.text, updated_at ="
                                + " excluded.updated_at",
                        "rows",
                        json(batch.articles))
                .replaceWithVoid();
    }

    /** Counts the new findings' names in, creating the names never met before. */
    private Uni<Void> countFindings(Batch batch, Map<NameKeyRef, Integer> counts) {
        if (batch.uses.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        batch.uses.forEach(
                (name, articles) ->
                        rows.add(
                                Map.of(
                                        "type", name.type().name(),
                                        "key", name.key(),
                                        "entity_id",
                                                EntityKeys.entityId(name.type(), name.key())
                                                        .toString(),
                                        "articles", articles)));
        return rows(
                        "insert into name_key (type, key, entity_id, rule, finding_count) select"
                                + " r.type, r.key, r.entity_id, 'OWN', r.articles from "
                                + jsonRows("rows")
                                + " as r(type text, key text, entity_id uuid, articles int) order"
                                + " by r.type, r.key on conflict (type, key) do update set"
                                + " finding_count = name_key.finding_count +"
                                + " excluded.finding_count returning type, key, finding_count",
                        "rows",
                        json(rows))
                .invoke(
                        updated -> {
                            for (Object[] row : updated) {
                                counts.put(
                                        new NameKeyRef(
                                                EntityType.valueOf((String) row[0]),
                                                (String) row[1]),
                                        Rows.number(row[2]).intValue());
                            }
                        })
                .replaceWithVoid();
    }

    /** Stores the findings with the entity their name resolves to now. */
    private Uni<Void> storeFindings(Batch batch) {
        if (batch.findings.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return execute(
                        "insert into article_finding (article_id, ordinal, type, name, name_key,"
                                + " salience, entity_id) select r.article_id, r.ordinal, r.type,"
                                + " r.name, r.name_key, r.salience, n.entity_id from "
                                + jsonRows("rows")
                                + " as r(article_id uuid, ordinal int, type text, name text,"
                                + " name_key text, salience float8) join name_key n on n.type ="
                                + " r.type and n.key = r.name_key",
                        "rows",
                        json(batch.findings))
                .replaceWithVoid();
    }

    /**
     * Stores the mentions with their finding's entity, or the entity an editor split their form off
     * to (the same rule as {@link GraphMaintenance#derive}).
     */
    private Uni<Void> storeMentions(Batch batch) {
        if (batch.mentions.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return execute(
                        "insert into mention (article_id, ordinal, finding_ordinal, entity_id,"
                                + " begin_offset, end_offset, text, form_key) select r.article_id,"
                                + " r.ordinal, r.finding_ordinal, coalesce(s.entity_id,"
                                + " f.entity_id), r.begin_offset, r.end_offset, r.text, r.form_key"
                                + " from "
                                + jsonRows("rows")
                                + " as r(article_id uuid, ordinal int, finding_ordinal int,"
                                + " begin_offset int, end_offset int, text text, form_key text)"
                                + " join article_finding f on f.article_id = r.article_id and"
                                + " f.ordinal = r.finding_ordinal left join name_key s on s.type ="
                                + " f.type and s.key = r.form_key and s.split_from = f.entity_id",
                        "rows",
                        json(batch.mentions))
                .replaceWithVoid();
    }

    /** The rows a batch of fresh revisions stores, and the names its findings use. */
    static final class Batch {
        final Set<UUID> ids = new LinkedHashSet<>();
        final List<Map<String, Object>> articles = new ArrayList<>();
        final List<Map<String, Object>> findings = new ArrayList<>();
        final List<Map<String, Object>> mentions = new ArrayList<>();

        /** In how many of the batch's articles each name is a finding. */
        final Map<NameKeyRef, Integer> uses = new LinkedHashMap<>();

        /** The first way each name was written, shown until usage decides the entity's name. */
        final Map<NameKeyRef, String> displayNames = new HashMap<>();

        Batch(List<ArticleUpdate> updates) {
            for (ArticleUpdate update : updates) {
                add(update);
            }
        }

        private void add(ArticleUpdate update) {
            ids.add(update.articleId());
            Map<String, Object> article = new HashMap<>();
            article.put("id", update.articleId().toString());
            article.put("revision", update.revision());
            article.put("title", update.title());
            article.put("url", update.url());
            article.put("source", update.source());
            article.put("external_id", update.externalId());
            article.put("language", update.language());
            article.put("published_at", instant(update.publishedAt()));
            article.put("received_at", instant(update.receivedAt()));
            article.put("text", update.text());
            articles.add(article);

            Set<NameKeyRef> names = new HashSet<>();
            List<Map<String, Object>> spans = new ArrayList<>();
            Set<String> seenSpans = new HashSet<>();
            int ordinal = 0;
            for (ArticleUpdate.Finding finding : update.entities()) {
                String name = finding.name().strip().replaceAll("\\s+", " ");
                String key = EntityKeys.key(finding.type(), name);
                if (key.isEmpty()) {
                    continue;
                }
                NameKeyRef ref = new NameKeyRef(finding.type(), key);
                names.add(ref);
                displayNames.putIfAbsent(ref, name);
                Map<String, Object> row = new HashMap<>();
                row.put("article_id", update.articleId().toString());
                row.put("ordinal", ordinal);
                row.put("type", finding.type().name());
                row.put("name", name);
                row.put("name_key", key);
                row.put("salience", Double.isFinite(finding.salience()) ? finding.salience() : 0.0);
                findings.add(row);
                for (ArticleUpdate.Span span : finding.mentions()) {
                    // A span names one thing: the first finding claiming it keeps it.
                    if (!seenSpans.add(span.begin() + ":" + span.end())) {
                        continue;
                    }
                    String formKey = EntityKeys.key(finding.type(), span.text());
                    Map<String, Object> mention = new HashMap<>();
                    mention.put("article_id", update.articleId().toString());
                    mention.put("finding_ordinal", ordinal);
                    mention.put("begin_offset", span.begin());
                    mention.put("end_offset", span.end());
                    mention.put("text", span.text());
                    mention.put("form_key", formKey.isEmpty() ? key : formKey);
                    spans.add(mention);
                }
                ordinal++;
            }
            // Mentions are numbered in reading order, whatever order the findings came in.
            spans.sort(
                    Comparator.comparingInt((Map<String, Object> m) -> (int) m.get("begin_offset"))
                            .thenComparingInt(m -> (int) m.get("end_offset")));
            for (int i = 0; i < spans.size(); i++) {
                spans.get(i).put("ordinal", i);
            }
            mentions.addAll(spans);
            names.forEach(name -> uses.merge(name, 1, Integer::sum));
        }

        private static String instant(java.time.Instant instant) {
            return instant == null ? null : instant.toString();
        }
    }
}
