package io.newsgraph.ingest.drill;

import static io.newsgraph.ingest.Submissions.article;
import static io.newsgraph.ingest.Submissions.asNewsroom;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.protobuf.util.JsonFormat;
import io.newsgraph.ingest.ArticleEvents;
import io.newsgraph.ingest.NlpServiceDouble;
import io.newsgraph.ingest.Submissions;
import io.newsgraph.ingest.TestDatabase;
import io.newsgraph.ingest.outbox.EventTopic;
import io.newsgraph.proto.events.v1.ArticleEntitiesEvent;
import io.newsgraph.testsupport.KafkaTestResource;
import io.newsgraph.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Outages of each part around ingest-service, with the real parts stopped for real: every accepted
 * article ends PUBLISHED with exactly one committed event per revision on the topic.
 */
@QuarkusTest
class FaultDrillTest {

    private static final int ARTICLES = 20;

    @Test
    void nlpServiceOutageKeepsArticlesReceivedWithoutSpendingAttemptsUntilItIsBack()
            throws Exception {
        List<String> ids;
        NlpServiceDouble.stopServer();
        try {
            ids = submitBatch("Panne NLP");

            await().atMost(Duration.ofSeconds(30))
                    .until(() -> "OPEN".equals(pipeline().get("nlpCircuit")));
            // Several probes fail meanwhile; not one article may fail or spend its attempts.
            Thread.sleep(2500);
            for (String id : ids) {
                assertThat(statusOf(id)).isEqualTo("RECEIVED");
            }
            // Articles the breaker kept from being tried have no error yet; those tried say why
            // they wait.
            assertThat(ids)
                    .extracting(
                            id ->
                                    asNewsroom()
                                            .get("/api/v1/articles/{id}", id)
                                            .then()
                                            .extract()
                                            .<String>path("error"))
                    .filteredOn(error -> error != null)
                    .isNotEmpty()
                    .allSatisfy(error -> assertThat(error).contains("waiting for nlp-service"));
            assertThat(maxAttempts(ids)).isLessThanOrEqualTo(1);
        } finally {
            NlpServiceDouble.startServer();
        }

        awaitAll(ids, "PUBLISHED", Duration.ofSeconds(60));
        assertExactlyOneEventPerRevision(ids);
        assertThat(pipeline().get("nlpCircuit")).isEqualTo("CLOSED");
    }

    @Test
    void kafkaOutageKeepsEventsInTheOutboxUntilTheBrokerIsBack() throws Exception {
        List<String> ids;
        KafkaTestResource.stopBroker();
        try {
            ids = submitBatch("Panne Kafka");
            awaitAll(ids, "ANNOTATED", Duration.ofSeconds(30));
            // Publication is attempted, and fails, more than once while the broker is down.
            await().atMost(Duration.ofSeconds(40))
                    .until(
                            () ->
                                    TestDatabase.count(
                                                    "SELECT min(attempts) FROM outbox_event WHERE"
                                                            + " article_id = ANY(?::uuid[])",
                                                    (Object) ids.toArray(String[]::new))
                                            >= 2);
            for (String id : ids) {
                assertThat(statusOf(id)).isEqualTo("ANNOTATED");
            }
        } finally {
            KafkaTestResource.startBroker();
        }

        awaitAll(ids, "PUBLISHED", Duration.ofSeconds(60));
        assertExactlyOneEventPerRevision(ids);
    }

    @Test
    void eventsWhoseOutcomeWasLostInACrashAreSettledFromTheTopicNotSentTwice() throws Exception {
        // What an instance killed between Kafka's commit and its own leaves behind: two events
        // claimed and in doubt, one of which its Kafka transaction had committed.
        UUID committed = UUID.randomUUID();
        UUID neverSent = UUID.randomUUID();
        String committedPayload = payload(committed);
        String neverSentPayload = payload(neverSent);
        publishAsTheCrashedInstanceDid(committed, committedPayload);
        insertInDoubtEvent(committed, committedPayload);
        insertInDoubtEvent(neverSent, neverSentPayload);

        List<String> ids = List.of(committed.toString(), neverSent.toString());
        awaitAll(ids, "PUBLISHED", Duration.ofSeconds(30));
        try (ArticleEvents events = ArticleEvents.subscribe(true)) {
            assertThat(events.awaitRecords(neverSent.toString(), 1))
                    .extracting(record -> record.value())
                    .containsExactly(neverSentPayload);
            assertThat(events.recordsAfterQuietPeriod(committed.toString(), Duration.ofSeconds(2)))
                    .extracting(record -> record.value())
                    .containsExactly(committedPayload);
            assertThat(events.countsByRevisionAfterQuietPeriod(ids, Duration.ofMillis(500)))
                    .containsOnly(Map.entry(committed + "/1", 1L), Map.entry(neverSent + "/1", 1L));
        }
    }

