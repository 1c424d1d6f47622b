package io.newsgraph.ingest.annotation;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.newsgraph.ingest.article.ArticleReceived;
import io.newsgraph.ingest.outbox.OutboxPublisher;
import io.newsgraph.ingest.pipeline.Backoff;
import io.newsgraph.ingest.pipeline.IngestConfig;
import io.newsgraph.ingest.pipeline.WakeableLoop;
import io.newsgraph.proto.nlp.v1.AnnotateResponse;
import io.newsgraph.proto.nlp.v1.ArticleError;
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
     * Runs {@code concurrency} lanes, each claiming up to {@code batch-size} due articles and
     * sending them through one AnnotateStream call, then the next batch, until none is due: with
     * two lanes nlp-service has the next batch in hand while the answers of the other are stored.
     * While the circuit towards nlp-service is open nothing is claimed; once its delay has passed a
     * single lane probes with a single article.
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
        return queue.claim(nlp.probing() ? 1 : config.batchSize(), config.lease())
                .flatMap(
                        claimed ->
                                claimed.isEmpty()
                                        ? Uni.createFrom().voidItem()
                                        : annotate(new AnnotationBatch(claimed))
                                                .flatMap(
                                                        ignored ->
                                                                nlp.probing()
                                                                        ? Uni.createFrom()
                                                                                .voidItem()
                                                                        : lane()));
    }

    private Uni<Void> annotate(AnnotationBatch batch) {
        return nlp.annotate(batch)
                .onItemOrFailure()
                .transformToUni((ignored, callFailure) -> settle(batch, callFailure));
    }

    /**
     * Records every article's outcome. Answered articles are stored together; an article
     * nlp-service answered with its own error is handled as that error. Articles left without an
     * answer by a call that failed: an outage releases them all without spending an attempt; any
     * other failure (deadline, engine crash) is charged to the article nlp-service was working on
     * (the first unanswered, since answers come in order) and the others go back at once, attempt
     * not spent.
     */
    private Uni<Void> settle(AnnotationBatch batch, Throwable callFailure) {
        List<AnnotationQueue.Annotated> annotated = new ArrayList<>(batch.size());
        List<Uni<Void>> outcomes = new ArrayList<>();
        boolean charged = false;
        for (int i = 0; i < batch.size(); i++) {
            ClaimedArticle article = batch.article(i);
            AnnotateResponse answer = batch.answer(i);
            if (answer != null && !answer.hasError()) {
                try {
                    annotated.add(
                            new AnnotationQueue.Annotated(
                                    article, ArticleEntitiesEvents.result(article, answer)));
                } catch (InvalidAnnotationException refused) {
                    outcomes.add(handleFailure(article, refused));
                }
            } else if (answer != null) {
                outcomes.add(handleFailure(article, articleFailure(answer.getError())));
            } else {
                Throwable failure =
                        callFailure != null
                                ? callFailure
                                : Status.INTERNAL
                                        .withDescription("nlp-service left the article unanswered")
                                        .asRuntimeException();
                if (AnnotationClient.outage(failure) || !charged) {
                    charged = charged || !AnnotationClient.outage(failure);
                    outcomes.add(handleFailure(article, failure));
                } else {
                    outcomes.add(
                            queue.release(
                                    article,
                                    truncate(
                                            "waiting for nlp-service: an earlier article of its"
                                                    + " batch ended the call ("
                                                    + describe(
                                                            failure, Status.fromThrowable(failure))
                                                    + ")"),
                                    Duration.ZERO));
                }
            }
        }
        outcomes.add(
                queue.complete(annotated)
                        .invoke(
                                stored -> {
                                    if (stored > 0) {
                                        LOG.debugf(
                                                "annotated %d article revision(s) of a batch of %d",
                                                (Object) stored, (Object) batch.size());
                                        publisher.wakeUp();
                                    }
                                })
                        .replaceWithVoid());
        return Uni.join().all(outcomes).andCollectFailures().replaceWithVoid();
    }

    /** An article's own error in a stream, as the status Annotate would have failed with. */
    private static StatusRuntimeException articleFailure(ArticleError error) {
        Status.Code code;
        try {
            code = Status.Code.valueOf(error.getCode());
        } catch (IllegalArgumentException unknown) {
            code = Status.Code.UNKNOWN;
        }
        String description = error.getMessage();
        if (error.getFieldsCount() > 0) {
            description += " (fields: " + String.join(", ", error.getFieldsList()) + ")";
        }
        return Status.fromCode(code).withDescription(description).asRuntimeException();
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
