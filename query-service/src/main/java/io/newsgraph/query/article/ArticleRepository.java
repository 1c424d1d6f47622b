package io.newsgraph.query.article;

import static io.newsgraph.query.graph.NativeSql.rows;

import io.newsgraph.query.entity.EntityType;
import io.newsgraph.query.entity.Rows;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Articles with their entities and mentions, as readers query them. */
@ApplicationScoped
public class ArticleRepository {

    /** The columns of an article listing, in {@link #summary} order. */
    private static final String SUMMARY_COLUMNS =
            "a.id, a.title, a.url, a.source, a.language, a.published_at, a.revision, a.seen_at";

    public Uni<Article> findById(UUID id) {
        return Article.findById(id);
    }

    /** The entities of an article, most salient first. */
    public Uni<List<ArticleEntityRow>> entitiesOf(UUID articleId) {
        return rows(
                        "select ae.entity_id, e.name, (select f.name from article_finding f"
                                + " where f.article_id = ae.article_id and f.entity_id ="
                                + " ae.entity_id order by f.salience desc, f.ordinal limit 1),"
                                + " e.type, ae.salience from article_entity ae join entity e on"
                                + " e.id = ae.entity_id where ae.article_id = :article order by"
                                + " ae.salience desc, e.name, e.id",
                        "article",
                        articleId)
                .map(
                        rows ->
                                rows.stream()
                                        .map(
                                                row ->
                                                        new ArticleEntityRow(
                                                                Rows.uuid(row[0]),
                                                                (String) row[1],
                                                                row[2] != null
                                                                        ? (String) row[2]
                                                                        : (String) row[1],
                                                                EntityType.valueOf((String) row[3]),
                                                                Rows.number(row[4]).doubleValue()))
                                        .toList());
    }

    /** The mentions of an article in reading order. */
    public Uni<List<MentionRow>> mentionsOf(UUID articleId) {
        return rows(
                        "select entity_id, begin_offset, end_offset, text from mention where"
                                + " article_id = :article order by begin_offset, end_offset,"
                                + " ordinal",
                        "article",
                        articleId)
                .map(
                        rows ->
                                rows.stream()
                                        .map(
                                                row ->
                                                        new MentionRow(
                                                                Rows.uuid(row[0]),
                                                                Rows.number(row[1]).intValue(),
                                                                Rows.number(row[2]).intValue(),
                                                                (String) row[3]))
                                        .toList());
    }

    /**
     * One page (plus one row, to tell whether another follows) of articles, newest first. An entity
     * filter walks that entity's articles in the (entity, seen_at) index; a text filter is a
     * full-text match in the article's language (French, English, or word by word).
     */
    public Uni<List<ArticleSummary>> list(ArticleListing listing) {
        SqlBuilder sql = new SqlBuilder();
        if (listing.entity().isPresent()) {
            sql.append("select " + SUMMARY_COLUMNS)
                    .append(" from article_entity o join article a on a.id = o.article_id")
                    .append(" where o.entity_id = :entity", "entity", listing.entity().get());
            appendPage(sql, listing, "o.seen_at", "o.article_id");
        } else {
            sql.append("select " + SUMMARY_COLUMNS + " from article a where true");
            appendPage(sql, listing, "a.seen_at", "a.id");
        }
        listing.text()
                .ifPresent(
                        text ->
                                sql.append(
                                        " and a.search_vector @@ (websearch_to_tsquery('french',"
                                                + " newsgraph_fold(:text)) ||"
                                                + " websearch_to_tsquery('english',"
                                                + " newsgraph_fold(:text)) ||"
                                                + " websearch_to_tsquery('simple',"
                                                + " newsgraph_fold(:text)))",
                                        "text",
                                        text));
        sql.append(
                listing.entity().isPresent()
                        ? " order by o.seen_at desc, o.article_id desc"
                        : " order by a.seen_at desc, a.id desc");
        return rows(listing.limit() + 1, sql.sql(), sql.parameters())
                .map(rows -> rows.stream().map(ArticleRepository::summary).toList());
    }

    /**
     * Adds the date range [from, to) and the keyset position of a listing ordered by seen time then
     * id, newest first, on the given columns.
     */
    public static void appendPage(
            SqlBuilder sql, ArticleListing listing, String seenAt, String id) {
        listing.from().ifPresent(from -> sql.append(" and " + seenAt + " >= :from", "from", from));
        listing.to().ifPresent(to -> sql.append(" and " + seenAt + " < :to", "to", to));
        listing.after()
                .ifPresent(
                        after ->
                                sql.append(
                                                " and ("
                                                        + seenAt
                                                        + ", "
                                                        + id
                                                        + ") < (:afterSeenAt, :afterId)",
                                                "afterSeenAt",
                                                after.seenAt())
                                        .parameter("afterId", after.id()));
    }

    private static ArticleSummary summary(Object[] row) {
        return new ArticleSummary(
                Rows.uuid(row[0]),
                (String) row[1],
                (String) row[2],
                (String) row[3],
                (String) row[4],
                Rows.instant(row[5]),
                Rows.number(row[6]).intValue(),
                Rows.instant(row[7]));
    }

    /** A native query under construction with its named parameters. */
    public static final class SqlBuilder {
        private final StringBuilder sql = new StringBuilder();
        private final Map<String, Object> parameters = new LinkedHashMap<>();

        public SqlBuilder append(String text) {
            sql.append(text);
            return this;
        }

        public SqlBuilder append(String text, String name, Object value) {
            sql.append(text);
            return parameter(name, value);
        }

        public SqlBuilder parameter(String name, Object value) {
            parameters.put(name, value);
            return this;
        }

        public String sql() {
            return sql.toString();
        }

        public Object[] parameters() {
            List<Object> pairs = new ArrayList<>();
            parameters.forEach(
                    (name, value) -> {
                        pairs.add(name);
                        pairs.add(value);
                    });
            return pairs.toArray();
        }
    }
}
