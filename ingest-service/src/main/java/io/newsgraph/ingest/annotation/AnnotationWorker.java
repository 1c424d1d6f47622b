package io.newsgraph.ingest.annotation;

import io.grpc.Status;
import io.newsgraph.ingest.article.ArticleReceived;
import io.newsgraph.ingest.outbox.OutboxPublisher;
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
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;

/**
 * Annotates stored articles in the background. Work is taken from the database, not from memory, so
 * articles accepted before a restart, or whose worker died, are picked up again once their lease
 * ends.
 */
@ApplicationScoped
public class AnnotationWorker {

    private static final Logger LOG = Logger.getLogger(AnnotationWorker.class);

    private static final int MAX_ERROR_LENGTH = 2000;

    /** nlp-service refuses the article itself: asking again gets the same answer. */
    private static final Set<Status.Code> PERMANENT =
            Set.of(
                    Status.Code.INVALID_ARGUMENT,
                    Status.Code.FAILED_PRECONDITION,
                    Status.Code.OUT_OF_RANGE,
                    Status.Code.UNIMPLEMENTED);

    private final AnnotationQueue queue;
    private final AnnotationClient nlp;
    private final OutboxPublisher publisher;
    private final IngestConfig.Annotation config;
    private final WakeableLoop loop;

    public AnnotationWorker(
            AnnotationQueue queue,
            AnnotationClient nlp,
            OutboxPublisher publisher,
            IngestConfig config) {
        this.queue = queue;
        this.nlp = nlp;
        this.publisher = publisher;
        this.config = config.annotation();
        this.loop = new WakeableLoop("annotation", this::drain);
    }

    void onReceived(@Observes ArticleReceived received) {
        loop.wakeUp();
    }

    @Scheduled(
            identity = "annotation-poll",
            every = "${ingest.annotation.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void poll() {
        loop.wakeUp();
    }

    void onShutdown(@Observes ShutdownEvent shutdown) {
        loop.stop();
    }

    /**
     * Runs {@code concurrency} lanes, each claiming and annotating one article after another until
     * none is due, so nlp-service always has that many articles in hand. While the circuit towards
     * nlp-service is open nothing is claimed; once its delay has passed a single lane probes.
     */
    private Uni<Void> drain() {
        if (!nlp.acceptsCalls()) {
            return Uni.createFrom().voidItem();
        }
        int lanes = nlp.probing() ? 1 : config.concurrency();
        List<Uni<Void>> running = new ArrayList<>(lanes);
        for (int i = 0; i < lanes; i++) {
            running.add(lane());
        }
        return Uni.join().all(running).andCollectFailures().replaceWithVoid();
    }

    private Uni<Void> lane() {
        if (!nlp.acceptsCalls()) {
            return Uni.createFrom().voidItem();
        }
        return queue.claim(1, config.lease())
                .flatMap(
                        claimed ->
                                claimed.isEmpty()
                                        ? Uni.createFrom().voidItem()
                                        : annotate(claimed.get(0))
                                                .flatMap(
                                                        ignored ->
                                                                nlp.probing()
                                                                        ? Uni.createFrom()
                                                                                .voidItem()
                                                                        : lane()));
    }

    private Uni<Void> annotate(ClaimedArticle article) {
        return nlp.annotate(article)
                .map(response -> ArticleEntitiesEvents.result(article, response))
                .flatMap(result -> queue.complete(article, result))
                .invoke(
                        stored -> {
                            if (stored) {
                                LOG.debugf(
                                        "annotated article %s revision %d",
                                        article.id(), article.revision());
                                publisher.wakeUp();
                            }
                        })
                .replaceWithVoid()
                .onFailure()
                .recoverWithUni(failure -> handleFailure(article, failure));
    }

    private Uni<Void> handleFailure(ClaimedArticle article, Throwable failure) {
        if (failure instanceof InvalidAnnotationException) {
            LOG.warnf(
                    "article %s revision %d FAILED: %s",
                    article.id(), article.revision(), failure.getMessage());
            return queue.fail(article, truncate("annotation refused: " + failure.getMessage()));
        }
        Status status = Status.fromThrowable(failure);
        if (status.getCode() == Status.Code.UNAUTHENTICATED) {
            nlp.tokenRejected();
        }
        String error = describe(failure, status);
        if (AnnotationClient.outage(failure)) {
            Duration delay =
                    failure instanceof CircuitBreakerOpenException
                            ? config.circuitBreaker().delay()
                            : Backoff.after(
                                    article.attempt(),
                                    config.initialBackoff(),
                                    config.maxBackoff());
            LOG.debugf(
                    "article %s revision %d waits for nlp-service (%s), next try in %s",
                    article.id(), article.revision(), error, delay);
            return queue.release(article, truncate("waiting for nlp-service: " + error), delay);
        }
        boolean permanent = PERMANENT.contains(status.getCode());
        if (permanent || article.attempt() >= config.maxAttempts()) {
            LOG.warnf(
                    "article %s revision %d FAILED after %d attempt(s): %s",
                    article.id(), article.revision(), article.attempt(), error);
            return queue.fail(
                    article,
                    truncate(
                            "annotation failed after "
                                    + article.attempt()
                                    + " attempt(s): "
                                    + error));
        }
        Duration delay =
                Backoff.after(article.attempt(), config.initialBackoff(), config.maxBackoff());
        LOG.infof(
                "article %s revision %d: annotation attempt %d failed (%s), retrying in %s",
                article.id(), article.revision(), article.attempt(), error, delay);
        return queue.retryLater(article, truncate(error), delay);
    }

    private static String describe(Throwable failure, Status status) {
        if (status.getCode() != Status.Code.UNKNOWN || status.getCause() == null) {
            return status.getDescription() == null
                    ? status.getCode().name()
                    : status.getCode() + ": " + status.getDescription();
        }
        return failure.getClass().getSimpleName() + ": " + failure.getMessage();
    }

    private static String truncate(String error) {
        return error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
    }
}
