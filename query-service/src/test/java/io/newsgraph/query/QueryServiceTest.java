package io.newsgraph.query;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.newsgraph.testsupport.KafkaTestResource;
import io.newsgraph.testsupport.OidcTestResource;
import io.newsgraph.testsupport.PostgresTestResource;
import io.newsgraph.testsupport.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.function.Predicate;

/**
 * Real PostgreSQL, Kafka and OIDC for every test class: all classes declare the same resources, so
 * the application starts once.
 */
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcTestResource.class, restrictToAnnotatedClass = false)
public abstract class QueryServiceTest {

    protected static final Duration CONSUMED_WITHIN = Duration.ofSeconds(45);

    protected static RequestSpecification reader() {
        return given().auth().oauth2(TestTokens.accessToken("alice", "reader"));
    }

    /** Waits until the article's revision has been consumed and returns it as a reader sees it. */
    protected static JsonPath awaitArticle(String id, int revision) {
        return awaitJson("/api/v1/articles/" + id, json -> json.getInt("revision") == revision);
    }

    /** Polls a reader endpoint until it answers 200 with a body satisfying the condition. */
    protected static JsonPath awaitJson(String path, Predicate<JsonPath> condition) {
        JsonPath[] result = new JsonPath[1];
        await().atMost(CONSUMED_WITHIN)
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> {
                            var response = reader().get(path);
                            if (response.statusCode() != 200) {
                                return false;
                            }
                            result[0] = response.jsonPath();
                            return condition.test(result[0]);
                        });
        return result[0];
    }
}
