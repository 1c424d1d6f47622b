package io.newsgraph.ingest.admin;

import static io.newsgraph.ingest.Submissions.article;
import static io.newsgraph.ingest.Submissions.asNewsroom;
import static io.newsgraph.ingest.Submissions.awaitStatus;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;

import io.newsgraph.ingest.ArticleEvents;
import io.newsgraph.ingest.NlpServiceDouble;
import io.newsgraph.ingest.TestDatabase;
import io.newsgraph.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Admins see FAILED articles and send them through the pipeline again. */
@QuarkusTest
class AdminRetryTest {

    private static ArticleEvents events;

    @BeforeAll
    static void subscribe() {
        events = ArticleEvents.subscribe(true);
    }

    @AfterAll
    static void unsubscribe() {
        events.close();
    }

    private static RequestSpecification asAdmin() {
        return given().auth()
                .oauth2(TestTokens.accessToken("ops", "admin"))
                .contentType(ContentType.JSON);
    }

    @Test
    void failedArticleIsRetriedByAnAdminAndPublishedOnce() {
        String id = submit(NlpServiceDouble.FAIL_THRICE + " Paris", "Emmanuel Macron à Paris.");
        awaitStatus(id, "FAILED");
        asAdmin()
                .get("/api/v1/admin/articles/failed")
                .then()
                .statusCode(200)
                .body("id", hasItems(id));

        asAdmin()
                .post("/api/v1/admin/articles/{id}/retry", id)
                .then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("status", equalTo("RECEIVED"))
                .body("revision", equalTo(1));

        awaitStatus(id, "PUBLISHED");
        asNewsroom().get("/api/v1/articles/{id}", id).then().body("error", equalTo(null));
        assertThat(events.awaitRecords(id, 1)).hasSize(1);
        assertThat(events.recordsAfterQuietPeriod(id, Duration.ofSeconds(1))).hasSize(1);
    }

    @Test
    void articleWhoseEventKafkaRefusedIsSentAgainWithoutBeingAnnotatedAgain() throws Exception {
        String id = submit("Refusé par Kafka", "Marco Rubio en Ukraine.");
        awaitStatus(id, "PUBLISHED");
        int callsBefore = NlpServiceDouble.calls();
        // As the publisher leaves an event Kafka refused: the event failed, the article too.
        try (Connection connection = TestDatabase.connect();
                PreparedStatement fail =
                        connection.prepareStatement(
                                """
                                WITH event AS (
                                    UPDATE outbox_event SET published_at = NULL, failed_at = now(),
                                                            last_error = 'RecordTooLargeException'
                                     WHERE article_id = ?::uuid RETURNING article_id)
                                UPDATE article SET status = 'FAILED', error = 'Kafka refuses the event'
                                 WHERE id IN (SELECT article_id FROM event)
                                """)) {
            fail.setString(1, id);
            assertThat(fail.executeUpdate()).isEqualTo(1);
        }

        asAdmin()
                .post("/api/v1/admin/articles/{id}/retry", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("ANNOTATED"));

        awaitStatus(id, "PUBLISHED");
        assertThat(events.recordsAfterQuietPeriod(id, Duration.ofSeconds(2))).hasSize(2);
        assertThat(NlpServiceDouble.calls()).isEqualTo(callsBefore);
    }

    @Test
    void bulkRetryRequeuesEveryFailedArticle() {
        String first = submit(NlpServiceDouble.FAIL_THRICE + " un", "Emmanuel Macron à Paris.");
        String second = submit(NlpServiceDouble.FAIL_THRICE + " deux", "Marco Rubio à Paris.");
        awaitStatus(first, "FAILED");
        awaitStatus(second, "FAILED");

        asAdmin()
                .post("/api/v1/admin/articles/retry-failed")
                .then()
                .statusCode(200)
                .body("requeued", greaterThanOrEqualTo(2))
                .body("articles.id", hasItems(first, second));

        awaitStatus(first, "PUBLISHED");
        awaitStatus(second, "PUBLISHED");
    }

    @Test
    void newsroomResendingAFailedStoryUnchangedAsksForAnotherTry() {
        Map<String, Object> story =
                article(NlpServiceDouble.FAIL_THRICE + " renvoi", "Steve Witkoff à Paris.");
        String id =
                asNewsroom()
                        .body(story)
                        .post("/api/v1/articles")
                        .then()
                        .statusCode(202)
                        .extract()
                        .path("id");
        awaitStatus(id, "FAILED");

        asNewsroom()
                .body(story)
                .post("/api/v1/articles")
                .then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("revision", equalTo(1))
                .body("status", equalTo("RECEIVED"));
        awaitStatus(id, "PUBLISHED");
    }

    @Test
    void onlyFailedArticlesCanBeRetried() {
        String id = submit("Publié", "Emmanuel Macron à Paris.");
        awaitStatus(id, "PUBLISHED");
        asAdmin()
                .post("/api/v1/admin/articles/{id}/retry", id)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("PUBLISHED"));
        asAdmin()
                .post("/api/v1/admin/articles/{id}/retry", UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void retryNeedsTheAdminRole() {
        String path = "/api/v1/admin/articles/" + UUID.randomUUID() + "/retry";
        given().post(path).then().statusCode(401);
        asNewsroom().post(path).then().statusCode(403);
        asNewsroom().post("/api/v1/admin/articles/retry-failed").then().statusCode(403);
        asNewsroom().get("/api/v1/admin/pipeline").then().statusCode(403);
        asAdmin()
                .get("/api/v1/admin/pipeline")
                .then()
                .statusCode(200)
                .body("nlpCircuit", org.hamcrest.Matchers.notNullValue())
                .body("articles", org.hamcrest.Matchers.notNullValue())
                .body("outbox.pending", greaterThanOrEqualTo(0));
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
