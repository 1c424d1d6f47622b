package io.newsgraph.query.entity;

import static io.newsgraph.query.graph.NativeSql.rows;
import static io.newsgraph.query.graph.NativeSql.uuidArray;
import static io.newsgraph.query.graph.NativeSql.uuids;

import io.newsgraph.query.article.ArticleListing;
import io.newsgraph.query.article.ArticleRepository;
import io.newsgraph.query.article.ArticleRepository.SqlBuilder;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Entities, their aliases and the aggregates readers ask about. */
@ApplicationScoped
public class EntityRepository {

    /** Below this length a text matches only the start of names: trigrams need three letters. */
    private static final int WORD_PREFIX_MIN_LENGTH = 3;

    public Uni<NamedEntity> findById(UUID id) {
        return NamedEntity.findById(id);
    }

    /** The entity's identifying columns as stored now (not as a session may have cached them). */
    public Uni<NamedEntityRow> row(UUID id) {
        return rows("select id, name, type from entity where id = :id", "id", id)
                .map(
                        rows ->
                                rows.isEmpty()
                                        ? null
                                        : new NamedEntityRow(
                                                Rows.uuid(rows.get(0)[0]),
                                                (String) rows.get(0)[1],
                                                EntityType.valueOf((String) rows.get(0)[2])));
    }

    /** Where an id that no longer exists (merged or absorbed) leads, if anywhere. */
    public Uni<Optional<UUID>> redirectOf(UUID id) {
        return rows(
                        "with recursive chain(id, depth) as (select to_id, 1 from entity_redirect"
                                + " where from_id = :id union all select r.to_id, c.depth + 1 from"
                                + " entity_redirect r join chain c on r.from_id = c.id where"
                                + " c.depth < 16) select c.id from chain c join entity e on e.id ="
                                + " c.id order by c.depth desc limit 1",
                        "id",
                        id)
                .map(
                        rows ->
                                rows.isEmpty()
                                        ? Optional.empty()
                                        : Optional.of(Rows.uuid(rows.get(0)[0])));
    }

    /**
     * Entities in the news (named by at least one current article) matching a search, best match
     * first, then most written about, one page plus one row.
     */
    public Uni<List<SearchHit>> search(EntitySearch search) {
        SqlBuilder sql = new SqlBuilder();
        String rank;
        if (search.key().isPresent()) {
            String key = search.key().get();
            boolean words = key.length() >= WORD_PREFIX_MIN_LENGTH;
            sql.append(
                            "select e.id, e.name, e.type, e.article_count, e.normalized_key, m.rank"
                                    + " from (select a.entity_id, min(case when a.normalized_alias"
                                    + " = :key then 0 when a.normalized_alias like :prefix then 1"
                                    + " else 2 end) as rank from entity_alias a where"
                                    + " (a.normalized_alias like :prefix",
                            "key",
                            key)
                    .parameter("prefix", key + "%");
            if (words) {
                sql.append(
                        " or a.normalized_alias like :wordPrefix", "wordPrefix", "% " + key + "%");
            }
            sql.append(
                    ") and (a.use_count > 0 or a.pinned) group by a.entity_id) m join entity e on"
                            + " e.id = m.entity_id where e.article_count > 0");
            rank = "m.rank";
        } else {
            sql.append(
                    "select e.id, e.name, e.type, e.article_count, e.normalized_key, 0 from entity"
                            + " e where e.article_count > 0");
            rank = "0";
        }
        search.type().ifPresent(type -> sql.append(" and e.type = :type", "type", type.name()));
        search.after()
                .ifPresent(
                        after ->
                                sql.append(
                                                " and ("
                                                        + rank
                                                        + " > :afterRank or ("
                                                        + rank
                                                        + " = :afterRank and (e.article_count <"
                                                        + " :afterCount or (e.article_count ="
                                                        + " :afterCount and (e.normalized_key,"
                                                        + " e.id) > (:afterKey, :afterId)))))",
                                                "afterRank",
                                                after.rank())
                                        .parameter("afterCount", (int) after.articleCount())
                                        .parameter("afterKey", after.normalizedKey())
                                        .parameter("afterId", after.id()));
        sql.append(
                search.key().isPresent()
                        ? " order by m.rank, e.article_count desc, e.normalized_key, e.id"
                        : " order by e.article_count desc, e.normalized_key, e.id");
        return rows(search.limit() + 1, sql.sql(), sql.parameters())
                .map(
                        rows -> {
                            List<SearchHit> hits = new ArrayList<>(rows.size());
                            for (Object[] row : rows) {
                                hits.add(
                                        new SearchHit(
                                                new NamedEntityRow(
                                                        Rows.uuid(row[0]),
                                                        (String) row[1],
                                                        EntityType.valueOf((String) row[2])),
                                                Rows.number(row[5]).intValue(),
                                                Rows.number(row[3]).longValue(),
                                                (String) row[4]));
                            }
                            return hits;
                        });
    }

