package io.newsgraph.ingest.outbox;

import io.newsgraph.ingest.pipeline.Backoff;
import io.newsgraph.ingest.pipeline.IngestConfig;
import io.newsgraph.ingest.pipeline.WakeableLoop;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Sends outbox events to Kafka one at a time, in the order they were written, and records each
 * acknowledgement. A crash between the acknowledgement and the record resends the event; consumers
 * are idempotent on (article id, revision).
 */
@ApplicationScoped
public class OutboxPublisher {

    private static final Logger LOG = Logger.getLogger(OutboxPublisher.class);

    private final Outbox outbox;
    private final MutinyEmitter<String> emitter;
    private final IngestConfig.Publication config;
    private final WakeableLoop loop;

    public OutboxPublisher(
            Outbox outbox,
            @Channel("article-entities") MutinyEmitter<String> emitter,
            IngestConfig config) {
        this.outbox = outbox;
        this.emitter = emitter;
        this.config = config.publication();
        this.loop = new WakeableLoop("publication", this::drain);
    }

    /** Called once new events are committed. */
    public void wakeUp() {
        loop.wakeUp();
    }

    @Scheduled(
            identity = "outbox-poll",
            every = "${ingest.publication.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void poll() {
        loop.wakeUp();
    }

    void onShutdown(@Observes ShutdownEvent shutdown) {
        loop.stop();
    }

    private Uni<Void> drain() {
        return outbox.claim(config.batchSize(), config.lease())
                .flatMap(
                        events ->
                                events.isEmpty()
                                        ? Uni.createFrom().voidItem()
                                        : publishAll(events).flatMap(ignored -> drain()));
    }

    private Uni<Void> publishAll(List<OutboxEvent> events) {
        return Multi.createFrom()
                .iterable(events)
                .onItem()
                .transformToUniAndConcatenate(this::publish)
                .collect()
                .last()
                .replaceWithVoid();
    }

    private Uni<Void> publish(OutboxEvent event) {
        Message<String> message =
                Message.of(event.payload())
                        .addMetadata(
                                OutgoingKafkaRecordMetadata.<String>builder()
                                        .withTopic(event.topic())
                                        .withKey(event.key())
                                        .build());
        return emitter.sendMessage(message)
                .flatMap(acknowledged -> outbox.markPublished(event))
                .invoke(
                        () ->
                                LOG.debugf(
                                        "published article %s revision %d",
                                        event.articleId(), event.revision()))
                .onFailure()
                .recoverWithUni(failure -> handleFailure(event, failure));
    }

    private Uni<Void> handleFailure(OutboxEvent event, Throwable failure) {
        String error = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        if (event.attempt() >= config.maxAttempts()) {
            LOG.warnf(
                    "event of article %s revision %d not published after %d attempt(s): %s",
                    event.articleId(), event.revision(), event.attempt(), error);
            return outbox.markFailed(
                    event, "publication failed after " + event.attempt() + " attempt(s): " + error);
        }
        Duration delay =
                Backoff.after(event.attempt(), config.initialBackoff(), config.maxBackoff());
        LOG.infof(
                "event of article %s revision %d: publication attempt %d failed (%s), retrying in"
                        + " %s",
                event.articleId(), event.revision(), event.attempt(), error, delay);
        return outbox.retryLater(event, error, delay);
    }
}
