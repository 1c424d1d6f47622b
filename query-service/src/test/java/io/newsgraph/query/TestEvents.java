package io.newsgraph.query;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Timestamp;
import com.google.protobuf.util.JsonFormat;
import io.newsgraph.proto.events.v1.ArticleEntitiesEvent;
import io.newsgraph.proto.nlp.v1.Entity;
import io.newsgraph.proto.nlp.v1.EntityType;
import io.newsgraph.proto.nlp.v1.Mention;
import io.newsgraph.testsupport.KafkaTestResource;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishes article events on the real test broker exactly as ingest-service does. */
public final class TestEvents {

    public static final String TOPIC = "article-entities";

    private static KafkaProducer<String, String> producer;

    private TestEvents() {}

    /**
     * Starts an event for a new article with this text; entities are found by their surface forms.
     */
    public static ArticleEvent article(String title, String text) {
        return new ArticleEvent(UUID.randomUUID(), title, text);
    }

    /** Starts an event for another revision of an existing article. */
    public static ArticleEvent article(String id, String title, String text) {
        return new ArticleEvent(UUID.fromString(id), title, text);
    }

    /** A name nobody else uses, so tests never see each other's entities ("Witkoff Qzrtbe"). */
    public static String unique(String name) {
        StringBuilder suffix = new StringBuilder(" ");
        suffix.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        for (int i = 0; i < 7; i++) {
            suffix.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return name + suffix;
    }

    public static void send(ArticleEntitiesEvent event) {
        try {
            sendRaw(event.getArticleId(), JsonFormat.printer().print(event));
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void sendRaw(String key, String value) {
        try {
            producer().send(new ProducerRecord<>(TOPIC, key, value)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not publish a test event", e);
        }
    }

    /** Publishes many records without waiting for each, then waits until all are acknowledged. */
    public static void sendAllRaw(List<String[]> keysAndValues) {
        KafkaProducer<String, String> producer = producer();
        keysAndValues.forEach(kv -> producer.send(new ProducerRecord<>(TOPIC, kv[0], kv[1])));
        producer.flush();
    }

    private static synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer =
                    new KafkaProducer<>(
                            Map.of(
                                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                                    KafkaTestResource.bootstrapServers(),
                                    ProducerConfig.ACKS_CONFIG,
                                    "all"),
                            new StringSerializer(),
                            new StringSerializer());
        }
        return producer;
    }

    /** Builder of one article event. */
    public static final class ArticleEvent {
        private final ArticleEntitiesEvent.Builder event;

        // Like a NER engine, mentions never overlap: "Witkoff" inside an earlier "Steve Witkoff"
        // is not a mention of its own, so list fuller forms first.
        private boolean[] taken;

        ArticleEvent(UUID id, String title, String text) {
            this.event =
                    ArticleEntitiesEvent.newBuilder()
                            .setArticleId(id.toString())
                            .setRevision(1)
                            .setTitle(title)
                            .setUrl("https://news.example/" + id)
                            .setSource("example-news")
                            .setLanguage("en")
                            .setText(text)
                            .setPublishedAt(timestamp(Instant.parse("2025-03-01T08:00:00Z")))
                            .setReceivedAt(timestamp(Instant.now()));
        }

        public String id() {
            return event.getArticleId();
        }

        public ArticleEvent revision(int revision) {
            event.setRevision(revision);
            return this;
        }

        public ArticleEvent publishedAt(Instant publishedAt) {
            event.setPublishedAt(timestamp(publishedAt));
            return this;
        }

        public ArticleEvent language(String language) {
            event.setLanguage(language);
            return this;
        }

        /** Adds an entity mentioned wherever one of its surface forms occurs in the text. */
        public ArticleEvent entity(String name, EntityType type, double salience, String... forms) {
            Entity.Builder entity =
                    Entity.newBuilder().setName(name).setType(type).setSalience(salience);
            String text = event.getText();
            if (taken == null) {
                taken = new boolean[text.length()];
            }
            for (String form : forms.length == 0 ? new String[] {name} : forms) {
                for (int at = text.indexOf(form);
                        at >= 0;
                        at = text.indexOf(form, at + form.length())) {
                    if (taken[at]) {
                        continue;
                    }
                    Arrays.fill(taken, at, at + form.length(), true);
                    entity.addMentions(
                            Mention.newBuilder()
                                    .setBegin(at)
                                    .setEnd(at + form.length())
                                    .setText(form));
                }
            }
            event.addEntities(entity);
            return this;
        }

        public ArticleEntitiesEvent build() {
            return event.build();
        }

        public ArticleEvent send() {
            TestEvents.send(build());
            return this;
        }
    }

    private static Timestamp timestamp(Instant instant) {
        return Timestamp.newBuilder()
                .setSeconds(instant.getEpochSecond())
                .setNanos(instant.getNano())
                .build();
    }
}