    /**
     * Counts (maintained on the entity) and first/last appearance (two probes of the entity's
     * (entity, seen_at) index) over the current revision of every article.
     */
    public Uni<Map<UUID, EntityStats>> stats(Collection<UUID> entityIds) {
        if (entityIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return rows(
                        "select e.id, e.article_count, e.mention_count, (select min(o.seen_at) from"
                                + " article_entity o where o.entity_id = e.id), (select"
                                + " max(o.seen_at) from article_entity o where o.entity_id = e.id)"
                                + " from entity e where e.id = any("
                                + uuidArray("ids")
                                + ")",
                        "ids",
                        uuids(entityIds))
                .map(
                        rows -> {
                            Map<UUID, EntityStats> stats = new HashMap<>();
                            for (Object[] row : rows) {
                                stats.put(
                                        Rows.uuid(row[0]),
                                        new EntityStats(
                                                Rows.number(row[1]).longValue(),
                                                Rows.number(row[2]).longValue(),
                                                Rows.instant(row[3]),
                                                Rows.instant(row[4])));
                            }
                            return stats;
                        });
    }

    /**
     * The forms entities are written as in current articles, plus those editors or the shipped
     * alias table attached, alphabetically, without the canonical name itself.
     */
    public Uni<Map<UUID, List<String>>> aliases(Collection<UUID> entityIds) {
        if (entityIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return rows(
                        "select a.entity_id, a.alias from entity_alias a join entity e on e.id ="
                                + " a.entity_id where a.entity_id = any("
                                + uuidArray("ids")
                                + ") and a.alias <> e.name and (a.use_count > 0 or a.pinned) order"
                                + " by a.alias",
                        "ids",
                        uuids(entityIds))
                .map(
                        rows -> {
                            Map<UUID, List<String>> aliases = new HashMap<>();
                            for (Object[] row : rows) {
                                aliases.computeIfAbsent(Rows.uuid(row[0]), id -> new ArrayList<>())
                                        .add((String) row[1]);
                            }
                            return aliases;
                        });
    }

    /** Articles naming an entity, newest first, one page plus one row. */
    public Uni<List<EntityArticle>> articles(UUID entityId, ArticleListing listing) {
        SqlBuilder sql =
                new SqlBuilder()
                        .append(
                                "select a.id, a.title, a.url, a.source, a.language,"
                                        + " a.published_at, a.revision, o.salience,"
                                        + " o.mention_count, o.seen_at from article_entity o join"
                                        + " article a on a.id = o.article_id where o.entity_id ="
                                        + " :entity",
                                "entity",
                                entityId);
        ArticleRepository.appendPage(sql, listing, "o.seen_at", "o.article_id");
        sql.append(" order by o.seen_at desc, o.article_id desc");
        return rows(listing.limit() + 1, sql.sql(), sql.parameters())
                .map(
                        rows ->
                                rows.stream()
                                        .map(
                                                row ->
                                                        new EntityArticle(
                                                                Rows.uuid(row[0]),
                                                                (String) row[1],
                                                                (String) row[2],
                                                                (String) row[3],
                                                                (String) row[4],
                                                                Rows.instant(row[5]),
                                                                Rows.number(row[6]).intValue(),
                                                                Rows.number(row[7]).doubleValue(),
                                                                Rows.number(row[8]).intValue(),
                                                                Rows.instant(row[9])))
                                        .toList());
    }

    /**
     * Entities sharing articles with an entity, most shared first, one page plus one row, read from
     * the pair counts maintained with every article change: each side of the pair is an index scan
     * already in count order, cut at the page size, so a much-covered entity costs no more than a
     * rare one. A type filter needs the names joined before the page is cut.
     */
    public Uni<List<Cooccurrence>> cooccurrences(UUID entityId, CooccurrenceQuery request) {
        SqlBuilder sql = new SqlBuilder().parameter("entity", entityId);
        String after = "";
        if (request.after().isPresent()) {
            sql.parameter("afterCount", (int) request.after().get().articleCount())
                    .parameter("afterId", request.after().get().id());
        }
        int rows = request.limit() + 1;
        String limit = request.type().isPresent() ? "" : " limit " + rows;
        String pairs =
                "("
                        + side("entity_a", "entity_b", request.after().isPresent(), limit)
                        + ") union all ("
                        + side("entity_b", "entity_a", request.after().isPresent(), limit)
                        + ")";
        if (request.type().isPresent()) {
            sql.append(
                    "select e.id, e.name, e.type, c.n from ("
                            + pairs
                            + ") c join entity e on e.id = c.other where e.type = :type order by"
                            + " c.n desc, c.other",
                    "type",
                    request.type().get().name());
        } else {
            sql.append(
                    "select e.id, e.name, e.type, c.n from (select other, n from ("
                            + pairs
                            + ") u order by n desc, other limit "
                            + rows
                            + ") c join entity e on e.id = c.other order by c.n desc, c.other");
        }
        return rows(rows, sql.sql(), sql.parameters())
                .map(
                        found ->
                                found.stream()
                                        .map(
                                                row ->
                                                        new Cooccurrence(
                                                                Rows.uuid(row[0]),
                                                                (String) row[1],
                                                                EntityType.valueOf((String) row[2]),
                                                                Rows.number(row[3]).longValue()))
                                        .toList());
    }

    /** One side of an entity's pairs in count order, from {@code self}'s rank index. */
    private static String side(String self, String other, boolean after, String limit) {
        return "select "
                + other
                + " as other, article_count as n from entity_cooccurrence where "
                + self
                + " = :entity and article_count > 0"
                + (after
                        ? " and article_count <= :afterCount and (article_count < :afterCount or "
                                + other
                                + " > :afterId)"
                        : "")
                + " order by article_count desc, "
                + other
                + limit;
    }

    /** Entities named in the window, most grown against the window before first. */
    public Uni<List<Trending>> trending(TrendingQuery query) {
        SqlBuilder sql =
                new SqlBuilder()
                        .append(
                                "select e.id, e.name, e.type, w.current, w.previous, w.current -"
                                        + " w.previous as change from (select o.entity_id,"
                                        + " count(*) filter (where a.seen_at >= :from) as current,"
                                        + " count(*) filter (where a.seen_at < :from) as previous"
                                        + " from article a join article_entity o on o.article_id ="
                                        + " a.id where a.seen_at >= :previousFrom and a.seen_at <"
                                        + " :until group by o.entity_id) w join entity e on e.id ="
                                        + " w.entity_id where w.current > 0",
                                "from",
                                query.from())
                        .parameter("previousFrom", query.previousFrom())
                        .parameter("until", query.until());
        query.type().ifPresent(type -> sql.append(" and e.type = :type", "type", type.name()));
        query.after()
                .ifPresent(
                        after ->
                                sql.append(
                                                " and (w.current - w.previous < :afterChange or"
                                                        + " (w.current - w.previous = :afterChange"
                                                        + " and (w.current < :afterCount or"
                                                        + " (w.current = :afterCount and e.id >"
                                                        + " :afterId))))",
                                                "afterChange",
                                                after.change())
                                        .parameter("afterCount", after.articleCount())
                                        .parameter("afterId", after.id()));
        sql.append(" order by change desc, w.current desc, e.id");
        return rows(query.limit() + 1, sql.sql(), sql.parameters())
                .map(
                        rows ->
                                rows.stream()
                                        .map(
                                                row ->
                                                        new Trending(
                                                                Rows.uuid(row[0]),
                                                                (String) row[1],
                                                                EntityType.valueOf((String) row[2]),
                                                                Rows.number(row[3]).longValue(),
                                                                Rows.number(row[4]).longValue(),
                                                                Rows.number(row[5]).longValue()))
                                        .toList());
    }
}
