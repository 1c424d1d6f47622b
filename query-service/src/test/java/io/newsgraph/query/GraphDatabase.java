package io.newsgraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsgraph.testsupport.PostgresTestResource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Direct reads of the graph's tables, for what the API does not show: whole-graph snapshots and the
 * check that maintained aggregates equal a recomputation from the stored findings.
 */
public final class GraphDatabase {

    /** What a graph is, leaving out what may differ between two equal graphs (times, redirects). */
    private static final Map<String, String> SNAPSHOT = new LinkedHashMap<>();

    static {
        SNAPSHOT.put(
                "articles",
                "select id, revision, title, language, seen_at from article order by id");
        SNAPSHOT.put(
                "findings",
                "select article_id, ordinal, type, name, name_key, salience, entity_id from"
                        + " article_finding order by 1, 2");
        SNAPSHOT.put(
                "mentions",
                "select article_id, ordinal, entity_id, begin_offset, end_offset, text from mention"
                        + " order by 1, 2");
        SNAPSHOT.put(
                "article entities",
                "select article_id, entity_id, salience, mention_count, seen_at from"
                        + " article_entity order by 1, 2");
        SNAPSHOT.put(
                "entities",
                "select id, name, type, normalized_key, article_count, mention_count, name_pinned"
                        + " from entity order by id");
        SNAPSHOT.put(
                "aliases",
                "select entity_id, alias, normalized_alias, use_count, pinned from entity_alias"
                        + " order by 1, 2");
        SNAPSHOT.put(
                "names",
                "select type, key, entity_id, rule, split_from, finding_count from name_key order"
                        + " by 1, 2");
        SNAPSHOT.put(
                "co-occurrences",
                "select entity_a, entity_b, article_count from entity_cooccurrence order by 1,"
                        + " 2");
    }

    /** Each maintained aggregate next to its recomputation; every query must return no row. */
    private static final Map<String, String> DRIFT = new LinkedHashMap<>();

    static {
        DRIFT.put(
                "entity counts",
                "select e.id, e.article_count, e.mention_count, x.articles, x.mentions from entity"
                        + " e full join (select entity_id, count(*) articles, sum(mention_count)"
                        + " mentions from article_entity group by entity_id) x on x.entity_id ="
                        + " e.id where coalesce(e.article_count, -1) <> coalesce(x.articles, 0) or"
                        + " coalesce(e.mention_count, -1) <> coalesce(x.mentions, 0)");
        DRIFT.put(
                "co-occurrences",
                "select * from entity_cooccurrence c full join (select a.entity_id as e,"
                        + " b.entity_id as o, count(*) as n from article_entity a join"
                        + " article_entity b on a.article_id = b.article_id and a.entity_id <"
                        + " b.entity_id group by 1, 2) x on x.e = c.entity_a and x.o = c.entity_b"
                        + " where c.article_count is distinct from x.n");
        DRIFT.put(
                "alias use",
                "select * from (select entity_id, alias, use_count from entity_alias where"
                    + " use_count <> 0) a full join (select entity_id, form, count(*) n from"
                    + " (select distinct m.article_id, m.entity_id, regexp_replace(btrim(m.text),"
                    + " '\\s+', ' ', 'g') as form from mention m union select f.article_id,"
                    + " f.entity_id, f.name from article_finding f where exists (select 1 from"
                    + " article_entity ae where ae.article_id = f.article_id and ae.entity_id ="
                    + " f.entity_id)) u group by 1, 2) x on x.entity_id = a.entity_id and x.form ="
                    + " a.alias where a.use_count is distinct from x.n");
        DRIFT.put(
                "name use",
                "select * from (select type, key, finding_count from name_key where finding_count"
                        + " <> 0) n full join (select type, name_key, count(distinct article_id) c"
                        + " from article_finding group by 1, 2) x on x.type = n.type and x.name_key"
                        + " = n.key where n.finding_count is distinct from x.c");
        DRIFT.put(
                "finding entities",
                "select f.* from article_finding f left join name_key n on n.type = f.type and"
                        + " n.key = f.name_key where f.entity_id is distinct from n.entity_id");
        DRIFT.put(
                "article entity times",
                "select * from article_entity ae join article a on a.id = ae.article_id where"
                        + " ae.seen_at <> a.seen_at");
    }

    private GraphDatabase() {}

    public static Connection connect() throws SQLException {
        return connect(PostgresTestResource.jdbcUrl());
    }

    public static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(
                url, PostgresTestResource.USER, PostgresTestResource.PASSWORD);
    }

    /** The whole graph as comparable text, table by table. */
    public static Map<String, List<String>> snapshot(Connection connection) throws SQLException {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        for (Map.Entry<String, String> table : SNAPSHOT.entrySet()) {
            tables.put(table.getKey(), rows(connection, table.getValue()));
        }
        return tables;
    }

    /** Asserts that every maintained count equals what the stored findings give. */
    public static void assertNoDrift(Connection connection) throws SQLException {
        for (Map.Entry<String, String> check : DRIFT.entrySet()) {
            assertThat(rows(connection, check.getValue())).as(check.getKey()).isEmpty();
        }
    }

    public static List<String> rows(Connection connection, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i == 1 ? "" : " | ").append(result.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    public static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
