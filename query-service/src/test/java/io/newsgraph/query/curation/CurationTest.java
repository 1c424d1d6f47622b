package io.newsgraph.query.curation;

import static io.newsgraph.proto.nlp.v1.EntityType.LOCATION;
import static io.newsgraph.proto.nlp.v1.EntityType.PERSON;
import static io.newsgraph.query.TestEvents.article;
import static io.newsgraph.query.TestEvents.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.newsgraph.query.QueryServiceTest;
import io.newsgraph.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Editors' corrections show in every query at once, are followed by articles consumed later, and
 * leave an audit trail naming who did what.
 */
@QuarkusTest
class CurationTest extends QueryServiceTest {

    private static RequestSpecification editor() {
        return given().auth()
                .oauth2(TestTokens.accessToken("editor-ann", "reader", "editor"))
                .contentType(ContentType.JSON);
    }

    @Test
    void mergeMovesEveryArticleAndLaterArticlesFollowIt() {
        String family = unique("Witkoff");
        String steve = "Steve " + family;
        String first =
                article("Envoy", steve + " met officials.").entity(steve, PERSON, 0.9).send().id();
        // The NLP engine sometimes takes the envoy for a place.
        String second =
                article("Envoy again", family + " was in Moscow.")
                        .entity(family, LOCATION, 0.6)
                        .send()
                        .id();
        String steveId = awaitArticle(first, 1).getString("entities[0].id");
        String placeId = awaitArticle(second, 1).getString("entities[0].id");
        assertThat(placeId).isNotEqualTo(steveId);

        JsonPath merged =
                editor().body(Map.of("source", placeId))
                        .post("/api/v1/entities/" + steveId + "/merge")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();

        assertThat(merged.getString("id")).isEqualTo(steveId);
        assertThat(merged.getString("type")).isEqualTo("PERSON");
        assertThat(merged.getLong("articleCount")).isEqualTo(2);
        assertThat(merged.getList("aliases", String.class)).contains(family);
        JsonPath secondNow = reader().get("/api/v1/articles/" + second).jsonPath();
        assertThat(secondNow.getList("entities.id")).containsExactly(steveId);
        assertThat(secondNow.getList("entities.type")).containsExactly("PERSON");
        assertThat(reader().get("/api/v1/entities/" + placeId).jsonPath().getString("id"))
                .isEqualTo(steveId);
        assertThat(
                        reader().get("/api/v1/entities/" + steveId + "/articles")
                                .jsonPath()
                                .getList("items.id"))
                .containsExactlyInAnyOrder(first, second);

        // Consumption respects the merge: the merged-away name resolves to the survivor.
        String third =
                article("Envoy once more", family + " returned.")
                        .entity(family, LOCATION, 0.5)
                        .send()
                        .id();
        assertThat(awaitArticle(third, 1).getList("entities.id")).containsExactly(steveId);

        JsonPath audit =
                editor().queryParam("entity", placeId)
                        .get("/api/v1/curation/audit")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        assertThat(audit.getList("items")).hasSize(1);
        assertThat(audit.getString("items[0].action")).isEqualTo("MERGE");
        assertThat(audit.getString("items[0].actor")).isEqualTo("editor-ann");
        assertThat(audit.getString("items[0].subject")).isEqualTo("editor-ann");
        assertThat(audit.getList("items[0].entityIds")).containsExactly(steveId, placeId);
        assertThat(audit.getString("items[0].before.source.name")).isEqualTo(family);
        assertThat(audit.getLong("items[0].before.target.articleCount")).isEqualTo(1);
        assertThat(audit.getLong("items[0].after.target.articleCount")).isEqualTo(2);
        assertThat(audit.getString("items[0].at")).isNotBlank();
    }

    @Test
    void splitMovesAnAliasMentionsToANewEntityNowAndLater() {
        String family = unique("Kallas");
        String kaja = "Kaja " + family;
        String text = kaja + " chaired. " + family + " spoke last.";
        String first = article("Summit", text).entity(kaja, PERSON, 0.8, kaja, family).send().id();
        String kajaId = awaitArticle(first, 1).getString("entities[0].id");

        var split =
                editor().body(Map.of("alias", family, "name", "Siim " + family))
                        .post("/api/v1/entities/" + kajaId + "/split")
                        .then()
                        .statusCode(201)
                        .extract();
        JsonPath created = split.jsonPath();
        String siimId = created.getString("id");
        assertThat(split.header("Location")).endsWith("/api/v1/entities/" + siimId);
        assertThat(created.getString("name")).isEqualTo("Siim " + family);
        assertThat(created.getString("type")).isEqualTo("PERSON");
        assertThat(created.getLong("articleCount")).isEqualTo(1);
        assertThat(created.getLong("mentionCount")).isEqualTo(1);

        JsonPath article = reader().get("/api/v1/articles/" + first).jsonPath();
        assertThat(article.getString("entities.find { it.id == '" + kajaId + "' }.mentions.text"))
                .isEqualTo("[" + kaja + "]");
        assertThat(article.getString("entities.find { it.id == '" + siimId + "' }.mentions.text"))
                .isEqualTo("[" + family + "]");
        JsonPath kajaNow = reader().get("/api/v1/entities/" + kajaId).jsonPath();
        assertThat(kajaNow.getLong("mentionCount")).isEqualTo(1);
        assertThat(kajaNow.getList("aliases", String.class)).doesNotContain(family);

        // A later article where the NLP service groups the surname with Kaja again.
        String second =
                article("Summit, day two", kaja + " left. " + family + " stayed.")
                        .entity(kaja, PERSON, 0.8, kaja, family)
                        .send()
                        .id();
        JsonPath later = awaitArticle(second, 1);
        assertThat(later.getString("entities.find { it.id == '" + siimId + "' }.mentions.text"))
                .isEqualTo("[" + family + "]");

        editor().body(Map.of("alias", kaja))
                .post("/api/v1/entities/" + kajaId + "/split")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        editor().body(Map.of("alias", "Nobody " + family))
                .post("/api/v1/entities/" + kajaId + "/split")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        assertThat(
                        editor().queryParam("entity", siimId)
                                .get("/api/v1/curation/audit")
                                .jsonPath()
                                .getList("items.action"))
                .containsExactly("SPLIT");
    }

