package io.newsgraph.ingest.article;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.google.rpc.RetryInfo;
import io.grpc.Status;
import io.grpc.protobuf.StatusProto;
import io.newsgraph.ingest.IngestGrpc;
import io.newsgraph.ingest.Submissions;
import io.newsgraph.proto.ingest.v1.SubmitArticleRequest;
import io.newsgraph.proto.ingest.v1.SubmitArticleResponse;
import io.newsgraph.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.smallrye.mutiny.Multi;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Per-client intake allowances (application.properties gives the {@code throttled-*} test clients
 * tiny ones): over it a client is told when to come back and nothing of its request is stored,
 * while other clients go on.
 */
@QuarkusTest
class IntakeAllowanceTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @Test
    void restOverTheAllowanceIs429WithRetryAfterAndStoresNothing() {
        String token = TestTokens.accessToken("throttled-rest", "ingest");
        List<Map<String, Object>> batch = List.of(article("Un"), article("Deux"), article("Trois"));
        as(token).body(batch).post("/api/v1/articles/batch").then().statusCode(207);

        Map<String, Object> refused = article("Quatre");
        String retryAfter =
                as(token)
                        .body(refused)
                        .post("/api/v1/articles")
                        .then()
                        .statusCode(429)
                        .contentType("application/problem+json")
                        .body("status", equalTo(429))
                        .body("type", equalTo("urn:newsgraph:problem:rate-limited"))
                        .body("detail", containsString("throttled-rest"))
                        .extract()
                        .header("Retry-After");
        assertThat(Long.parseLong(retryAfter)).isBetween(1L, 2L);

        given().get("/q/metrics")
                .then()
                .statusCode(200)
                .body(
                        containsString(
                                "newsgraph_intake_throttled_total{client=\"throttled-rest\"}"));

        // Another newsroom is not slowed down by this one.
        Submissions.asNewsroom()
                .body(article("Ailleurs"))
                .post("/api/v1/articles")
                .then()
                .statusCode(202);

        // After the advertised wait the refused article is accepted as new: it was never stored.
        Awaitility.await()
                .atMost(TIMEOUT)
                .pollDelay(Duration.ofSeconds(Long.parseLong(retryAfter)))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(
                        () ->
                                as(token)
                                        .body(refused)
                                        .post("/api/v1/articles")
                                        .then()
                                        .statusCode(202)
                                        .body("revision", equalTo(1)));
    }

    @Test
    void unaryGrpcOverTheAllowanceIsResourceExhaustedWithRetryInfo() throws Exception {
        try (IngestGrpc grpc = new IngestGrpc()) {
            var stub = grpc.stub(TestTokens.accessToken("throttled-grpc", "ingest"));
            SubmitArticleResponse first =
                    stub.submitArticle(request("Premier")).await().atMost(TIMEOUT);
            assertThat(first.getId()).isNotEmpty();

            Throwable refused =
                    catchThrowable(
                            () -> stub.submitArticle(request("Second")).await().atMost(TIMEOUT));
            assertThat(Status.fromThrowable(refused).getCode())
                    .isEqualTo(Status.Code.RESOURCE_EXHAUSTED);
            com.google.rpc.Status details = StatusProto.fromThrowable(refused);
            assertThat(details).isNotNull();
            RetryInfo retry = details.getDetails(0).unpack(RetryInfo.class);
            assertThat(
                            retry.getRetryDelay().getSeconds() * 1000
                                    + retry.getRetryDelay().getNanos() / 1_000_000)
                    .isBetween(1L, 1000L);
        }
    }

    @Test
    void aGrpcFeedOverTheAllowanceIsSlowedDownNotRefused() throws Exception {
        try (IngestGrpc grpc = new IngestGrpc()) {
            var stub = grpc.stub(TestTokens.accessToken("throttled-feed", "ingest"));
            long started = System.nanoTime();
            List<SubmitArticleResponse> answers =
                    stub.submitArticles(
                                    Multi.createFrom()
                                            .items(
                                                    request("A"),
                                                    request("B"),
                                                    request("C"),
                                                    request("D")))
                            .collect()
                            .asList()
                            .await()
                            .atMost(TIMEOUT);
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(answers)
                    .hasSize(4)
                    .allSatisfy(
                            answer -> {
                                assertThat(answer.getError()).as(answer.toString()).isEmpty();
                                assertThat(answer.getRevision()).isEqualTo(1);
                            });
            // A burst of 1 and 2 articles/s: the three others cannot have been read sooner.
            assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(1400));
        }
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static Map<String, Object> article(String title) {
        return Submissions.article(
                title, "Emmanuel Macron a reçu Olaf Scholz à Paris, " + title + ".");
    }

    private static SubmitArticleRequest request(String title) {
        return SubmitArticleRequest.newBuilder()
                .setExternalId("allowance-" + UUID.randomUUID())
                .setSource("test-wire")
                .setTitle(title)
                .setBody("Emmanuel Macron a reçu Olaf Scholz à Paris, " + title + ".")
                .setLanguage("fr")
                .build();
    }
}
