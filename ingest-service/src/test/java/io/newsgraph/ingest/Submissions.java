package io.newsgraph.ingest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.newsgraph.testsupport.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** REST calls as a newsroom integration makes them, with a token holding role {@code ingest}. */
public final class Submissions {

    private Submissions() {}

    public static String ingestToken() {
        return TestTokens.accessToken("newsroom-wire", "ingest");
    }

    public static RequestSpecification asNewsroom() {
        return given().auth().oauth2(ingestToken()).contentType(ContentType.JSON);
    }

    /** A valid plain-text article with a unique external id, so tests never share a story. */
    public static Map<String, Object> article(String title, String body) {
        Map<String, Object> article = new HashMap<>();
        article.put("externalId", "wire-" + UUID.randomUUID());
        article.put("source", "test-wire");
        article.put("title", title);
        article.put("body", body);
        article.put("language", "fr");
        article.put("publishedAt", "2025-03-20T09:30:00Z");
        return article;
    }

    /** Submits one REST batch as the newsroom and returns the ids of its results, in order. */
    public static List<String> submitBatch(List<Map<String, Object>> batch) {
        return asNewsroom()
                .body(batch)
                .post("/api/v1/articles/batch")
                .then()
                .statusCode(207)
                .extract()
                .path("results.id");
    }

    /** Polls the status endpoint until the article reaches {@code status}. */
    public static void awaitStatus(String id, String status) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () ->
                                status.equals(
                                        asNewsroom()
                                                .get("/api/v1/articles/{id}", id)
                                                .then()
                                                .statusCode(200)
                                                .extract()
                                                .path("status")));
    }
}
