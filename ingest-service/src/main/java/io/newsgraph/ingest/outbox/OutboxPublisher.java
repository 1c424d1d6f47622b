package io.newsgraph.ingest.outbox;

import io.newsgraph.ingest.outbox.EventTopic.SendFailure;
import io.newsgraph.ingest.pipeline.Backoff;
import io.newsgraph.ingest.pipeline.IngestConfig;
import io.newsgraph.ingest.pipeline.WakeableLoop;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Moves outbox events to Kafka, a claimed batch per Kafka transaction, and records each outcome.
 * Exactly one event per revision reaches the topic: an attempt whose outcome was lost (a crash or a
 * timed-out commit) is settled by looking for the event on the topic before sending it again. Kafka
 * being unreachable never fails an event; only records Kafka refuses outright do.
 */
@ApplicationScoped
public class OutboxPublisher {

    private static final Logger LOG = Logger.getLogger(OutboxPublisher.class);

    private static final int MAX_ERROR_LENGTH = 2000;

    private final Outbox outbox;
    private final EventTopic topic;
    private final IngestConfig.Publication config;
    private final WakeableLoop loop;
    // Kafka's clients block: the publisher runs on its own thread, never on the event loop.
    private final ExecutorService thread =
            Executors.newSingleThreadExecutor(
                    task -> {
                        Thread publisher = new Thread(task, "outbox-publisher");
                        publisher.setDaemon(true);
                        return publisher;
                    });

    public OutboxPublisher(Outbox outbox, EventTopic topic, IngestConfig config) {
        this.outbox = outbox;
        this.topic = topic;
        this.config = config.publication();
        this.loop =
                new WakeableLoop(
                        "publication",
                        () ->
                                Uni.createFrom()
                                        .<Void>item(
                                                () -> {
                                                    drain();
                                                    return null;
                                                })
                                        .runSubscriptionOn(thread));
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
        thread.shutdown();
        try {
            thread.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        topic.close();
    }

    private void drain() {
        while (!thread.isShutdown()) {
            List<OutboxEvent> events =
                    outbox.claim(config.batchSize(), config.lease()).await().indefinitely();
            if (events.isEmpty()) {
                return;
            }
            publish(events);
        }
    }

    private void publish(List<OutboxEvent> claimed) {
        List<OutboxEvent> doubtful =
                claimed.stream().filter(event -> event.inDoubtSince() != null).toList();
        List<OutboxEvent> toSend = claimed;
        if (!doubtful.isEmpty()) {
            Set<Long> onTopic;
            try {
                onTopic = topic.alreadyPublished(doubtful);
            } catch (SendFailure failure) {
                retryLaterKeepingDoubt(claimed, failure);
                return;
            }
            List<OutboxEvent> found =
                    doubtful.stream().filter(event -> onTopic.contains(event.id())).toList();
            if (!found.isEmpty()) {
                LOG.infof(
                        "%d event(s) whose earlier attempt had an unknown outcome are on the topic;"
                                + " recorded without sending again",
                        found.size());
                outbox.markPublished(found).await().indefinitely();
            }
            toSend = claimed.stream().filter(event -> !onTopic.contains(event.id())).toList();
        }
        if (!toSend.isEmpty()) {
            send(toSend);
        }
    }

    private void send(List<OutboxEvent> events) {
        try {
            topic.send(events);
        } catch (SendFailure failure) {
            if (failure.rejected() && events.size() > 1 && !failure.inDoubt()) {
                // One record Kafka refuses must not hold back the others: send them one by one.
                for (OutboxEvent event : events) {
                    send(List.of(event));
                }
                return;
            }
            handleFailure(events, failure);
            return;
        }
        outbox.markPublished(events).await().indefinitely();
        LOG.debugf("published %d event(s)", events.size());
    }

    private void handleFailure(List<OutboxEvent> events, SendFailure failure) {
        String error = truncate(failure.getMessage());
        if (failure.rejected() && !failure.inDoubt()) {
            OutboxEvent event = events.get(0);
            LOG.warnf(
                    "Kafka refuses the event of article %s revision %d: %s",
                    event.articleId(), event.revision(), error);
            outbox.markFailed(event, truncate("Kafka refuses the event: " + error))
                    .await()
                    .indefinitely();
            return;
        }
        Duration delay = delay(events);
        LOG.infof(
                "%d event(s) not published (%s)%s; retrying in %s",
                events.size(), error, failure.inDoubt() ? ", outcome unknown" : "", delay);
        // Each event's earliest doubtful attempt was settled before sending: only this attempt's
        // start matters now.
        outbox.retryLater(events, error, delay, failure.inDoubt() ? earliestClaim(events) : null)
                .await()
                .indefinitely();
    }

    private void retryLaterKeepingDoubt(List<OutboxEvent> events, SendFailure failure) {
        Duration delay = delay(events);
        LOG.infof(
                "%d event(s) wait: the topic could not be searched for earlier attempts (%s);"
                        + " retrying in %s",
                events.size(), failure.getMessage(), delay);
        outbox.retryLaterKeepingDoubt(events, truncate(failure.getMessage()), delay)
                .await()
                .indefinitely();
    }

    private Duration delay(List<OutboxEvent> events) {
        int attempt = events.stream().mapToInt(OutboxEvent::attempt).min().orElse(1);
        return Backoff.after(attempt, config.initialBackoff(), config.maxBackoff());
    }

    private static java.time.Instant earliestClaim(List<OutboxEvent> events) {
        List<java.time.Instant> claims = new ArrayList<>();
        events.forEach(event -> claims.add(event.claimedAt()));
        return claims.stream().min(java.time.Instant::compareTo).orElseThrow();
    }

    private static String truncate(String error) {
        if (error == null) {
            return "unknown error";
        }
        return error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
    }
}
