package io.newsgraph.query.article;

import static io.newsgraph.proto.nlp.v1.EntityType.PERSON;
import static io.newsgraph.query.TestEvents.article;
import static io.newsgraph.query.TestEvents.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.newsgraph.query.QueryServiceTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticleResourceTest extends QueryServiceTest {

    @Test
    void listsArticlesOfAnEntityNewestFirstAndPages() {
        String senator = unique("Senator");
        String keyword = unique("Filibuster").replace(" ", "");
        String first =
                article("Day one", senator + " began a " + keyword + ".")
                        .publishedAt(Instant.parse("2024-05-01T10:00:00Z"))
                        .entity(senator, PERSON, 0.9)
                        .send()
                        .id();
        String second =
                article("Day two", senator + " continued.")
                        .publishedAt(Instant.parse("2024-05-02T10:00:00Z"))
                        .entity(senator, PERSON, 0.9)
                        .send()
                        .id();
        awaitArticle(first, 1);
        String senatorId = awaitArticle(second, 1).getString("entities[0].id");

        JsonPath page1 =
                reader().queryParam("entity", senatorId)
                        .queryParam("limit", 1)
                        .get("/api/v1/articles")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        assertThat(page1.getList("items.id")).containsExactly(second);
        assertThat(page1.getString("items[0].title")).isEqualTo("Day two");
        assertThat(page1.getString("items[0].publishedAt")).isEqualTo("2024-05-02T10:00:00Z");
        assertThat(page1.getInt("items[0].revision")).isEqualTo(1);
        JsonPath page2 =
                reader().queryParam("entity", senatorId)
                        .queryParam("limit", 1)
                        .queryParam("cursor", page1.getString("next"))
                        .get("/api/v1/articles")
                        .jsonPath();
        assertThat(page2.getList("items.id")).containsExactly(first);
        assertThat(page2.getString("next")).isNull();

        reader().queryParam("q", keyword.toLowerCase())
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(first)));
        reader().queryParam("entity", senatorId)
                .queryParam("from", "2024-05-02")
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(second)));
        reader().queryParam("entity", senatorId)
                .queryParam("to", "2024-05-02")
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(first)));
    }

    @Test
    void fullTextSearchStemsInTheArticlesLanguageAndIgnoresAccents() {
        String marker = "xq" + (10_000_000 + new java.util.Random().nextInt(89_999_999));
        String french =
                article("Négociations à Genève " + marker, "Les négociations reprendront demain.")
                        .language("fr")
                        .send()
                        .id();
        String english =
                article("Talks in Geneva " + marker, "The talks resumed; negotiators agreed.")
                        .language("en")
                        .send()
                        .id();
        awaitArticle(french, 1);
        awaitArticle(english, 1);

        // French stemming: "négociation" finds "négociations", with or without accents.
        for (String q : List.of("négociation " + marker, "NEGOCIATION " + marker)) {
            reader().queryParam("q", q)
                    .get("/api/v1/articles")
                    .then()
                    .statusCode(200)
                    .body("items.id", equalTo(List.of(french)));
        }
        // English stemming: "talk" finds "talks", "negotiator" finds "negotiators".
        reader().queryParam("q", "talk negotiator " + marker)
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(english)));
        assertThat(
                        reader().queryParam("q", marker)
                                .get("/api/v1/articles")
                                .jsonPath()
                                .getList("items.id", String.class))
                .containsExactlyInAnyOrder(french, english);
    }

    @Test
    void unknownArticleIsNotFoundAndBadIdIsBadRequest() {
        reader().get("/api/v1/articles/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
        reader().get("/api/v1/articles/12345")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", equalTo(List.of("id")));
        reader().queryParam("entity", "nope")
                .queryParam("from", "2024-05-02")
                .queryParam("to", "2024-05-01")
                .queryParam("limit", -1)
                .get("/api/v1/articles")
                .then()
                .statusCode(400)
                .body("violations.field", equalTo(List.of("entity", "to", "limit")));
    }
}
