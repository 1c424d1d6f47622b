package io.newsgraph.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.hamcrest.Matchers.containsString;

import io.grpc.Status;
import io.newsgraph.proto.ingest.v1.GetArticleStatusRequest;
import io.newsgraph.proto.ingest.v1.MutinyIngestServiceGrpc.MutinyIngestServiceStub;
import io.newsgraph.proto.ingest.v1.SubmitArticleRequest;
import io.newsgraph.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Only tokens with role {@code ingest} get in; health and OpenAPI stay open. */
@QuarkusTest
class SecurityTest {

    private static final Map<String, Object> ARTICLE =
            Map.of("title", "Titre", "body", "Emmanuel Macron à Paris.");

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private IngestGrpc grpc;

    @BeforeEach
    void connect() {
        grpc = new IngestGrpc();
    }

    @AfterEach
    void disconnect() throws InterruptedException {
        grpc.close();
    }

    @Test
    void restWithoutTokenIsUnauthorized() {
        given().contentType(ContentType.JSON)
                .body(ARTICLE)
                .post("/api/v1/articles")
                .then()
                .statusCode(401);
        given().contentType(ContentType.JSON)
                .body(java.util.List.of(ARTICLE))
                .post("/api/v1/articles/batch")
                .then()
                .statusCode(401);
        given().get("/api/v1/articles/{id}", UUID.randomUUID()).then().statusCode(401);
    }

    @Test
    void restWithExpiredOrForgedTokenIsUnauthorized() {
        given().auth()
                .oauth2(TestTokens.expired("newsroom", "ingest"))
                .contentType(ContentType.JSON)
                .body(ARTICLE)
                .post("/api/v1/articles")
                .then()
                .statusCode(401);
        given().auth()
                .oauth2(TestTokens.tampered("newsroom", "ingest"))
                .contentType(ContentType.JSON)
                .body(ARTICLE)
                .post("/api/v1/articles")
                .then()
                .statusCode(401);
        given().auth()
                .oauth2(TestTokens.forAudience("account", "newsroom", "ingest"))
                .contentType(ContentType.JSON)
                .body(ARTICLE)
                .post("/api/v1/articles")
                .then()
                .statusCode(401);
    }

    @Test
    void restWithoutIngestRoleIsForbidden() {
        String reader = TestTokens.accessToken("reader", "reader");
        given().auth()
                .oauth2(reader)
                .contentType(ContentType.JSON)
                .body(ARTICLE)
                .post("/api/v1/articles")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(reader)
                .get("/api/v1/articles/{id}", UUID.randomUUID())
                .then()
                .statusCode(403);
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
        // quarkus.http.limits.max-body-size is 64M: a full batch of ordinary articles fits easily.
        // The client announces its size and waits (Expect: 100-continue), as big uploads should.
        byte[] oversized = new byte[65 * 1024 * 1024];
        Arrays.fill(oversized, (byte) ' ');
        HttpResponse<String> answer =
                HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .build()
                        .send(
                                HttpRequest.newBuilder(
                                                URI.create(
                                                        "http://127.0.0.1:"
                                                                + RestAssured.port
                                                                + "/api/v1/articles/batch"))
                                        .expectContinue(true)
                                        .header(
                                                "Authorization",
                                                "Bearer "
                                                        + TestTokens.accessToken(
                                                                "newsroom", "ingest"))
                                        .header("Content-Type", "application/json")
                                        .POST(HttpRequest.BodyPublishers.ofByteArray(oversized))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).doesNotContainIgnoringCase("exception").doesNotContain("at io.");
    }

    @Test
    void healthAndOpenApiNeedNoToken() {
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_"));
    }

    @Test
    void grpcWithoutTokenIsUnauthenticated() {
        assertGrpcStatus(grpc.stub(null), Status.Code.UNAUTHENTICATED);
        assertGrpcStatus(
                grpc.stub(TestTokens.expired("newsroom", "ingest")), Status.Code.UNAUTHENTICATED);
        assertGrpcStatus(
                grpc.stub(TestTokens.tampered("newsroom", "ingest")), Status.Code.UNAUTHENTICATED);
        assertGrpcStatus(
                grpc.stub(TestTokens.forAudience("account", "newsroom", "ingest")),
                Status.Code.UNAUTHENTICATED);
    }

    @Test
    void grpcWithoutIngestRoleIsPermissionDenied() {
        assertGrpcStatus(
                grpc.stub(TestTokens.accessToken("reader", "reader")),
                Status.Code.PERMISSION_DENIED);
    }

    private static void assertGrpcStatus(MutinyIngestServiceStub stub, Status.Code expected) {
        Throwable submit =
                catchThrowable(() -> stub.submitArticle(request()).await().atMost(TIMEOUT));
        assertThat(Status.fromThrowable(submit).getCode())
                .as("SubmitArticle answered %s", Status.fromThrowable(submit))
                .isEqualTo(expected);
        Throwable status =
                catchThrowable(
                        () ->
                                stub.getArticleStatus(
                                                GetArticleStatusRequest.newBuilder()
                                                        .setId(UUID.randomUUID().toString())
                                                        .build())
                                        .await()
                                        .atMost(TIMEOUT));
        assertThat(Status.fromThrowable(status).getCode())
                .as("GetArticleStatus answered %s", Status.fromThrowable(status))
                .isEqualTo(expected);
    }

    private static SubmitArticleRequest request() {
        return SubmitArticleRequest.newBuilder()
                .setTitle("Titre")
                .setBody("Emmanuel Macron à Paris.")
                .build();
    }
}
