package io.newsgraph.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsgraph.stack.ArticleFiles;
import io.newsgraph.stack.NewsgraphClient;
import io.newsgraph.stack.NewsgraphClient.ApiResponse;
import io.newsgraph.stack.StackConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The newsroom's path through the packaged services on real parts: a Keycloak from the distribution
 * zip with the dev realm, embedded PostgreSQL, a KRaft broker, and nlp-, ingest- and query-service
 * as {@code java -jar}, all on free ports.
 */
@ExtendWith(SharedStack.class)
class NewsgraphEndToEndIT {

    private static final Path FRENCH_SAMPLE =
            SharedStack.ROOT.resolve("deploy/samples/fr-paris-ukraine-talks.txt");

    private static StackConfig config;
    private static NewsgraphClient client;

    @BeforeAll
    static void connect(SharedStack.Running stack) {
        config = stack.config();
        client = stack.client();
    }

    @Test
    void frenchArticleSubmittedByNewsroomIsQueryableWithMacron() throws Exception {
        String token =
                client.clientCredentialsToken(StackConfig.DEMO_CLIENT, StackConfig.DEMO_SECRET);
        ObjectNode article = ArticleFiles.fromText(Files.readString(FRENCH_SAMPLE));
        article.put("source", "e2e");
        article.put("externalId", "fr-paris-ukraine-talks-" + UUID.randomUUID());

        ApiResponse submitted = client.submitArticle(token, article);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
        String id = submitted.json().path("id").asText();
        assertThat(id).isNotBlank();
        assertThat(submitted.json().path("status").asText())
                .isIn("RECEIVED", "ANNOTATED", "PUBLISHED");

        JsonNode status = client.awaitFinalStatus(token, id, Duration.ofSeconds(180));
        assertThat(status.path("status").asText()).as(status.toString()).isEqualTo("PUBLISHED");
        assertThat(status.path("language").asText()).isEqualTo("fr");

        JsonNode macron =
                await("query-service finds Emmanuel Macron")
                        .atMost(Duration.ofSeconds(60))
                        .pollInterval(Duration.ofMillis(500))
                        .until(
                                () ->
                                        findEntity(
                                                client.searchEntities(token, "macron"),
                                                "Emmanuel Macron"),
                                Optional::isPresent)
                        .orElseThrow();
        assertThat(macron.path("type").asText()).isEqualTo("PERSON");
        assertThat(macron.path("mentionCount").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(macron.path("articleCount").asInt()).isGreaterThanOrEqualTo(1);

        ApiResponse stored = client.awaitQueryArticle(token, id, Duration.ofSeconds(60));
        assertThat(stored.status()).as(stored.body()).isEqualTo(200);
        assertThat(stored.json().path("id").asText()).isEqualTo(id);
        assertThat(stored.json().path("title").asText()).isEqualTo(article.path("title").asText());
        assertThat(stored.json().path("language").asText()).isEqualTo("fr");
        List<JsonNode> entities = new ArrayList<>();
        stored.json().path("entities").forEach(entities::add);
        assertThat(entities).extracting(e -> e.path("name").asText()).contains("Emmanuel Macron");

        String text = publishedText(id);
        int mentions = 0;
        for (JsonNode entity : entities) {
            assertThat(entity.path("type").asText())
                    .isIn("PERSON", "LOCATION", "ORGANIZATION", "MISC");
            assertThat(entity.path("mentions"))
                    .as("mentions of %s", entity.path("name"))
                    .isNotEmpty();
            for (JsonNode mention : entity.path("mentions")) {
                int begin = mention.path("begin").asInt();
                int end = mention.path("end").asInt();
                assertThat(begin).isGreaterThanOrEqualTo(0).isLessThan(end);
                assertThat(end).isLessThanOrEqualTo(text.length());
                assertThat(mention.path("text").asText())
                        .as("mention %s of %s", mention, entity.path("name"))
                        .isEqualTo(text.substring(begin, end));
                mentions++;
            }
        }
        assertThat(mentions).isGreaterThanOrEqualTo(entities.size());
    }

    @Test
    void requestsWithoutTokenAreRejectedWith401() {
        ObjectNode article = ArticleFiles.fromText("Titre\nUn texte sans jeton.");
        assertThat(client.submitArticle(null, article).status()).isEqualTo(401);
        assertThat(client.searchEntities(null, "macron").status()).isEqualTo(401);
        assertThat(client.submitArticle("not-a-token", article).status()).isEqualTo(401);
    }

    @Test
    void readerCanQueryButCannotSubmit() {
        String token = client.passwordToken(StackConfig.CLI_CLIENT, "reader", "reader");
        ObjectNode article = ArticleFiles.fromText("Titre\nUn lecteur ne publie pas.");

        assertThat(client.submitArticle(token, article).status()).isEqualTo(403);
        assertThat(client.searchEntities(token, "macron").status()).isEqualTo(200);
    }

    private static Optional<JsonNode> findEntity(ApiResponse response, String name) {
        if (response.status() != 200) {
            return Optional.empty();
        }
        for (JsonNode item : response.json().path("items")) {
            if (item.path("name").asText().equals(name)) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }

    /** The cleaned text the mention offsets refer to, as ingest-service published it on Kafka. */
    private static String publishedText(String articleId) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.kafkaBootstrap());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "e2e-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of(StackConfig.TOPIC));
            return await("the article-entities event of " + articleId)
                    .atMost(Duration.ofSeconds(60))
                    .until(
                            () -> {
                                for (ConsumerRecord<String, String> record :
                                        consumer.poll(Duration.ofMillis(500))) {
                                    if (articleId.equals(record.key())) {
                                        return Optional.of(
                                                NewsgraphClient.json()
                                                        .readTree(record.value())
                                                        .path("text")
                                                        .asText());
                                    }
                                }
                                return Optional.<String>empty();
                            },
                            Optional::isPresent)
                    .orElseThrow();
        }
    }
}
