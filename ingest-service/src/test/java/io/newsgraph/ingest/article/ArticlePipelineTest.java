package io.newsgraph.ingest.article;

import static io.newsgraph.ingest.Submissions.article;
import static io.newsgraph.ingest.Submissions.asNewsroom;
import static io.newsgraph.ingest.Submissions.awaitStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.newsgraph.ingest.ArticleEvents;
import io.newsgraph.ingest.NlpServiceDouble;
import io.newsgraph.proto.events.v1.ArticleEntitiesEvent;
import io.newsgraph.proto.nlp.v1.Entity;
import io.newsgraph.proto.nlp.v1.EntityType;
import io.newsgraph.proto.nlp.v1.Mention;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Submit → stored → annotated by nlp-service → event on Kafka → PUBLISHED. */
@QuarkusTest
class ArticlePipelineTest {

    private static ArticleEvents events;

    @BeforeAll
    static void subscribe() {
        events = ArticleEvents.subscribe();
    }

    @AfterAll
    static void unsubscribe() {
        events.close();
    }

    @Test
    void acceptedArticleIsPublishedOnKafkaWithItsEntitiesAndCleanedText() {
        String body =
                "Début du contenu principal.\n"
                        + "Emmanuel Macron a reçu Marco Rubio à Paris, jeudi.\n"
                        + "À VOIR AUSSI | La Russie et l'Ukraine s'accusent mutuellement\n"
                        + "Le président Macron a parlé de l'Ukraine.";
        Map<String, Object> submitted = article("Rubio et Witkoff à Paris", body);
        submitted.put("url", "https://news.example.org/2025/03/20/paris-talks");

        var response =
                asNewsroom()
                        .body(submitted)
                        .post("/api/v1/articles")
                        .then()
                        .statusCode(202)
                        .body("status", equalTo("RECEIVED"))
                        .body("revision", equalTo(1))
                        .extract();
        String id = response.path("id");
        assertThat(response.header("Location")).endsWith("/api/v1/articles/" + id);

        awaitStatus(id, "PUBLISHED");
        asNewsroom()
                .get("/api/v1/articles/{id}", id)
                .then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("revision", equalTo(1))
                .body("language", equalTo("fr"));

        List<ConsumerRecord<String, String>> records = events.awaitRecords(id, 1);
        assertThat(records).hasSize(1);
        assertThat(records.get(0).key()).isEqualTo(id);
        ArticleEntitiesEvent event = ArticleEvents.parse(records.get(0));
        String cleaned =
                "Emmanuel Macron a reçu Marco Rubio à Paris, jeudi.\n"
                        + "Le président Macron a parlé de l'Ukraine.";
        assertThat(event.getArticleId()).isEqualTo(id);
        assertThat(event.getRevision()).isEqualTo(1);
        assertThat(event.getTitle()).isEqualTo("Rubio et Witkoff à Paris");
        assertThat(event.getUrl()).isEqualTo("https://news.example.org/2025/03/20/paris-talks");
        assertThat(event.getSource()).isEqualTo("test-wire");
        assertThat(event.getExternalId()).isEqualTo(submitted.get("externalId"));
        assertThat(event.getLanguage()).isEqualTo("fr");
        assertThat(event.getPublishedAt().getSeconds()).isEqualTo(1742463000L);
        assertThat(event.getReceivedAt().getSeconds()).isPositive();
        assertThat(event.getText()).isEqualTo(cleaned);
        assertThat(event.getEntitiesList()).isEqualTo(NlpServiceDouble.entitiesIn(cleaned));
        assertThat(event.getEntitiesList())
                .extracting(Entity::getName, Entity::getType)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("Emmanuel Macron", EntityType.PERSON),
                        org.assertj.core.groups.Tuple.tuple("Paris", EntityType.LOCATION),
                        org.assertj.core.groups.Tuple.tuple("Ukraine", EntityType.LOCATION));
        for (Entity entity : event.getEntitiesList()) {
            for (Mention mention : entity.getMentionsList()) {
                assertThat(event.getText().substring(mention.getBegin(), mention.getEnd()))
                        .isEqualTo(mention.getText());
            }
        }
    }

    @Test
    void resubmittingTheSameArticleReturnsTheSameIdAndRevision() {
        Map<String, Object> submitted = article("Même dépêche", "Emmanuel Macron est à Paris.");
        String id =
                asNewsroom()
                        .body(submitted)
                        .post("/api/v1/articles")
                        .then()
                        .statusCode(202)
                        .extract()
                        .path("id");

        asNewsroom()
                .body(submitted)
                .post("/api/v1/articles")
                .then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("revision", equalTo(1));

        awaitStatus(id, "PUBLISHED");
        asNewsroom()
                .body(submitted)
                .post("/api/v1/articles")
                .then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("status", equalTo("PUBLISHED"))
                .body("revision", equalTo(1));
        assertThat(events.recordsAfterQuietPeriod(id, Duration.ofSeconds(2))).hasSize(1);
    }

    @Test
    void changedContentBecomesTheNextRevisionWithItsOwnEvent() {
        Map<String, Object> first = article("Sommet à Paris", "Emmanuel Macron reçoit à Paris.");
        String id =
                asNewsroom()
                        .body(first)
                        .post("/api/v1/articles")
                        .then()
                        .statusCode(202)
                        .extract()
                        .path("id");
        awaitStatus(id, "PUBLISHED");

        Map<String, Object> corrected = new java.util.HashMap<>(first);
        corrected.put("body", "Emmanuel Macron reçoit Marco Rubio à Paris.");
        asNewsroom()
                .body(corrected)
                .post("/api/v1/articles")
                .then()
                .statusCode(202)
                .body("id", equalTo(id))
                .body("status", equalTo("RECEIVED"))
                .body("revision", equalTo(2));

        awaitStatus(id, "PUBLISHED");
        asNewsroom().get("/api/v1/articles/{id}", id).then().body("revision", equalTo(2));
        List<ArticleEntitiesEvent> published =
                events.awaitRecords(id, 2).stream().map(ArticleEvents::parse).toList();
        assertThat(published).extracting(ArticleEntitiesEvent::getRevision).containsExactly(1, 2);
        assertThat(published.get(1).getText())
                .isEqualTo("Emmanuel Macron reçoit Marco Rubio à Paris.");
        assertThat(published.get(1).getEntitiesList())
                .extracting(Entity::getName)
                .contains("Marco Rubio");
    }

    @Test
    void articlesWithoutExternalIdAreTheSameStoryWhenTheirCanonicalUrlMatches() {
        String path = "/" + UUID.randomUUID();
        Map<String, Object> first = article("Dépêche en ligne", "Emmanuel Macron est à Paris.");
        first.remove("externalId");
        first.put("url", "https://News.Example.org" + path + "?utm_source=feed#top");
        String id =
                asNewsroom()
                        .body(first)
                        .post("/api/v1/articles")
                        .then()
                        .statusCode(202)
                        .extract()
                        .path("id");

        Map<String, Object> update = new java.util.HashMap<>(first);
        update.put("url", "https://news.example.org:443" + path);
        update.put("body", "Emmanuel Macron est à Paris avec Steve Witkoff.");
        asNewsroom()
                .body(update)
                .post("/api/v1/articles")
                .then()
                .statusCode(202)
                .body("id", equalTo(id))
                .body("revision", equalTo(2));
    }

    @Test
    void articlesWithNeitherExternalIdNorUrlAreTheSameStoryWhenTheirContentMatches() {
        Map<String, Object> submitted =
                article("Sans identifiant " + UUID.randomUUID(), "Le texte de la dépêche.");
        submitted.remove("externalId");
        submitted.remove("source");
        String id =
                asNewsroom()
                        .body(submitted)
                        .post("/api/v1/articles")
                        .then()
                        .statusCode(202)
                        .extract()
                        .path("id");

        Map<String, Object> sameTextOtherSpacing = new java.util.HashMap<>(submitted);
        sameTextOtherSpacing.put("body", "Le texte   de la dépêche.\n");
        asNewsroom()
                .body(sameTextOtherSpacing)
                .post("/api/v1/articles")
                .then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("revision", equalTo(1));
    }

    @Test
    void htmlPagesArePublishedAsTheirArticleTextOnly() {
        String html =
                """
                <html><head><title>Paris</title><style>p { color: red }</style>
                <script>var tracking = "Emmanuel Macron";</script></head>
                <body>
                  <a class="skip" href="#main">Aller au contenu</a>
                  <header><nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav></header>
                  <main id="main"><article>
                    <h1>Rencontres à Paris</h1>
                    <p>Emmanuel&nbsp;Macron a reçu <b>Marco Rubio</b> à Paris.</p>
                    <p><a href="/autre">Lire aussi : La Russie et l'Ukraine</a></p>
                    <aside>Publicité : abonnez-vous</aside>
                    <p>Les discussions portent sur l'Ukraine.<br>Elles reprennent vendredi.</p>
                  </article></main>
                  <footer>© Journal — Mentions légales</footer>
                </body></html>
                """;
        Map<String, Object> submitted = article("Rencontres à Paris", null);
        submitted.remove("body");
        submitted.put("html", html);
        String id =
                asNewsroom()
                        .body(submitted)
                        .post("/api/v1/articles")
                        .then()
                        .statusCode(202)
                        .extract()
                        .path("id");

        awaitStatus(id, "PUBLISHED");
        ArticleEntitiesEvent event = ArticleEvents.parse(events.awaitRecords(id, 1).get(0));
        assertThat(event.getText())
                .isEqualTo(
                        "Rencontres à Paris\n"
                                + "Emmanuel Macron a reçu Marco Rubio à Paris.\n"
                                + "Les discussions portent sur l'Ukraine.\n"
                                + "Elles reprennent vendredi.");
        assertThat(event.getEntitiesList())
                .extracting(Entity::getName)
                .containsExactlyInAnyOrder("Emmanuel Macron", "Marco Rubio", "Paris", "Ukraine");
    }

    @Test
    void longArticleIsCleanedOffTheEventLoopAndPublishedWhole() {
        String paragraph = "Emmanuel Macron a reçu Marco Rubio à Paris pour parler de l'Ukraine.";
        String html = "<article>" + ("<p>" + paragraph + "</p>\n").repeat(1500) + "</article>";
        Map<String, Object> submitted = article("Longue dépêche", null);
        submitted.remove("body");
        submitted.put("html", html);
        String id =
                asNewsroom()
                        .body(submitted)
                        .post("/api/v1/articles")
                        .then()
                        .statusCode(202)
                        .extract()
                        .path("id");

        awaitStatus(id, "PUBLISHED");
        ArticleEntitiesEvent event = ArticleEvents.parse(events.awaitRecords(id, 1).get(0));
        assertThat(event.getText()).hasLineCount(1500).startsWith(paragraph + "\n");
        Entity macron =
                event.getEntitiesList().stream()
                        .filter(entity -> entity.getName().equals("Emmanuel Macron"))
                        .findFirst()
                        .orElseThrow();
        assertThat(macron.getMentionsList()).hasSize(1500);
    }

    @Test
    void batchAnswersEveryArticleInOrder() {
        Map<String, Object> first = article("Lot 1", "Emmanuel Macron à Paris.");
        Map<String, Object> invalid = article("  ", "Sans titre.");
        Map<String, Object> second = article("Lot 2", "Marco Rubio en Ukraine.");

        var response =
                asNewsroom()
                        .body(List.of(first, invalid, second, first))
                        .post("/api/v1/articles/batch")
                        .then()
                        .statusCode(207)
                        .body("accepted", equalTo(2))
                        .body("unchanged", equalTo(1))
                        .body("rejected", equalTo(1))
                        .body("results.index", equalTo(List.of(0, 1, 2, 3)))
                        .body("results.code", equalTo(List.of(202, 400, 202, 200)))
                        .body("results[1].violations.field", equalTo(List.of("title")))
                        .extract();
        String firstId = response.path("results[0].id");
        String secondId = response.path("results[2].id");
        assertThat(firstId).isNotEqualTo(secondId);
        assertThat(response.<String>path("results[3].id")).isEqualTo(firstId);

        awaitStatus(firstId, "PUBLISHED");
        awaitStatus(secondId, "PUBLISHED");
    }

    @Test
    void unknownArticleIsNotFound() {
        asNewsroom()
                .get("/api/v1/articles/{id}", UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
        asNewsroom().get("/api/v1/articles/not-a-uuid").then().statusCode(404);
    }
}
