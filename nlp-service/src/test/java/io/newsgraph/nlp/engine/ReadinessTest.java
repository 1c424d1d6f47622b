package io.newsgraph.nlp.engine;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;

import io.newsgraph.nlp.NlpTestClient;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReadinessTest {

    @Test
    void readyOnceBothPipelinesAndTheDetectorAreLoaded() {
        NlpTestClient.awaitModelsLoaded();

        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("checks.name", hasItem("nlp-models"))
                .body(
                        "checks.find { it.name == 'nlp-models' }.status",
                        org.hamcrest.Matchers.is("UP"));
    }

    @Test
    void healthAndMetricsNeedNoToken() {
        given().when().get("/q/health/live").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200);
    }
}
