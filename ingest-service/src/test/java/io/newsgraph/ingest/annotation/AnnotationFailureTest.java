package io.newsgraph.ingest.annotation;

import static io.newsgraph.ingest.Submissions.article;
import static io.newsgraph.ingest.Submissions.asNewsroom;
import static io.newsgraph.ingest.Submissions.awaitStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.newsgraph.ingest.ArticleEvents;
import io.newsgraph.ingest.NlpServiceDouble;
import io.newsgraph.ingest.Submissions;
import io.newsgraph.ingest.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** nlp-service failures are retried with backoff; articles that keep failing end FAILED. */
@QuarkusTest
class AnnotationFailureTest {

    private static ArticleEvents events;

    @BeforeAll
    static void subscribe() {
        events = ArticleEvents.subscribe();
    }

    @AfterAll
    static void unsubscribe() {
        events.close();
    }

    @Test
    void transientNlpFailuresAreRetriedUntilTheArticleIsPublished() {
        String id = submit(NlpServiceDouble.FLAKY + " Paris", "Emmanuel Macron à Paris.");

        awaitStatus(id, "PUBLISHED");
        asNewsroom().get("/api/v1/articles/{id}", id).then().body("error", equalTo(null));
        assertThat(events.awaitRecords(id, 1)).hasSize(1);
        assertThat(events.recordsAfterQuietPeriod(id, Duration.ofSeconds(1))).hasSize(1);
    }

    @Test
    void articlesSentTogetherKeepTheirOwnOutcomes() throws SQLException {
        // One REST batch, claimed together and sent through one AnnotateStream call: an article
        // refused, one the engine keeps crashing on and one that ends the call twice cost the
        // others nothing.
        List<Map<String, Object>> batch =
                List.of(
                        article("Lot un", "Emmanuel Macron à Paris."),
                        article(NlpServiceDouble.REJECT + " lot deux", "Marco Rubio à Paris."),
                        article(NlpServiceDouble.FLAKY + " lot trois", "Steve Witkoff à Paris."),
                        article("Lot quatre", "Emmanuel Macron en Ukraine."),
                        article(NlpServiceDouble.DOWN + " lot cinq", "Marco Rubio en Ukraine."),
                        article("Lot six", "Steve Witkoff et l'OTAN."));
        List<String> ids = Submissions.submitBatch(batch);
        List<String> published = List.of(ids.get(0), ids.get(2), ids.get(3), ids.get(5));

        published.forEach(id -> awaitStatus(id, "PUBLISHED"));
        awaitStatus(ids.get(1), "FAILED");
        awaitStatus(ids.get(4), "FAILED");
        asNewsroom()
                .get("/api/v1/articles/{id}", ids.get(1))
                .then()
                .body("error", containsString("after 1 attempt(s)"))
                .body("error", containsString("INVALID_ARGUMENT"));
        asNewsroom()
                .get("/api/v1/articles/{id}", ids.get(4))
                .then()
                .body("error", containsString("after 3 attempt(s)"))
                .body("error", containsString("annotator crashed on this article"));
        assertThat(
                        TestDatabase.count(
                                "SELECT max(attempts) FROM article WHERE id = ANY(?::uuid[])",
                                (Object) published.toArray(String[]::new)))
                .isEqualTo(1);
        for (String id : published) {
            asNewsroom().get("/api/v1/articles/{id}", id).then().body("error", equalTo(null));
            assertThat(events.awaitRecords(id, 1)).hasSize(1);
        }
        for (String id : ids) {
            assertThat(events.recordsAfterQuietPeriod(id, Duration.ofMillis(500)))
                    .hasSize(published.contains(id) ? 1 : 0);
        }
    }

    @Test
    void articleThatNlpServiceNeverAnnotatesEndsFailedWithTheReason() {
        String id = submit(NlpServiceDouble.DOWN + " Paris", "Emmanuel Macron à Paris.");

        awaitStatus(id, "FAILED");
        asNewsroom()
                .get("/api/v1/articles/{id}", id)
                .then()
                .body("error", containsString("after 3 attempt(s)"))
                .body("error", containsString("INTERNAL"))
                .body("error", containsString("annotator crashed on this article"));
        assertThat(events.recordsAfterQuietPeriod(id, Duration.ofSeconds(1))).isEmpty();
    }

