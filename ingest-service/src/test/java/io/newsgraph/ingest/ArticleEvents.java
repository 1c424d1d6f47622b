package io.newsgraph.ingest;

import static org.awaitility.Awaitility.await;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.util.JsonFormat;
import io.newsgraph.proto.events.v1.ArticleEntitiesEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;

/** A plain Kafka consumer on {@code article-entities}, as query-service would read it. */
public final class ArticleEvents implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> received = new ArrayList<>();

    private ArticleEvents(KafkaConsumer<String, String> consumer) {
        this.consumer = consumer;
    }

    /** Subscribes from the beginning of the topic, to the broker the application publishes to. */
    public static ArticleEvents subscribe() {
        return subscribe(false);
    }

    /**
     * As {@link #subscribe()}; {@code readCommitted} reads as query-service should, seeing only
     * committed Kafka transactions.
     */
    public static ArticleEvents subscribe(boolean readCommitted) {
        return subscribe(
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class),
                readCommitted);
    }

    /** As {@link #subscribe(boolean)}, to the given broker. */
    public static ArticleEvents subscribe(String bootstrapServers, boolean readCommitted) {
        Properties config = new Properties();
        config.put("isolation.level", readCommitted ? "read_committed" : "read_uncommitted");
        config.put("bootstrap.servers", bootstrapServers);
        config.put("group.id", "ingest-test-" + UUID.randomUUID());
        config.put("auto.offset.reset", "earliest");
        config.put("key.deserializer", StringDeserializer.class.getName());
        config.put("value.deserializer", StringDeserializer.class.getName());
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config);
        consumer.subscribe(List.of("article-entities"));
        return new ArticleEvents(consumer);
    }

    /** Waits until {@code count} records keyed by the article id have arrived and returns them. */
    public List<ConsumerRecord<String, String>> awaitRecords(String articleId, int count) {
        await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> {
                            poll(Duration.ofMillis(200));
                            return recordsFor(articleId).size() >= count;
                        });
        return recordsFor(articleId);
    }

    /**
     * Reads whatever else arrives during {@code quiet}, then returns every record of the article.
     */
    public List<ConsumerRecord<String, String>> recordsAfterQuietPeriod(
            String articleId, Duration quiet) {
        long deadline = System.nanoTime() + quiet.toNanos();
        while (System.nanoTime() < deadline) {
            poll(Duration.ofMillis(100));
        }
        return recordsFor(articleId);
    }

    /**
     * Reads what arrives during {@code quiet}, then counts the records of each (article id,
     * revision) among {@code articleIds}.
     */
    public Map<String, Long> countsByRevisionAfterQuietPeriod(
            Collection<String> articleIds, Duration quiet) {
        long deadline = System.nanoTime() + quiet.toNanos();
        while (System.nanoTime() < deadline) {
            poll(Duration.ofMillis(100));
        }
        Map<String, Long> counts = new TreeMap<>();
        for (ConsumerRecord<String, String> record : received) {
            if (articleIds.contains(record.key())) {
                counts.merge(record.key() + "/" + parse(record).getRevision(), 1L, Long::sum);
            }
        }
        return counts;
    }

    public static ArticleEntitiesEvent parse(ConsumerRecord<String, String> record) {
        ArticleEntitiesEvent.Builder event = ArticleEntitiesEvent.newBuilder();
        try {
            JsonFormat.parser().ignoringUnknownFields().merge(record.value(), event);
        } catch (InvalidProtocolBufferException e) {
            throw new AssertionError("not an ArticleEntitiesEvent: " + record.value(), e);
        }
        return event.build();
    }

    private void poll(Duration timeout) {
        consumer.poll(timeout).forEach(received::add);
    }

    private List<ConsumerRecord<String, String>> recordsFor(String articleId) {
        return received.stream().filter(record -> articleId.equals(record.key())).toList();
    }

    @Override
    public void close() {
        consumer.close();
    }
}
