package io.newsgraph.ingest.article;

import static io.newsgraph.ingest.Submissions.article;
import static io.newsgraph.ingest.Submissions.asNewsroom;
import static io.newsgraph.ingest.Submissions.awaitStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.newsgraph.ingest.ArticleEvents;
import io.newsgraph.ingest.Submissions;
import io.newsgraph.ingest.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** A batch is stored in one transaction yet answers, identifies and revises item by item. */
@QuarkusTest
class ArticleBatchTest {

    @Test
    void theSameStoryTwiceInOneBatchIsOneArticleWithItsLatestRevision() {
        Map<String, Object> first = article("Dépêche corrigée", "Emmanuel Macron à Paris.");
        Map<String, Object> corrected = new HashMap<>(first);
        corrected.put("body", "Emmanuel Macron et Marco Rubio à Paris.");

        var response =
                asNewsroom()
                        .body(List.of(first, first, corrected))
                        .post("/api/v1/articles/batch")
                        .then()
                        .statusCode(207)
                        .body("results.code", equalTo(List.of(202, 200, 202)))
                        .body("results.revision", equalTo(List.of(1, 1, 2)))
                        .extract();
        String id = response.path("results[0].id");
        assertThat(response.<List<String>>path("results.id")).containsOnly(id);

        awaitStatus(id, "PUBLISHED");
        asNewsroom().get("/api/v1/articles/{id}", id).then().body("revision", equalTo(2));
        try (ArticleEvents events = ArticleEvents.subscribe(true)) {
            assertThat(events.awaitRecords(id, 1))
                    .extracting(record -> ArticleEvents.parse(record).getText())
                    .containsExactly("Emmanuel Macron et Marco Rubio à Paris.");
            assertThat(events.recordsAfterQuietPeriod(id, Duration.ofSeconds(1))).hasSize(1);
        }
    }

    @Test
    void concurrentBatchesOfTheSameNewStoriesAgreeOnOneArticlePerStory() throws Exception {
        List<Map<String, Object>> stories = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            stories.add(article("Course " + i, "Steve Witkoff à Paris, épisode " + i + "."));
        }
        String token = Submissions.ingestToken();
        int port = RestAssured.port;
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            List<CompletableFuture<List<String>>> answers = new ArrayList<>();
            for (int client = 0; client < 4; client++) {
                answers.add(
                        CompletableFuture.supplyAsync(
                                () ->
                                        RestAssured.given()
                                                .port(port)
                                                .auth()
                                                .oauth2(token)
                                                .contentType("application/json")
                                                .body(stories)
                                                .post("/api/v1/articles/batch")
                                                .then()
                                                .statusCode(207)
                                                .extract()
                                                .path("results.id"),
                                clients));
            }
            List<String> expected = answers.get(0).get();
            for (CompletableFuture<List<String>> answer : answers) {
                assertThat(answer.get()).hasSize(50).doesNotContainNull().isEqualTo(expected);
            }
            assertThat(
                            TestDatabase.count(
                                    "SELECT count(*) FROM article WHERE id = ANY(?::uuid[])",
                                    (Object) expected.toArray(String[]::new)))
                    .isEqualTo(50);
            assertThat(
                            TestDatabase.count(
                                    "SELECT max(revision) FROM article WHERE id = ANY(?::uuid[])",
                                    (Object) expected.toArray(String[]::new)))
                    .isEqualTo(1);
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void aRejectedItemLeavesTheStoredStoryItResendsUntouched() {
        Map<String, Object> stored = article("Déjà publiée", "Marco Rubio en Ukraine.");
        String storedId =
                asNewsroom()
                        .body(stored)
                        .post("/api/v1/articles")
                        .then()
                        .statusCode(202)
                        .extract()
                        .path("id");
        awaitStatus(storedId, "PUBLISHED");

        Map<String, Object> badResend = new HashMap<>(stored);
        badResend.put("body", "Texte corrigé.");
        badResend.put("publishedAt", "demain");
        Map<String, Object> other = article("Autre", "Emmanuel Macron à Paris.");
        var response =
                asNewsroom()
                        .body(java.util.Arrays.asList(badResend, null, other))
                        .post("/api/v1/articles/batch")
                        .then()
                        .statusCode(207)
                        .body("results.code", equalTo(List.of(400, 400, 202)))
                        .body("results[0].violations.field", equalTo(List.of("publishedAt")))
                        .body("results[1].violations.field", equalTo(List.of("article")))
                        .body("accepted", equalTo(1))
                        .body("rejected", equalTo(2))
                        .extract();

        asNewsroom()
                .get("/api/v1/articles/{id}", storedId)
                .then()
                .body("revision", equalTo(1))
                .body("status", equalTo("PUBLISHED"));
        awaitStatus(response.path("results[2].id"), "PUBLISHED");
    }

    @Test
    void everyItemOfAFullBatchIsStoredWithItsOwnId() throws Exception {
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < ArticleResource.MAX_BATCH; i++) {
            batch.add(article("Lot plein " + i + " " + UUID.randomUUID(), "Paris, dépêche " + i));
        }
        List<String> ids =
                asNewsroom()
                        .body(batch)
                        .post("/api/v1/articles/batch")
                        .then()
                        .statusCode(207)
                        .body("accepted", equalTo(ArticleResource.MAX_BATCH))
                        .extract()
                        .path("results.id");
        assertThat(ids).doesNotHaveDuplicates().hasSize(ArticleResource.MAX_BATCH);
        assertThat(
                        TestDatabase.count(
                                "SELECT count(*) FROM article WHERE id = ANY(?::uuid[])",
                                (Object) ids.toArray(String[]::new)))
                .isEqualTo(ArticleResource.MAX_BATCH);
    }
}