    @Test
    void renameShowsEverywhereAndTheNewNameResolvesLaterArticles() {
        String typo = unique("Ursla von der Leyen");
        String fixed = typo.replace("Ursla", "Ursula");
        String first =
                article("Commission", typo + " spoke.").entity(typo, PERSON, 0.9).send().id();
        String id = awaitArticle(first, 1).getString("entities[0].id");

        editor().body(Map.of("name", fixed))
                .patch("/api/v1/entities/" + id)
                .then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("name", equalTo(fixed));

        assertThat(
                        reader().get("/api/v1/articles/" + first)
                                .jsonPath()
                                .getString("entities[0].name"))
                .isEqualTo(fixed);
        assertThat(
                        reader().queryParam("q", fixed)
                                .get("/api/v1/entities")
                                .jsonPath()
                                .getString("items[0].id"))
                .isEqualTo(id);
        String second =
                article("Commission again", fixed + " spoke again.")
                        .entity(fixed, PERSON, 0.9)
                        .send()
                        .id();
        assertThat(awaitArticle(second, 1).getString("entities[0].id")).isEqualTo(id);

        String other = unique("Roberta Metsola");
        String otherId =
                awaitArticle(
                                article("Parliament", other + " presided.")
                                        .entity(other, PERSON, 0.9)
                                        .send()
                                        .id(),
                                1)
                        .getString("entities[0].id");
        editor().body(Map.of("name", other))
                .patch("/api/v1/entities/" + id)
                .then()
                .statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString(otherId));
    }

    @Test
    void addedAliasPullsInArticlesAlreadyConsumedAndLaterOnes() {
        String city = unique("Moskva");
        String english = city.replace("Moskva", "Moscow");
        String cyrillic =
                article("Moskva", "Reports from " + city + ".")
                        .entity(city, LOCATION, 0.7)
                        .send()
                        .id();
        String target =
                article("Moscow", "Reports from " + english + ".")
                        .entity(english, LOCATION, 0.7)
                        .send()
                        .id();
        String cityId = awaitArticle(cyrillic, 1).getString("entities[0].id");
        String targetId = awaitArticle(target, 1).getString("entities[0].id");

        JsonPath entity =
                editor().body(Map.of("alias", city))
                        .post("/api/v1/entities/" + targetId + "/aliases")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();

        assertThat(entity.getList("aliases", String.class)).contains(city);
        assertThat(entity.getLong("articleCount")).isEqualTo(2);
        assertThat(
                        reader().get("/api/v1/articles/" + cyrillic)
                                .jsonPath()
                                .getString("entities[0].id"))
                .isEqualTo(targetId);
        assertThat(reader().get("/api/v1/entities/" + cityId).jsonPath().getString("id"))
                .isEqualTo(targetId);
        String later =
                article("Moskva again", city.toUpperCase() + " again.")
                        .entity(city.toUpperCase(), LOCATION, 0.7)
                        .send()
                        .id();
        assertThat(awaitArticle(later, 1).getString("entities[0].id")).isEqualTo(targetId);
        // An alias attached by an editor stays even without articles using it.
        String planned = unique("Moscou-sur-Seine");
        editor().body(Map.of("alias", planned))
                .post("/api/v1/entities/" + targetId + "/aliases")
                .then()
                .statusCode(200)
                .body("aliases", org.hamcrest.Matchers.hasItem(planned));
    }

    @Test
    void curationNeedsTheEditorRoleAndTheAuditTrailTooReadersCannotSeeIt() {
        UUID id = UUID.randomUUID();
        given().auth()
                .oauth2(TestTokens.accessToken("alice", "reader"))
                .contentType(ContentType.JSON)
                .body(Map.of("alias", "X"))
                .post("/api/v1/entities/" + id + "/aliases")
                .then()
                .statusCode(403);
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "X"))
                .patch("/api/v1/entities/" + id)
                .then()
                .statusCode(401);
        reader().get("/api/v1/curation/audit").then().statusCode(403);
        editor().get("/api/v1/curation/audit").then().statusCode(200);
    }

    @Test
    void badCurationRequestsAreProblemsNamingTheField() {
        String id = UUID.randomUUID().toString();
        editor().body("{}")
                .post("/api/v1/entities/" + id + "/merge")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", equalTo(List.of("source")));
        editor().body(Map.of("source", id))
                .post("/api/v1/entities/" + id + "/merge")
                .then()
                .statusCode(400)
                .body("violations.field", equalTo(List.of("source")));
        editor().body(Map.of("alias", " "))
                .post("/api/v1/entities/not-a-uuid/split")
                .then()
                .statusCode(400)
                .body("violations.field", equalTo(List.of("id", "alias")));
        editor().body(Map.of("name", "?!")).patch("/api/v1/entities/" + id).then().statusCode(404);
        editor().body(Map.of("source", UUID.randomUUID().toString()))
                .post("/api/v1/entities/" + id + "/merge")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }
}