    @Test
    void articleThatNlpServiceRejectsFailsWithoutRetrying() {
        String id = submit(NlpServiceDouble.REJECT + " Paris", "Emmanuel Macron à Paris.");

        awaitStatus(id, "FAILED");
        asNewsroom()
                .get("/api/v1/articles/{id}", id)
                .then()
                .body("error", containsString("after 1 attempt(s)"))
                .body("error", containsString("INVALID_ARGUMENT"));
    }

    @Test
    void mentionsWhoseOffsetsMissTheirTextAreRefusedAndTheArticleFails() {
        String id = submit(NlpServiceDouble.BAD_OFFSETS + " Paris", "Il pleut à Paris.");

        awaitStatus(id, "FAILED");
        asNewsroom()
                .get("/api/v1/articles/{id}", id)
                .then()
                .body("error", containsString("annotation refused"))
                .body("error", containsString("\"Paris\" of Paris at [1, 6)"));
        assertThat(events.recordsAfterQuietPeriod(id, Duration.ofSeconds(1))).isEmpty();
    }

    @Test
    void aCorrectedRevisionOfAFailedArticleIsAnnotatedAgain() {
        var submitted = article(NlpServiceDouble.REJECT + " Paris", "Emmanuel Macron à Paris.");
        String id =
                asNewsroom()
                        .body(submitted)
                        .post("/api/v1/articles")
                        .then()
                        .statusCode(202)
                        .extract()
                        .path("id");
        awaitStatus(id, "FAILED");

        submitted.put("title", "Paris");
        asNewsroom()
                .body(submitted)
                .post("/api/v1/articles")
                .then()
                .statusCode(202)
                .body("revision", equalTo(2));
        awaitStatus(id, "PUBLISHED");
        assertThat(events.awaitRecords(id, 1))
                .extracting(record -> ArticleEvents.parse(record).getRevision())
                .containsExactly(2);
    }

    @Test
    void articleLeftReceivedByAStoppedInstanceIsAnnotatedOnceItsLeaseEnds() throws SQLException {
        // What a crash leaves behind: a stored revision, claimed by a worker that never finished.
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        Config config = ConfigProvider.getConfig();
        try (Connection connection =
                        DriverManager.getConnection(
                                config.getValue("quarkus.datasource.jdbc.url", String.class),
                                config.getValue("quarkus.datasource.username", String.class),
                                config.getValue("quarkus.datasource.password", String.class));
                PreparedStatement insert =
                        connection.prepareStatement(
                                """
                                INSERT INTO article (id, identity_key, content_hash, title, text, revision, status,
                                                     attempts, lease_until, created_at, received_at, updated_at)
                                VALUES (?, ?, 'crash', 'Avant le redémarrage', 'Steve Witkoff à Paris.', 1,
                                        'RECEIVED', 1, ?, ?, ?, ?)
                                """)) {
            insert.setObject(1, id);
            insert.setString(2, "test:" + id);
            insert.setTimestamp(3, Timestamp.from(now.minusSeconds(5)));
            insert.setTimestamp(4, Timestamp.from(now.minusSeconds(60)));
            insert.setTimestamp(5, Timestamp.from(now.minusSeconds(60)));
            insert.setTimestamp(6, Timestamp.from(now.minusSeconds(60)));
            insert.executeUpdate();
        }

        awaitStatus(id.toString(), "PUBLISHED");
        assertThat(ArticleEvents.parse(events.awaitRecords(id.toString(), 1).get(0)).getText())
                .isEqualTo("Steve Witkoff à Paris.");
    }

    private static String submit(String title, String body) {
        return asNewsroom()
                .body(article(title, body))
                .post("/api/v1/articles")
                .then()
                .statusCode(202)
                .extract()
                .path("id");
    }
}