    private static List<String> submitBatch(String title) {
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            batch.add(article(title + " " + i, "Emmanuel Macron a reçu Marco Rubio à Paris."));
        }
        List<String> ids = Submissions.submitBatch(batch);
        assertThat(ids).hasSize(ARTICLES).doesNotContainNull().doesNotHaveDuplicates();
        return ids;
    }

    private static void assertExactlyOneEventPerRevision(List<String> ids) {
        try (ArticleEvents events = ArticleEvents.subscribe(true)) {
            Map<String, Long> counts =
                    events.countsByRevisionAfterQuietPeriod(ids, Duration.ofSeconds(3));
            assertThat(counts)
                    .containsOnlyKeys(
                            ids.stream().map(id -> id + "/1").collect(Collectors.toList()));
            assertThat(counts.values()).containsOnly(1L);
        }
    }

    private static void awaitAll(List<String> ids, String status, Duration atMost) {
        await().atMost(atMost)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> ids.stream().allMatch(id -> status.equals(statusOf(id))));
    }

    private static String statusOf(String id) {
        return asNewsroom()
                .get("/api/v1/articles/{id}", id)
                .then()
                .statusCode(200)
                .extract()
                .path("status");
    }

    private static Map<String, Object> pipeline() {
        return given().auth()
                .oauth2(TestTokens.accessToken("ops", "admin"))
                .get("/api/v1/admin/pipeline")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("");
    }

    private static long maxAttempts(List<String> ids) throws Exception {
        return TestDatabase.count(
                "SELECT max(attempts) FROM article WHERE id = ANY(?::uuid[])",
                (Object) ids.toArray(String[]::new));
    }

    private static final String TEXT = "Steve Witkoff est arrivé à Paris.";

    private static String payload(UUID id) throws Exception {
        ArticleEntitiesEvent event =
                ArticleEntitiesEvent.newBuilder()
                        .setArticleId(id.toString())
                        .setRevision(1)
                        .setTitle("Avant la panne")
                        .setLanguage("fr")
                        .setText(TEXT)
                        .addAllEntities(NlpServiceDouble.entitiesIn(TEXT))
                        .build();
        return JsonFormat.printer().omittingInsignificantWhitespace().print(event);
    }

    private static void insertInDoubtEvent(UUID id, String payload) throws Exception {
        Instant now = Instant.now();
        try (Connection connection = TestDatabase.connect();
                PreparedStatement article =
                        connection.prepareStatement(
                                """
                                INSERT INTO article (id, identity_key, content_hash, title, text, language, revision,
                                                     status, attempts, created_at, received_at, updated_at)
                                VALUES (?, ?, 'crash', 'Avant la panne', ?, 'fr', 1, 'ANNOTATED', 1, ?, ?, ?)
                                """);
                PreparedStatement outbox =
                        connection.prepareStatement(
                                """
                                INSERT INTO outbox_event (article_id, revision, topic, event_key, payload, attempts,
                                                          next_attempt_at, lease_until, in_doubt_since)
                                VALUES (?, 1, 'article-entities', ?, ?, 1, ?, ?, ?)
                                """)) {
            Timestamp before = Timestamp.from(now.minusSeconds(30));
            article.setObject(1, id);
            article.setString(2, "test:" + id);
            article.setString(3, TEXT);
            article.setTimestamp(4, before);
            article.setTimestamp(5, before);
            article.setTimestamp(6, before);
            article.executeUpdate();
            outbox.setObject(1, id);
            outbox.setString(2, id.toString());
            outbox.setString(3, payload);
            outbox.setTimestamp(4, before);
            outbox.setTimestamp(5, Timestamp.from(now.minusSeconds(1)));
            outbox.setTimestamp(6, Timestamp.from(now.minusSeconds(20)));
            outbox.executeUpdate();
        }
    }

    private static void publishAsTheCrashedInstanceDid(UUID id, String payload) throws Exception {
        Properties config = new Properties();
        config.put(
                "bootstrap.servers",
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        config.put("key.serializer", StringSerializer.class.getName());
        config.put("value.serializer", StringSerializer.class.getName());
        config.put("transactional.id", "crashed-instance-" + id);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            producer.initTransactions();
            producer.beginTransaction();
            ProducerRecord<String, String> record =
                    new ProducerRecord<>("article-entities", id.toString(), payload);
            record.headers().add(EventTopic.REVISION_HEADER, "1".getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
            producer.commitTransaction();
        }
    }
}
