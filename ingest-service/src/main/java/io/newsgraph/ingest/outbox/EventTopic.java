package io.newsgraph.ingest.outbox;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.util.JsonFormat;
import io.newsgraph.ingest.pipeline.IngestConfig;
import io.newsgraph.proto.events.v1.ArticleEntitiesEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * The Kafka side of the outbox. Events go out in Kafka transactions, so a failed attempt is either
 * wholly visible to read-committed consumers or not at all, and an attempt whose outcome was lost
 * can be settled by reading the topic ({@link #alreadyPublished}). Used from the publisher's own
 * thread only: every call blocks.
 */
@ApplicationScoped
public class EventTopic {

    /** Header carrying the revision, so the topic can be searched without parsing payloads. */
    public static final String REVISION_HEADER = "newsgraph-revision";

    public static final String OUTBOX_ID_HEADER = "newsgraph-outbox-id";

    private static final Logger LOG = Logger.getLogger(EventTopic.class);

    /**
     * Producer clocks (record timestamps) and the database clock (doubt) may disagree this much.
     */
    private static final Duration CLOCK_MARGIN = Duration.ofMinutes(2);

    private static final Duration SCAN_LIMIT = Duration.ofSeconds(30);

    private final Map<String, Object> clientConfig;
    private final String transactionalId;
    private KafkaProducer<String, String> producer;

    public EventTopic(Config config, IngestConfig ingest) {
        this.clientConfig = clientConfig(config);
        this.transactionalId = ingest.publication().transactionalId();
    }

    /**
     * Sends the events in one Kafka transaction and returns once it is committed.
     *
     * @throws SendFailure saying whether the events may nevertheless be on the topic
     */
    public void send(List<OutboxEvent> events) throws SendFailure {
        // Until commitTransaction is called the records can never become visible: the broker
        // aborts the transaction when the next producer with our id starts, or when it times out.
        boolean committing = false;
        try {
            KafkaProducer<String, String> active = producer();
            active.beginTransaction();
            List<Future<?>> acks = new ArrayList<>(events.size());
            for (OutboxEvent event : events) {
                ProducerRecord<String, String> record =
                        new ProducerRecord<>(event.topic(), event.key(), event.payload());
                record.headers()
                        .add(REVISION_HEADER, bytes(Integer.toString(event.revision())))
                        .add(OUTBOX_ID_HEADER, bytes(Long.toString(event.id())));
                Future<?> ack = active.send(record);
                if (ack.isDone()) {
                    // Refused at once, e.g. no broker answered within max.block.ms: the attempt
                    // ends here rather than waiting that long again for each remaining record.
                    ack.get();
                }
                acks.add(ack);
            }
            for (Future<?> ack : acks) {
                ack.get();
            }
            committing = true;
            active.commitTransaction();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw abandon(e, committing);
        } catch (ExecutionException e) {
            throw abandon(e.getCause(), committing);
        } catch (RuntimeException e) {
            throw abandon(e, committing);
        }
    }

    /**
     * The events among {@code candidates} that a committed transaction already holds. Reads the
     * partitions from the earliest doubt on, up to the last stable offset.
     */
    public Set<Long> alreadyPublished(List<OutboxEvent> candidates) throws SendFailure {
        Instant since =
                candidates.stream()
                        .map(OutboxEvent::inDoubtSince)
                        .min(Instant::compareTo)
                        .orElseThrow()
                        .minus(CLOCK_MARGIN);
        Map<String, Long> wanted = new HashMap<>();
        for (OutboxEvent event : candidates) {
            wanted.put(event.key() + "/" + event.revision(), event.id());
        }
        Set<String> topics =
                candidates.stream().map(OutboxEvent::topic).collect(Collectors.toSet());
        Set<Long> found = new HashSet<>();
        try {
            // A producer starting with our transactional id first completes or aborts whatever
            // transaction an earlier one of ours left open: what the scan reads is then final.
            producer();
        } catch (RuntimeException e) {
            close();
            throw new SendFailure(describe(e), e, true, false);
        }
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                for (PartitionInfo info : consumer.partitionsFor(topic, SCAN_LIMIT)) {
                    partitions.add(new TopicPartition(topic, info.partition()));
                }
            }
            consumer.assign(partitions);
            Map<TopicPartition, Long> timestamps = new HashMap<>();
            partitions.forEach(partition -> timestamps.put(partition, since.toEpochMilli()));
            Map<TopicPartition, OffsetAndTimestamp> starts =
                    consumer.offsetsForTimes(timestamps, SCAN_LIMIT);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, SCAN_LIMIT);
            for (TopicPartition partition : partitions) {
                OffsetAndTimestamp start = starts.get(partition);
                consumer.seek(partition, start == null ? ends.get(partition) : start.offset());
            }
            long deadline = System.nanoTime() + SCAN_LIMIT.toNanos();
            while (!reachedEnd(consumer, partitions, ends)) {
                if (System.nanoTime() > deadline) {
                    throw new SendFailure(
                            "the topic could not be read to its end within " + SCAN_LIMIT,
                            null,
                            true,
                            false);
                }
                for (ConsumerRecord<String, String> record :
                        consumer.poll(Duration.ofMillis(200))) {
                    Long id = wanted.get(record.key() + "/" + revision(record));
                    if (id != null) {
                        found.add(id);
                    }
                }
            }
        } catch (RuntimeException e) {
            throw new SendFailure(describe(e), e, true, false);
        }
        return found;
    }

    /** Closes the producer; the next send starts a new one. */
    public synchronized void close() {
        if (producer != null) {
            try {
                producer.close(Duration.ofSeconds(5));
            } catch (RuntimeException e) {
                LOG.debugf(e, "closing the Kafka producer");
            }
            producer = null;
        }
    }

    private KafkaProducer<String, String> producer() {
        if (producer == null) {
            Properties properties = new Properties();
            properties.putAll(clientConfig);
            properties.put("key.serializer", StringSerializer.class.getName());
            properties.put("value.serializer", StringSerializer.class.getName());
            properties.put("acks", "all");
            properties.put("enable.idempotence", "true");
            properties.put("transactional.id", transactionalId);
            // Shorter than the outbox lease: a transaction left open by a dead instance is aborted
            // by the broker before another instance may claim the same events.
            properties.putIfAbsent("transaction.timeout.ms", "30000");
            properties.putIfAbsent("delivery.timeout.ms", "30000");
            properties.putIfAbsent("request.timeout.ms", "10000");
            properties.putIfAbsent("max.block.ms", "10000");
            properties.putIfAbsent("linger.ms", "5");
            // Events carry the whole article text (up to 2 MB); compressed they stay far smaller.
            properties.putIfAbsent("compression.type", "gzip");
            properties.putIfAbsent("max.request.size", Integer.toString(8 * 1024 * 1024));
            KafkaProducer<String, String> created = new KafkaProducer<>(properties);
            try {
                // Fences an earlier producer with the same id and settles its open transaction.
                created.initTransactions();
            } catch (RuntimeException e) {
                created.close(Duration.ZERO);
                throw e;
            }
            producer = created;
        }
        return producer;
    }

    private KafkaConsumer<String, String> consumer() {
        Properties properties = new Properties();
        properties.putAll(clientConfig);
        properties.put("key.deserializer", StringDeserializer.class.getName());
        properties.put("value.deserializer", StringDeserializer.class.getName());
        properties.put("isolation.level", "read_committed");
        properties.put("enable.auto.commit", "false");
        properties.put("auto.offset.reset", "earliest");
        properties.putIfAbsent("request.timeout.ms", "10000");
        properties.putIfAbsent("default.api.timeout.ms", "15000");
        return new KafkaConsumer<>(properties);
    }

    /**
     * Drops the producer after a failure; the next one fences it. The events may be on the topic
     * only if the commit was requested and its answer was lost.
     */
    private SendFailure abandon(Throwable failure, boolean committing) {
        if (producer != null) {
            try {
                producer.close(Duration.ZERO);
            } catch (RuntimeException closeFailure) {
                LOG.debugf(closeFailure, "closing the Kafka producer");
            }
            producer = null;
        }
        return new SendFailure(describe(failure), failure, committing, rejectsRecord(failure));
    }

    private static boolean rejectsRecord(Throwable failure) {
        return failure instanceof RecordTooLargeException
                || failure instanceof RecordBatchTooLargeException
                || failure instanceof InvalidTopicException
                || failure instanceof SerializationException;
    }

    private static boolean reachedEnd(
            KafkaConsumer<?, ?> consumer,
            List<TopicPartition> partitions,
            Map<TopicPartition, Long> ends) {
        for (TopicPartition partition : partitions) {
            if (consumer.position(partition, SCAN_LIMIT) < ends.get(partition)) {
                return false;
            }
        }
        return true;
    }

    private static String revision(ConsumerRecord<String, String> record) {
        Header header = record.headers().lastHeader(REVISION_HEADER);
        if (header != null) {
            return new String(header.value(), StandardCharsets.UTF_8);
        }
        // Events published before the header existed carry the revision only in the payload.
        ArticleEntitiesEvent.Builder event = ArticleEntitiesEvent.newBuilder();
        try {
            JsonFormat.parser().ignoringUnknownFields().merge(record.value(), event);
            return Integer.toString(event.getRevision());
        } catch (InvalidProtocolBufferException | RuntimeException e) {
            return "";
        }
    }

    private static Map<String, Object> clientConfig(Config config) {
        Map<String, Object> clientConfig = new HashMap<>();
        for (String listed : config.getPropertyNames()) {
            // Profile-specific entries (%test.kafka.x) are read through their plain name.
            String name =
                    listed.startsWith("%") ? listed.substring(listed.indexOf('.') + 1) : listed;
            if (name.startsWith("kafka.") && !name.equals("kafka.bootstrap.servers")) {
                config.getOptionalValue(name, String.class)
                        .ifPresent(
                                value ->
                                        clientConfig.put(name.substring("kafka.".length()), value));
            }
        }
        clientConfig.put(
                "bootstrap.servers", config.getValue("kafka.bootstrap.servers", String.class));
        return clientConfig;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String describe(Throwable failure) {
        return failure.getClass().getSimpleName() + ": " + failure.getMessage();
    }

    /**
     * A send or search that did not complete. {@code inDoubt}: the events may be on the topic;
     * {@code rejected}: Kafka refuses these records themselves, retrying will not help.
     */
    public static final class SendFailure extends Exception {

        private final boolean inDoubt;
        private final boolean rejected;

        SendFailure(String message, Throwable cause, boolean inDoubt, boolean rejected) {
            super(message, cause);
            this.inDoubt = inDoubt;
            this.rejected = rejected;
        }

        public boolean inDoubt() {
            return inDoubt;
        }

        public boolean rejected() {
            return rejected;
        }
    }
}
