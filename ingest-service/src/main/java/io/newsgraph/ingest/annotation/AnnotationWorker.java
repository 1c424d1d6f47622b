package io.newsgraph.ingest.annotation;

import io.grpc.Status;
import io.newsgraph.ingest.article.ArticleReceived;
import io.newsgraph.ingest.outbox.OutboxPublisher;
import io.newsgraph.ingest.pipeline.Backoff;
import io.newsgraph.ingest.pipeline.IngestConfig;
import io.newsgraph.ingest.pipeline.WakeableLoop;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
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

    /** Claims due articles a handful at a time until none is left. */
    private Uni<Void> drain() {
        return queue.claim(config.concurrency(), config.lease())
                .flatMap(
                        claimed ->
                                claimed.isEmpty()
                                        ? Uni.createFrom().voidItem()
                                        : annotateAll(claimed).flatMap(ignored -> drain()));
    }

    private Uni<Void> annotateAll(List<ClaimedArticle> claimed) {
        return Multi.createFrom()
                .iterable(claimed)
                .onItem()
                .transformToUni(this::annotate)
                .merge(config.concurrency())
                .collect()
                .last()
                .replaceWithVoid();
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
        Status status = Status.fromThrowable(failure);
        if (status.getCode() == Status.Code.UNAUTHENTICATED) {
            nlp.tokenRejected();
        }
        String error = describe(failure, status);
        boolean permanent = status.getCode() == Status.Code.INVALID_ARGUMENT;
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
