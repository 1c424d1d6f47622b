package io.newsgraph.query.graph;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Builds the graph from topic {@code article-entities}. Redelivery and out-of-order revisions are
 * normal; a record that cannot be read is logged and skipped so it never blocks its partition.
 */
@ApplicationScoped
public class ArticleEntitiesConsumer {

    private static final Logger LOG = Logger.getLogger(ArticleEntitiesConsumer.class);

    private final ArticleGraphWriter writer;

    public ArticleEntitiesConsumer(ArticleGraphWriter writer) {
        this.writer = writer;
    }

    @Incoming("article-entities")
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        ArticleUpdate update;
        try {
            update = ArticleEntitiesEvents.parse(record.value());
        } catch (MalformedEventException e) {
            LOG.warnf(
                    "skipping malformed record at %s-%d@%d (key %s): %s",
                    record.topic(),
                    record.partition(),
                    record.offset(),
                    record.key(),
                    e.getMessage());
            return Uni.createFrom().voidItem();
        }
        return Panache.withTransaction(() -> writer.apply(update))
                // Concurrent writers creating the same entity, or a lost connection, pass on retry.
                .onFailure()
                .retry()
                .withBackOff(Duration.ofMillis(100), Duration.ofSeconds(2))
                .atMost(3)
                .invoke(
                        outcome ->
                                LOG.debugf(
                                        "article %s revision %d: %s",
                                        update.articleId(), update.revision(), outcome))
                .onFailure()
                .recoverWithItem(
                        failure -> {
                            LOG.errorf(
                                    failure,
                                    "could not store article %s revision %d from %s-%d@%d; skipped",
                                    update.articleId(),
                                    update.revision(),
                                    record.topic(),
                                    record.partition(),
                                    record.offset());
                            return null;
                        })
                .replaceWithVoid();
    }
}
