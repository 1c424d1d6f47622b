package io.newsgraph.ingest.drill;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsgraph.ingest.ArticleEvents;
import io.newsgraph.ingest.IngestProcess;
import io.newsgraph.ingest.NlpServiceDouble;
import io.newsgraph.testsupport.KafkaTestResource;
import io.newsgraph.testsupport.OidcTestResource;
import io.newsgraph.testsupport.PostgresTestResource;
import io.newsgraph.testsupport.TestTokens;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged service killed with SIGKILL while articles are being annotated and published, then
 * started again on the same database and broker: every article ends PUBLISHED, with exactly one
 * committed event per (article, revision) on the topic.
 */
class IngestCrashIT {

    private static final int ARTICLES = 120;
    private static final int BATCH = 40;
    private static final int CORRECTED = 10;

    private static OidcTestResource oidc;
    private static NlpServiceDouble nlp;

    @BeforeAll
    static void startParts() {
        oidc = new OidcTestResource();
        nlp = new NlpServiceDouble();
    }

    @AfterAll
    static void stopParts() {
        nlp.stop();
        oidc.stop();
    }

    @Test
    void killedInstanceLosesNothingAndItsSuccessorDuplicatesNothing() throws Exception {
        Map<String, String> config = new HashMap<>();
        Map<String, String> database = new PostgresTestResource().start();
        config.putAll(database);
        config.putAll(oidc.start());
        config.putAll(nlp.start());
        config.put("kafka.bootstrap.servers", KafkaTestResource.bootstrapServers());
        config.put("ingest.publication.transactional-id", "crash-drill-" + UUID.randomUUID());
        // Short leases so the successor takes over the dead instance's work within seconds.
        config.put("ingest.annotation.lease", "5s");
        // A lease must cover a batch: the double answers one slow article after the other.
        config.put("ingest.annotation.batch-size", "4");
        config.put("ingest.publication.lease", "15s");
        config.put("kafka.transaction.timeout.ms", "10000");
        config.put("ingest.annotation.poll-interval", "500ms");
        config.put("ingest.publication.poll-interval", "500ms");
        config.put("ingest.publication.batch-size", "10");
        String jdbcUrl = database.get("quarkus.datasource.jdbc.url");
        Path log = IngestProcess.logFile("crash-drill");
        String token = TestTokens.accessToken("newsroom-wire", "ingest");

        List<String> ids = new ArrayList<>();
        List<Map<String, Object>> stories = new ArrayList<>();
        Map<String, Long> atKill;
        try (IngestProcess first = new IngestProcess(config, log)) {
            first.start(Duration.ofMinutes(3));
            for (int from = 0; from < ARTICLES; from += BATCH) {
                List<Map<String, Object>> batch = new ArrayList<>();
                for (int i = from; i < from + BATCH; i++) {
                    Map<String, Object> story = new HashMap<>();
                    story.put("externalId", "crash-" + UUID.randomUUID());
                    story.put("source", "crash-drill");
                    story.put("title", NlpServiceDouble.SLOW + " Dépêche " + i);
                    story.put("body", "Emmanuel Macron a reçu Steve Witkoff à Paris, dépêche " + i);
                    story.put("language", "fr");
                    batch.add(story);
                }
                stories.addAll(batch);
                ids.addAll(
                        given().baseUri(first.baseUri())
                                .auth()
                                .oauth2(token)
                                .contentType("application/json")
                                .body(batch)
                                .post("/api/v1/articles/batch")
                                .then()
                                .statusCode(207)
                                .extract()
                                .<List<String>>path("results.id"));
            }
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> statusCounts(jdbcUrl).getOrDefault("PUBLISHED", 0L) >= 10);
            first.kill();
            atKill = statusCounts(jdbcUrl);
        }
        System.out.printf("[crash-drill] article statuses when killed: %s%n", atKill);
        assertThat(ids).hasSize(ARTICLES).doesNotHaveDuplicates();
        // The kill must have caught work in flight, or the drill proves nothing.
        assertThat(atKill.getOrDefault("PUBLISHED", 0L)).isLessThan(ARTICLES);

        try (IngestProcess second = new IngestProcess(config, log)) {
            second.start(Duration.ofMinutes(3));
            // Corrections sent to the successor become revision 2, published once too.
            List<Map<String, Object>> corrections = new ArrayList<>();
            for (int i = 0; i < CORRECTED; i++) {
                Map<String, Object> corrected = new HashMap<>(stories.get(i));
                corrected.put("body", "Correction : Marco Rubio était aussi à Paris, dépêche " + i);
                corrections.add(corrected);
            }
            given().baseUri(second.baseUri())
                    .auth()
                    .oauth2(token)
                    .contentType("application/json")
                    .body(corrections)
                    .post("/api/v1/articles/batch")
                    .then()
                    .statusCode(207)
                    .body(
                            "results.revision",
                            org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.equalTo(2)));

            await().atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> statusCounts(jdbcUrl).getOrDefault("PUBLISHED", 0L) == ARTICLES);
        }

        Map<String, Long> expected = new TreeMap<>();
        ids.forEach(id -> expected.put(id + "/1", 1L));
        ids.subList(0, CORRECTED).forEach(id -> expected.put(id + "/2", 1L));
        try (ArticleEvents events =
                ArticleEvents.subscribe(KafkaTestResource.bootstrapServers(), true)) {
            assertThat(events.countsByRevisionAfterQuietPeriod(ids, Duration.ofSeconds(5)))
                    .as("events per article/revision; statuses when killed: %s", atKill)
                    .isEqualTo(expected);
        }
    }

    private static Map<String, Long> statusCounts(String jdbcUrl) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection connection =
                        DriverManager.getConnection(
                                jdbcUrl, PostgresTestResource.USER, PostgresTestResource.PASSWORD);
                ResultSet rows =
                        connection
                                .createStatement()
                                .executeQuery(
                                        "SELECT status, count(*) FROM article GROUP BY status")) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        } catch (SQLException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not exist")) {
                return counts;
            }
            throw e;
        }
        return counts;
    }
}
