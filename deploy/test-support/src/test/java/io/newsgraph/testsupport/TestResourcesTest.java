package io.newsgraph.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** The shared fixtures do what the services' tests rely on. */
class TestResourcesTest {

    @Test
    void everyApplicationStartGetsItsOwnWorkingDatabase() throws Exception {
        Map<String, String> first = new PostgresTestResource().start();
        Map<String, String> second = new PostgresTestResource().start();
        assertThat(first.get("quarkus.datasource.jdbc.url"))
                .isNotEqualTo(second.get("quarkus.datasource.jdbc.url"));

        try (Connection connection =
                DriverManager.getConnection(
                        first.get("quarkus.datasource.jdbc.url"),
                        first.get("quarkus.datasource.username"),
                        first.get("quarkus.datasource.password"))) {
            connection.createStatement().execute("CREATE TABLE article (title text)");
            connection.createStatement().execute("INSERT INTO article VALUES ('Paris talks')");
            ResultSet rows = connection.createStatement().executeQuery("SELECT title FROM article");
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("Paris talks");
        }
    }

    @Test
    void brokerDeliversWhatIsProduced() throws Exception {
        String servers = new KafkaTestResource().start().get("kafka.bootstrap.servers");
        Properties producerConfig = new Properties();
        producerConfig.put("bootstrap.servers", servers);
        producerConfig.put("key.serializer", StringSerializer.class.getName());
        producerConfig.put("value.serializer", StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig)) {
            producer.send(new ProducerRecord<>("fixture-check", "article-1", "{}")).get();
        }

        Properties consumerConfig = new Properties();
        consumerConfig.put("bootstrap.servers", servers);
        consumerConfig.put("group.id", "fixture-check");
        consumerConfig.put("auto.offset.reset", "earliest");
        consumerConfig.put("key.deserializer", StringDeserializer.class.getName());
        consumerConfig.put("value.deserializer", StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig)) {
            consumer.subscribe(List.of("fixture-check"));
            ConsumerRecords<String, String> records = ConsumerRecords.empty();
            for (int i = 0; i < 20 && records.isEmpty(); i++) {
                records = consumer.poll(Duration.ofMillis(500));
            }
            assertThat(records.count()).isEqualTo(1);
            assertThat(records.iterator().next().key()).isEqualTo("article-1");
        }
    }

    @Test
    void stoppedBrokerComesBackOnTheSamePortWithItsRecords() throws Exception {
        String servers = new KafkaTestResource().start().get("kafka.bootstrap.servers");
        Properties producerConfig = new Properties();
        producerConfig.put("bootstrap.servers", servers);
        producerConfig.put("key.serializer", StringSerializer.class.getName());
        producerConfig.put("value.serializer", StringSerializer.class.getName());
        producerConfig.put("max.block.ms", "2000");
        producerConfig.put("delivery.timeout.ms", "3000");
        producerConfig.put("request.timeout.ms", "1000");
        producerConfig.put("linger.ms", "0");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig)) {
            producer.send(new ProducerRecord<>("restart-check", "before", "{}")).get();

            KafkaTestResource.stopBroker();
            try {
                assertThatThrownBy(
                                () ->
                                        producer.send(
                                                        new ProducerRecord<>(
                                                                "restart-check",
                                                                "while-down",
                                                                "{}"))
                                                .get())
                        .hasCauseInstanceOf(org.apache.kafka.common.errors.TimeoutException.class);
            } finally {
                KafkaTestResource.startBroker();
            }
            assertThat(KafkaTestResource.bootstrapServers()).isEqualTo(servers);
            producer.send(new ProducerRecord<>("restart-check", "after", "{}")).get();
        }

        Properties consumerConfig = new Properties();
        consumerConfig.put("bootstrap.servers", servers);
        consumerConfig.put("group.id", "restart-check");
        consumerConfig.put("auto.offset.reset", "earliest");
        consumerConfig.put("key.deserializer", StringDeserializer.class.getName());
        consumerConfig.put("value.deserializer", StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig)) {
            consumer.subscribe(List.of("restart-check"));
            List<String> keys = new java.util.ArrayList<>();
            for (int i = 0; i < 20 && keys.size() < 2; i++) {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> keys.add(record.key()));
            }
            assertThat(keys).containsExactly("before", "after");
        }
    }

    @Test
    void tokensCarryKeycloakStyleRealmRolesAndTheProvidersIssuer() throws Exception {
        OidcTestResource oidc = new OidcTestResource();
        Map<String, String> config = oidc.start();
        try {
            String token = TestTokens.accessToken("alice", "reader", "editor");
            String claims =
                    new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), "UTF-8");
            assertThat(claims)
                    .contains("\"realm_access\":{\"roles\":[\"reader\",\"editor\"]}")
                    .contains("\"iss\":\"" + TestTokens.ISSUER + "\"");

            HttpResponse<String> discovery =
                    HttpClient.newHttpClient()
                            .send(
                                    HttpRequest.newBuilder(
                                                    URI.create(
                                                            config.get(
                                                                            "quarkus.oidc.auth-server-url")
                                                                    + "/.well-known/openid-configuration"))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString());
            assertThat(discovery.statusCode()).isEqualTo(200);
            assertThat(discovery.body()).contains("jwks_uri");
        } finally {
            oidc.stop();
        }
    }
}
