package io.newsgraph.query.entity;

import static io.newsgraph.proto.nlp.v1.EntityType.LOCATION;
import static io.newsgraph.proto.nlp.v1.EntityType.ORGANIZATION;
import static io.newsgraph.proto.nlp.v1.EntityType.PERSON;
import static io.newsgraph.query.TestEvents.article;
import static io.newsgraph.query.TestEvents.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.newsgraph.query.QueryServiceTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EntityResourceTest extends QueryServiceTest {

    @Test
    void searchIgnoresCaseAndAccents() {
        String text =
                "Le président Emmanuel Macron a reçu Volodymyr Zelensky à l'Élysée. Macron a"
                        + " promis son soutien.";
        String id =
                article("Macron reçoit Zelensky", text)
                        .language("fr")
                        .entity("Emmanuel Macron", PERSON, 0.9, "Emmanuel Macron", "Macron")
                        .entity("Volodymyr Zelensky", PERSON, 0.7)
                        .entity("Élysée", LOCATION, 0.3)
                        .send()
                        .id();
        awaitArticle(id, 1);

        for (String q : List.of("macron", "Macron", "MACRÓN", "emmanuel macron", "MACR")) {
            JsonPath found =
                    reader().queryParam("q", q)
                            .get("/api/v1/entities")
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath();
            assertThat(found.getString("items[0].name")).as(q).isEqualTo("Emmanuel Macron");
            assertThat(found.getString("items[0].type")).isEqualTo("PERSON");
            assertThat(found.getList("items[0].aliases", String.class)).contains("Macron");
            assertThat(found.getLong("items[0].articleCount")).isGreaterThanOrEqualTo(1);
        }
        reader().queryParam("q", "elysee")
                .queryParam("type", "location")
                .get("/api/v1/entities")
                .then()
                .statusCode(200)
                .body("items.name", hasItem("Élysée"));
        reader().queryParam("q", "macron")
                .queryParam("type", "LOCATION")
                .get("/api/v1/entities")
                .then()
                .statusCode(200)
                .body("items", equalTo(List.of()));
    }

    @Test
    void searchPagesThroughEveryMatchOnce() {
        String family = unique("Navarro");
        List<String> names = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String first : List.of("Ana", "Bruno", "Carla", "Diego", "Elena")) {
            names.add(first + " " + family);
            text.append(first).append(' ').append(family).append(" spoke. ");
        }
        var event = article("Family", text.toString());
        names.forEach(name -> event.entity(name, PERSON, 0.5));
        awaitArticle(event.send().id(), 1);

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = reader().queryParam("q", family).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page =
                    request.get("/api/v1/entities").then().statusCode(200).extract().jsonPath();
            assertThat(page.getList("items")).hasSizeLessThanOrEqualTo(2);
            seen.addAll(page.getList("items.name", String.class));
            cursor = page.getString("next");
            pages++;
        } while (cursor != null && pages < 10);

        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyElementsOf(names);
    }

    @Test
    void cooccurrencesCountSharedArticles() {
        String envoy = unique("Envoy");
        String minister = unique("Minister");
        String agency = unique("Agency");
        awaitArticle(
                article("Talks", envoy + " met " + minister + " and " + agency + ".")
                        .entity(envoy, PERSON, 0.8)
                        .entity(minister, PERSON, 0.5)
                        .entity(agency, ORGANIZATION, 0.2)
                        .send()
                        .id(),
                1);
        String second =
                article("More talks", envoy + " met " + minister + " again.")
                        .entity(envoy, PERSON, 0.8)
                        .entity(minister, PERSON, 0.5)
                        .send()
                        .id();
        String envoyId = awaitArticle(second, 1).getString("entities[0].id");

        JsonPath all =
                reader().get("/api/v1/entities/" + envoyId + "/cooccurrences")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        assertThat(all.getList("items.name")).containsExactly(minister, agency);
        assertThat(all.getList("items.articleCount", Long.class)).containsExactly(2L, 1L);
        assertThat(all.getString("next")).isNull();

        JsonPath firstPage =
                reader().queryParam("limit", 1)
                        .get("/api/v1/entities/" + envoyId + "/cooccurrences")
                        .jsonPath();
        assertThat(firstPage.getList("items.name")).containsExactly(minister);
        JsonPath secondPage =
                reader().queryParam("limit", 1)
                        .queryParam("cursor", firstPage.getString("next"))
                        .get("/api/v1/entities/" + envoyId + "/cooccurrences")
                        .jsonPath();
        assertThat(secondPage.getList("items.name")).containsExactly(agency);
        assertThat(secondPage.getString("next")).isNull();

        reader().queryParam("type", "ORGANIZATION")
                .get("/api/v1/entities/" + envoyId + "/cooccurrences")
                .then()
                .statusCode(200)
                .body("items.name", equalTo(List.of(agency)));
    }

    @Test
    void entityArticlesAreNewestFirstWithinTheDateRange() {
        String mayor = unique("Mayor");
        String older =
                article("Older", mayor + " opened a bridge.")
                        .publishedAt(Instant.parse("2025-01-10T09:00:00Z"))
                        .entity(mayor, PERSON, 0.9)
                        .send()
                        .id();
        String newer =
                article("Newer", mayor + " closed a bridge. " + mayor + " apologised.")
                        .publishedAt(Instant.parse("2025-02-10T09:00:00Z"))
                        .entity(mayor, PERSON, 0.4)
                        .send()
                        .id();
        awaitArticle(older, 1);
        String mayorId = awaitArticle(newer, 1).getString("entities[0].id");

        JsonPath first =
                reader().queryParam("limit", 1)
                        .get("/api/v1/entities/" + mayorId + "/articles")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        assertThat(first.getList("items.id")).containsExactly(newer);
        assertThat(first.getInt("items[0].mentionCount")).isEqualTo(2);
        assertThat(first.getDouble("items[0].salience")).isEqualTo(0.4);
        JsonPath second =
                reader().queryParam("limit", 1)
                        .queryParam("cursor", first.getString("next"))
                        .get("/api/v1/entities/" + mayorId + "/articles")
                        .jsonPath();
        assertThat(second.getList("items.id")).containsExactly(older);
        assertThat(second.getString("next")).isNull();

        reader().queryParam("from", "2025-02-01")
                .queryParam("to", "2025-03-01T00:00:00Z")
                .get("/api/v1/entities/" + mayorId + "/articles")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(newer)));
    }

    @Test
    void trendingComparesTheWindowWithTheOneBefore() {
        String rising = unique("Rising");
        String fading = unique("Fading");
        String gone = unique("Gone");
        Instant until = Instant.parse("2031-01-10T00:00:00Z");
        List<String> ids = new ArrayList<>();
        // Within the last day: rising three times, fading once.
        ids.add(
                article("Today", rising + " and " + fading + ".")
                        .publishedAt(until.minusSeconds(3600))
                        .entity(rising, PERSON, 0.5)
                        .entity(fading, PERSON, 0.5)
                        .send()
                        .id());
        for (int hour = 2; hour <= 3; hour++) {
            ids.add(
                    article("Today " + hour, rising + " again.")
                            .publishedAt(until.minusSeconds(3600L * hour))
                            .entity(rising, PERSON, 0.5)
                            .send()
                            .id());
        }
        // The day before: fading three times, gone once, rising once.
        for (int hour = 1; hour <= 3; hour++) {
            ids.add(
                    article("Yesterday " + hour, fading + " then.")
                            .publishedAt(until.minusSeconds(86400L + 3600L * hour))
                            .entity(fading, PERSON, 0.5)
                            .send()
                            .id());
        }
        ids.add(
                article("Yesterday", gone + " and " + rising + ".")
                        .publishedAt(until.minusSeconds(86400L + 60))
                        .entity(gone, PERSON, 0.5)
                        .entity(rising, PERSON, 0.5)
                        .send()
                        .id());
        ids.forEach(id -> awaitArticle(id, 1));

        JsonPath trending =
                reader().queryParam("window", "24h")
                        .queryParam("until", until.toString())
                        .get("/api/v1/entities/trending")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        assertThat(trending.getList("items.name")).containsExactly(rising, fading);
        assertThat(trending.getList("items.articleCount", Long.class)).containsExactly(3L, 1L);
        assertThat(trending.getList("items.previousArticleCount", Long.class))
                .containsExactly(1L, 3L);
        assertThat(trending.getList("items.change", Long.class)).containsExactly(2L, -2L);

        JsonPath first =
                reader().queryParam("window", "1d")
                        .queryParam("until", until.toString())
                        .queryParam("limit", 1)
                        .get("/api/v1/entities/trending")
                        .jsonPath();
        assertThat(first.getList("items.name")).containsExactly(rising);
        reader().queryParam("cursor", first.getString("next"))
                .queryParam("limit", 1)
                .get("/api/v1/entities/trending")
                .then()
                .statusCode(200)
                .body("items.name", equalTo(List.of(fading)))
                .body("next", org.hamcrest.Matchers.nullValue());
        reader().queryParam("window", "2w")
                .get("/api/v1/entities/trending")
                .then()
                .statusCode(400)
                .body("violations.field", equalTo(List.of("window")));
    }

    @Test
    void badParametersAreProblemsNamingEachField() {
        reader().queryParam("limit", 0)
                .queryParam("type", "ANIMAL")
                .queryParam("cursor", "not-a-cursor")
                .get("/api/v1/entities")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("violations.field", containsInAnyOrder("limit", "type", "cursor"));
        reader().queryParam("limit", "abc")
                .get("/api/v1/entities")
                .then()
                .statusCode(400)
                .body("violations.field", equalTo(List.of("limit")));
        reader().queryParam("limit", 101)
                .get("/api/v1/entities")
                .then()
                .statusCode(400)
                .body("violations.field", equalTo(List.of("limit")));
        reader().queryParam("q", "?!")
                .get("/api/v1/entities")
                .then()
                .statusCode(400)
                .body("violations.field", equalTo(List.of("q")));
        reader().get("/api/v1/entities/not-a-uuid")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", equalTo(List.of("id")));
        reader().queryParam("from", "yesterday")
                .get("/api/v1/entities/" + UUID.randomUUID() + "/articles")
                .then()
                .statusCode(400)
                .body("violations.field", equalTo(List.of("from")));
        // A cursor of another listing is not accepted either.
        String articlesCursor =
                io.newsgraph.query.api.Cursor.encode(
                        "articles.v1", Instant.now(), UUID.randomUUID());
        reader().queryParam("cursor", articlesCursor)
                .get("/api/v1/entities")
                .then()
                .statusCode(400)
                .body("violations.field", equalTo(List.of("cursor")));
    }

    @Test
    void unknownEntityIsNotFound() {
        for (String path : List.of("", "/articles", "/cooccurrences")) {
            reader().get("/api/v1/entities/" + UUID.randomUUID() + path)
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json")
                    .body("status", equalTo(404))
                    .body("title", equalTo("Not Found"));
        }
    }
}
