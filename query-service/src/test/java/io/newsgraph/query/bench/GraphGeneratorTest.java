package io.newsgraph.query.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.util.JsonFormat;
import io.newsgraph.query.GraphDatabase;
import io.newsgraph.query.graph.ArticleEntitiesEvents;
import io.newsgraph.query.graph.ArticleUpdate;
import io.newsgraph.testsupport.PostgresTestResource;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** The benchmark's data generator, at a small size: what it loads is a graph the service builds. */
class GraphGeneratorTest {

    private static final GraphGenerator.Settings SMALL =
            new GraphGenerator.Settings(
                    300,
                    2_000,
                    10,
                    30,
                    7L,
                    Instant.parse("2025-03-01T00:00:00Z"),
                    Duration.ofDays(30));

    @Test
    void loadsAConsistentGraphOfTheRequestedSize() throws Exception {
        String url = PostgresTestResource.jdbcUrl(PostgresTestResource.createDatabase());
        Flyway.configure()
                .dataSource(url, PostgresTestResource.USER, PostgresTestResource.PASSWORD)
                .locations("classpath:db/migration")
                .load()
                .migrate();

        try (Connection connection = GraphDatabase.connect(url)) {
            Map<String, Long> counts = new GraphGenerator(SMALL).load(connection);

            assertThat(counts.get("article")).isEqualTo(300);
            assertThat(counts.get("article_finding")).isEqualTo(3_000);
            assertThat(counts.get("article_entity")).isEqualTo(3_000);
            assertThat(counts.get("mention")).isBetween(300L * 27, 300L * 33);
            assertThat(counts.get("entity")).isEqualTo(counts.get("name_key")).isLessThan(2_000);
            GraphDatabase.assertNoDrift(connection);
            // Offsets are UTF-16 units into the text (every generated letter is in the BMP).
            assertThat(
                            GraphDatabase.count(
                                    connection,
                                    "select count(*) from mention m join article a on a.id ="
                                            + " m.article_id where substr(a.text, m.begin_offset +"
                                            + " 1, m.end_offset - m.begin_offset) <> m.text"))
                    .isZero();
            // Popularity is skewed like news: the top entity is in far more articles than most.
            assertThat(GraphDatabase.count(connection, "select max(article_count) from entity"))
                    .isGreaterThan(
                            10
                                    * GraphDatabase.count(
                                            connection,
                                            "select percentile_disc(0.5) within group (order by"
                                                    + " article_count) from entity"));
            assertThat(
                            GraphDatabase.count(
                                    connection, "select count(distinct language) from article"))
                    .isEqualTo(2);
        }
    }

    @Test
    void sameSeedSameArticlesAndEventsReadBackAsGenerated() throws Exception {
        GraphGenerator first = new GraphGenerator(SMALL);
        GraphGenerator second = new GraphGenerator(SMALL);
        GraphGenerator.Article article = first.article(42, SMALL.until(), SMALL.span());

        assertThat(second.article(42, SMALL.until(), SMALL.span())).isEqualTo(article);
        assertThat(first.article(43, SMALL.until(), SMALL.span()).id()).isNotEqualTo(article.id());

        ArticleUpdate update =
                ArticleEntitiesEvents.parse(
                        JsonFormat.printer().print(GraphGenerator.event(article)));
        assertThat(update.articleId()).isEqualTo(article.id());
        assertThat(update.entities()).hasSize(10);
        int mentions = 0;
        for (ArticleUpdate.Finding finding : update.entities()) {
            for (ArticleUpdate.Span span : finding.mentions()) {
                assertThat(article.text().substring(span.begin(), span.end()))
                        .isEqualTo(span.text());
                mentions++;
            }
        }
        assertThat(mentions).isBetween(27, 33);
    }
}
