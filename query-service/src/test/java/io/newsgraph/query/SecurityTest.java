package io.newsgraph.query;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.newsgraph.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SecurityTest extends QueryServiceTest {

    private static final List<String> API =
            List.of(
                    "/api/v1/entities?q=macron",
                    "/api/v1/entities/" + UUID.randomUUID(),
                    "/api/v1/entities/" + UUID.randomUUID() + "/articles",
                    "/api/v1/entities/" + UUID.randomUUID() + "/cooccurrences",
                    "/api/v1/articles",
                    "/api/v1/articles/" + UUID.randomUUID());

    @Test
    void everyApiNeedsAValidToken() {
        for (String path : API) {
            given().get(path).then().statusCode(401);
            given().auth().oauth2("not.a.token").get(path).then().statusCode(401);
            given().auth()
                    .oauth2(TestTokens.expired("alice", "reader"))
                    .get(path)
                    .then()
                    .statusCode(401);
            given().auth()
                    .oauth2(TestTokens.tampered("alice", "reader"))
                    .get(path)
                    .then()
                    .statusCode(401);
            given().auth()
                    .oauth2(TestTokens.forAudience("account", "alice", "reader"))
                    .get(path)
                    .then()
                    .statusCode(401);
        }
    }

    @Test
    void everyApiNeedsTheReaderRole() {
        for (String path : API) {
            given().auth()
                    .oauth2(TestTokens.accessToken("ingester", "ingest"))
                    .get(path)
                    .then()
                    .statusCode(403);
        }
        given().auth()
                .oauth2(TestTokens.accessToken("alice", "reader"))
                .get(API.get(0))
                .then()
                .statusCode(200);
    }

    @Test
    void aCurationBodyOverTheLimitIsRefusedBeforeItIsRead() {
        given().auth()
                .oauth2(TestTokens.accessToken("edith", "reader", "editor"))
                .contentType("application/json")
                .body("{\"alias\":\"" + "x".repeat(300 * 1024) + "\"}")
                .post("/api/v1/entities/{id}/aliases", UUID.randomUUID())
                .then()
                .statusCode(413);
    }

    @Test
    void healthAndOpenApiAreOpen() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_"));
    }
}
