package io.newsgraph.query.graph;

import static io.newsgraph.proto.nlp.v1.EntityType.LOCATION;
import static io.newsgraph.proto.nlp.v1.EntityType.ORGANIZATION;
import static io.newsgraph.proto.nlp.v1.EntityType.PERSON;
import static io.newsgraph.query.TestEvents.article;
import static io.newsgraph.query.TestEvents.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsgraph.query.QueryServiceTest;
import io.newsgraph.query.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticleEntitiesConsumerTest extends QueryServiceTest {

    @Test
    void publishedArticleBecomesQueryableWithItsEntitiesAndMentions() {
        String person = unique("Steve Witkoff");
        String surname = person.substring("Steve ".length());
        String text =
                person + " arrived in Moscow on Tuesday. " + surname + " met officials in Moscow.";
        TestEvents.ArticleEvent event =
                article("Envoy in Moscow", text)
                        .entity(person, PERSON, 0.9, person, surname)
                        .entity("Moscow", LOCATION, 0.6)
                        .send();

        JsonPath article = awaitArticle(event.id(), 1);

        assertThat(article.getString("id")).isEqualTo(event.id());
        assertThat(article.getString("title")).isEqualTo("Envoy in Moscow");
        assertThat(article.getString("url")).isEqualTo("https://news.example/" + event.id());
        assertThat(article.getString("source")).isEqualTo("example-news");
        assertThat(article.getString("language")).isEqualTo("en");
        assertThat(article.getString("publishedAt")).isEqualTo("2025-03-01T08:00:00Z");
        assertThat(article.getList("entities.name")).containsExactly(person, "Moscow");
        assertThat(article.getList("entities.type")).containsExactly("PERSON", "LOCATION");
        assertThat(article.getDouble("entities[0].salience")).isEqualTo(0.9);
        List<Map<String, Object>> mentions = article.getList("entities[0].mentions");
        assertThat(mentions).hasSize(2);
        for (Map<String, Object> mention : mentions) {
            int begin = (Integer) mention.get("begin");
            int end = (Integer) mention.get("end");
            assertThat(text.substring(begin, end)).isEqualTo(mention.get("text"));
        }
        assertThat(mentions).extracting(m -> m.get("text")).containsExactly(person, surname);
        assertThat(article.getList("entities[1].mentions.begin"))
                .containsExactly(text.indexOf("Moscow"), text.lastIndexOf("Moscow"));
    }

    @Test
    void sameEntityInTwoArticlesIsOneEntityCountedTwice() {
        String organisation = unique("Banque de France");
        String first =
                article("Rates", organisation + " kept rates. " + organisation + " said so.")
                        .entity(organisation, ORGANIZATION, 0.8)
                        .send()
                        .id();
        // Another writer spells it differently: case, accents and punctuation do not matter.
        String variant = organisation.toUpperCase().replace("DE", "DÉ");
        String second =
                article("Inflation", "The " + variant + " expects inflation to fall.")
                        .entity(variant, ORGANIZATION, 0.5)
                        .send()
                        .id();

        JsonPath firstArticle = awaitArticle(first, 1);
        JsonPath secondArticle = awaitArticle(second, 1);
        String entityId = firstArticle.getString("entities[0].id");
        assertThat(secondArticle.getString("entities[0].id")).isEqualTo(entityId);

        JsonPath entity =
                reader().get("/api/v1/entities/" + entityId)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        assertThat(entity.getString("name")).isEqualTo(organisation);
        assertThat(entity.getString("type")).isEqualTo("ORGANIZATION");
        assertThat(entity.getLong("articleCount")).isEqualTo(2);
        assertThat(entity.getLong("mentionCount")).isEqualTo(3);
        assertThat(entity.getList("aliases", String.class)).containsExactly(variant);
        assertThat(entity.getString("firstSeen")).isEqualTo("2025-03-01T08:00:00Z");
        assertThat(entity.getString("lastSeen")).isEqualTo("2025-03-01T08:00:00Z");
    }

    @Test
    void shortFormSeenBeforeAsAnAliasJoinsTheFullNameEntity() {
        String person = unique("Steve Witkoff");
        String surname = person.substring("Steve ".length());
        String first =
                article("Envoy", person + " flew in. " + surname + " landed.")
                        .entity(person, PERSON, 0.9, person, surname)
                        .send()
                        .id();
        String entityId = awaitArticle(first, 1).getString("entities[0].id");

        // The NLP service may report the short form as an entity of its own, even next to the
        // full name in one article: both are the entity already known under that alias.
        String text = surname + " spoke. Later " + person + " left.";
        String second =
                article("Envoy again", text)
                        .entity(person, PERSON, 0.8)
                        .entity(surname, PERSON, 0.4)
                        .send()
                        .id();

        JsonPath article = awaitArticle(second, 1);
        assertThat(article.getList("entities.id")).containsExactly(entityId);
        assertThat(article.getDouble("entities[0].salience")).isEqualTo(0.8);
        assertThat(article.getList("entities[0].mentions.text")).containsExactly(surname, person);
        JsonPath entity = reader().get("/api/v1/entities/" + entityId).jsonPath();
        assertThat(entity.getString("name")).isEqualTo(person);
        assertThat(entity.getLong("articleCount")).isEqualTo(2);
        assertThat(entity.getLong("mentionCount")).isEqualTo(4);
    }

    @Test
    void redeliveredEventLeavesTheGraphUnchanged() {
        String person = unique("Kaja Kallas");
        TestEvents.ArticleEvent event =
                article("Summit", person + " chaired the summit; " + person + " spoke last.")
                        .entity(person, PERSON, 0.7);
        event.send();
        String entityId = awaitArticle(event.id(), 1).getString("entities[0].id");

        event.send();
        event.send();
        awaitConsumed();

        JsonPath entity = reader().get("/api/v1/entities/" + entityId).jsonPath();
        assertThat(entity.getLong("articleCount")).isEqualTo(1);
        assertThat(entity.getLong("mentionCount")).isEqualTo(2);
        JsonPath article = reader().get("/api/v1/articles/" + event.id()).jsonPath();
        assertThat(article.getList("entities")).hasSize(1);
        assertThat(article.getList("entities[0].mentions")).hasSize(2);
    }

    @Test
    void newerRevisionReplacesMentionsAndLateOlderRevisionIsIgnored() {
        String dropped = unique("Pierre Moscovici");
        String kept = unique("Christine Lagarde");
        TestEvents.ArticleEvent revision1 =
                article("Budget", dropped + " and " + kept + " discussed the budget.")
                        .entity(dropped, PERSON, 0.6)
                        .entity(kept, PERSON, 0.6);
        TestEvents.ArticleEvent revision2 =
                article(
                                revision1.id(),
                                "Budget",
                                "Budget talks: " + kept + " alone. " + kept + " again.")
                        .revision(2)
                        .entity(kept, PERSON, 0.9);

        revision1.send();
        String droppedId =
                awaitArticle(revision1.id(), 1)
                        .getString("entities.find { it.name == '" + dropped + "' }.id");
        revision2.send();
        JsonPath current = awaitArticle(revision1.id(), 2);
        assertThat(current.getList("entities.name")).containsExactly(kept);
        assertThat(current.getList("entities[0].mentions.begin"))
                .containsExactly(14, 14 + kept.length() + 8);

        revision1.send();
        awaitConsumed();

        JsonPath after = reader().get("/api/v1/articles/" + revision1.id()).jsonPath();
        assertThat(after.getInt("revision")).isEqualTo(2);
        assertThat(after.getList("entities.name")).containsExactly(kept);
        assertThat(after.getList("entities[0].mentions")).hasSize(2);
        // No current article names it any more: it leaves the graph (a later article brings it
        // back under the same id).
        reader().get("/api/v1/entities/" + droppedId).then().statusCode(404);
        assertThat(
                        reader().queryParam("q", dropped)
                                .get("/api/v1/entities")
                                .jsonPath()
                                .getList("items"))
                .isEmpty();
    }

    @Test
    void malformedRecordsAreSkippedAndTheNextOneIsProcessed() {
        TestEvents.sendRaw("garbage", "this is not json");
        TestEvents.sendRaw("garbage", "{\"articleId\": \"not-a-uuid\", \"revision\": 1}");
        TestEvents.sendRaw("garbage", "{\"articleId\": 42, \"entities\": \"nope\"}");
        String person = unique("Ursula von der Leyen");
        String id =
                article("Commission", person + " presented the plan.")
                        .entity(person, PERSON, 0.8)
                        .send()
                        .id();

        JsonPath article = awaitArticle(id, 1);

        assertThat(article.getList("entities.name")).containsExactly(person);
    }

    /** Publishes a fresh article and waits for it: every record sent before it has been handled. */
    private static void awaitConsumed() {
        String marker = article("Marker", "Nothing to see.").send().id();
        awaitArticle(marker, 1);
    }
}
