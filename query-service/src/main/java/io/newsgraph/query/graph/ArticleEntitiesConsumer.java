package io.newsgraph.query.graph;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Builds the graph from topic {@code article-entities}, one poll's batch per transaction so that a
 * replay of the topic goes at hundreds of articles per second. Redelivery and out-of-order
 * revisions are normal; a record that cannot be read is logged and skipped so it never blocks its
 * partition, and a batch that keeps failing is retried record by record to isolate the culprit.
 */
@ApplicationScoped
public class ArticleEntitiesConsumer {

    private static final Logger LOG = Logger.getLogger(ArticleEntitiesConsumer.class);

    private final ArticleGraphWriter writer;

    public ArticleEntitiesConsumer(ArticleGraphWriter writer) {
        this.writer = writer;
    }

    @Incoming("article-entities")
    public Uni<Void> consume(ConsumerRecords<String, String> records) {
        List<ConsumerRecord<String, String>> readable = new ArrayList<>();
        List<ArticleUpdate> updates = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            try {
                updates.add(ArticleEntitiesEvents.parse(record.value()));
                readable.add(record);
            } catch (MalformedEventException e) {
                LOG.warnf(
                        "skipping malformed record at %s-%d@%d (key %s): %s",
                        record.topic(),
                        record.partition(),
                        record.offset(),
                        record.key(),
                        e.getMessage());
            }
        }
        if (updates.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return store(updates)
                .invoke(outcome -> LOG.debugf("batch of %d records: %s", updates.size(), outcome))
                .replaceWithVoid()
                .onFailure()
                .recoverWithUni(
                        failure -> {
                            if (updates.size() == 1) {
                                return skip(readable.get(0), updates.get(0), failure);
                            }
                            LOG.warnf(
                                    failure,
                                    "batch of %d records failed; storing them one by one",
                                    updates.size());
                            return Multi.createFrom()
                                    .range(0, updates.size())
                                    .onItem()
                                    .transformToUniAndConcatenate(
                                            i ->
                                                    store(List.of(updates.get(i)))
                                                            .replaceWithVoid()
                                                            .onFailure()
                                                            .recoverWithUni(
                                                                    e ->
                                                                            skip(
                                                                                    readable.get(i),
                                                                                    updates.get(i),
                                                                                    e)))
                                    .collect()
                                    .last()
                                    .replaceWithVoid();
                        });
    }

    private Uni<ArticleGraphWriter.Outcome> store(List<ArticleUpdate> updates) {
        return Panache.withTransaction(() -> writer.apply(updates))
                // A lost connection or a serialisation failure passes on retry.
                .onFailure()
                .retry()
                .withBackOff(Duration.ofMillis(100), Duration.ofSeconds(2))
                .atMost(3);
    }

    private static Uni<Void> skip(
            ConsumerRecord<String, String> record, ArticleUpdate update, Throwable failure) {
        LOG.errorf(
                failure,
                "could not store article %s revision %d from %s-%d@%d; skipped",
                update.articleId(),
                update.revision(),
                record.topic(),
                record.partition(),
                record.offset());
        return Uni.createFrom().voidItem();
    }
}
