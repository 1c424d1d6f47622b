package io.newsgraph.query.graph;

import static io.newsgraph.proto.nlp.v1.EntityType.LOCATION;
import static io.newsgraph.proto.nlp.v1.EntityType.ORGANIZATION;
import static io.newsgraph.proto.nlp.v1.EntityType.PERSON;
import static io.newsgraph.query.TestEvents.article;
import static io.newsgraph.query.TestEvents.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsgraph.query.QueryServiceTest;
import io.newsgraph.query.entity.EntityKeys;
import io.newsgraph.query.entity.EntityType;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/** One entity per real-world thing across articles and languages, whatever order they came in. */
@QuarkusTest
class ResolutionTest extends QueryServiceTest {

    @Test
    void surnameSeenBeforeTheFullNameJoinsItOnceTheFullNameAppears() {
        String family = unique("Witkoff");
        String steve = "Steve " + family;
        String early =
                article("Envoy", family + " is expected in Moscow.")
                        .entity(family, PERSON, 0.7)
                        .send()
                        .id();
        String surnameEntity = awaitArticle(early, 1).getString("entities[0].id");
        assertThat(surnameEntity)
                .isEqualTo(
                        EntityKeys.entityId(
                                        EntityType.PERSON,
                                        EntityKeys.key(EntityType.PERSON, family))
                                .toString());

        String later =
                article("Envoy arrives", steve + " landed. " + family + " spoke.")
                        .entity(steve, PERSON, 0.9, steve, family)
                        .send()
                        .id();
        String steveId = awaitArticle(later, 1).getString("entities[0].id");

        // The earlier article now names the full-name entity; the old id leads there too.
        JsonPath earlyNow = reader().get("/api/v1/articles/" + early).jsonPath();
        assertThat(earlyNow.getList("entities.id")).containsExactly(steveId);
        assertThat(earlyNow.getList("entities.name")).containsExactly(steve);
        JsonPath entity =
                reader().get("/api/v1/entities/" + surnameEntity)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        assertThat(entity.getString("id")).isEqualTo(steveId);
        assertThat(entity.getLong("articleCount")).isEqualTo(2);
        assertThat(entity.getLong("mentionCount")).isEqualTo(3);
        assertThat(entity.getList("aliases", String.class)).containsExactly(family);
    }

    @Test
    void surnameOfTwoPeopleStaysApartUntilOnlyOneIsInTheNews() {
        String family = unique("Navarro");
        String ana = "Ana " + family;
        String bruno = "Bruno " + family;
        String anaId =
                awaitArticle(article("Ana", ana + " won.").entity(ana, PERSON, 0.9).send().id(), 1)
                        .getString("entities[0].id");
        var brunoArticle = article("Bruno", bruno + " lost.").entity(bruno, PERSON, 0.9).send();
        awaitArticle(brunoArticle.id(), 1);

        String alone =
                article("Who?", family + " commented.").entity(family, PERSON, 0.5).send().id();
        JsonPath ambiguous = awaitArticle(alone, 1);
        String surnameId = ambiguous.getString("entities[0].id");
        assertThat(surnameId).isNotEqualTo(anaId);
        assertThat(ambiguous.getString("entities[0].name")).isEqualTo(family);

        // Bruno's only article is corrected: the surname now means Ana alone.
        article(brunoArticle.id(), "Bruno", "A correction without names.").revision(2).send();
        awaitArticle(brunoArticle.id(), 2);
        JsonPath resolved = reader().get("/api/v1/articles/" + alone).jsonPath();
        assertThat(resolved.getList("entities.id")).containsExactly(anaId);
        reader().get("/api/v1/entities/" + surnameId)
                .then()
                .statusCode(200)
                .body("id", org.hamcrest.Matchers.equalTo(anaId));
    }

    @Test
    void frenchAndEnglishNamesFromTheShippedTableAreOneEntity() {
        String moscou =
                article("À Moscou", "Des négociations avec l'OTAN ont eu lieu à Moscou.")
                        .language("fr")
                        .entity("Moscou", LOCATION, 0.8)
                        .entity("OTAN", ORGANIZATION, 0.4)
                        .send()
                        .id();
        String moscow =
                article("In Moscow", "Talks were held in Moscow with NATO's envoy.")
                        .entity("Moscow", LOCATION, 0.8)
                        .entity("NATO's", ORGANIZATION, 0.4, "NATO")
                        .send()
                        .id();

        JsonPath french = awaitArticle(moscou, 1);
        JsonPath english = awaitArticle(moscow, 1);
        String moscowId = EntityKeys.entityId(EntityType.LOCATION, "moscow").toString();
        String natoId = EntityKeys.entityId(EntityType.ORGANIZATION, "nato").toString();
        assertThat(french.getList("entities.id")).containsExactly(moscowId, natoId);
        assertThat(english.getList("entities.id")).containsExactly(moscowId, natoId);
        assertThat(french.getList("entities.name")).containsExactly("Moscow", "NATO");
        assertThat(french.getList("entities.nameInArticle")).containsExactly("Moscou", "OTAN");
        assertThat(english.getString("entities[0].nameInArticle")).isEqualTo("Moscow");

        JsonPath found = reader().queryParam("q", "moscou").get("/api/v1/entities").jsonPath();
        assertThat(found.getString("items[0].id")).isEqualTo(moscowId);
        assertThat(found.getList("items[0].aliases", String.class)).contains("Moscou");
        assertThat(found.getLong("items[0].articleCount")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void titlesAreNotPartOfAPersonsName() {
        String family = unique("Rubio");
        String marco = "Marco " + family;
        String first =
                article("Secretary", marco + " travelled.").entity(marco, PERSON, 0.9).send().id();
        String marcoId = awaitArticle(first, 1).getString("entities[0].id");

        String titled = "M. " + family;
        String second =
                article("Le secrétaire", titled + " a voyagé.")
                        .language("fr")
                        .entity(titled, PERSON, 0.8)
                        .send()
                        .id();

        JsonPath article = awaitArticle(second, 1);
        assertThat(article.getList("entities.id")).containsExactly(marcoId);
        assertThat(article.getList("entities[0].mentions.text")).containsExactly(titled);
        JsonPath entity = reader().get("/api/v1/entities/" + marcoId).jsonPath();
        assertThat(entity.getList("aliases", String.class)).containsExactly(titled);
        assertThat(
                        reader().queryParam("q", "M. " + family.toUpperCase())
                                .get("/api/v1/entities")
                                .jsonPath()
                                .getString("items[0].id"))
                .isEqualTo(marcoId);
    }
}
