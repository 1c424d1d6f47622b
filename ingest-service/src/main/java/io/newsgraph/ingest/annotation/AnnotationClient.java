package io.newsgraph.ingest.annotation;

import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusException;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.MetadataUtils;
import io.newsgraph.ingest.pipeline.IngestConfig;
import io.newsgraph.proto.nlp.v1.AnnotateRequest;
import io.newsgraph.proto.nlp.v1.MutinyNlpServiceGrpc.MutinyNlpServiceStub;
import io.quarkus.grpc.GrpcClient;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.faulttolerance.api.TypedGuard;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.util.TypeLiteral;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;

/**
 * Sends batches of articles through nlp-service's AnnotateStream with ingest-service's bearer
 * token, behind a SmallRye Fault Tolerance guard: a couple of quick retries with exponential
 * backoff for a blip (a retry sends only the articles still without an answer), and a circuit
 * breaker that stops calling while nlp-service is failing, so an outage costs the articles no
 * attempts. One call is one batch: the breaker counts calls, and a call fails when nlp-service ends
 * it (unreachable, token refused, models loading, deadline) or refuses articles because it is
 * overloaded. An article nlp- service answers with its own error (the stream goes on) is that
 * article's outcome, not a failed call.
 */
@ApplicationScoped
public class AnnotationClient {

    /** Name of the circuit breaker, as SmallRye's CircuitBreakerMaintenance knows it. */
    public static final String CIRCUIT_BREAKER = "nlp-service";

    private static final Logger LOG = Logger.getLogger(AnnotationClient.class);

    private static final Metadata.Key<String> AUTHORIZATION =
            Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

    /** Answers that say nlp-service (not the article) is in trouble: retried and counted. */
    private static final Set<Status.Code> SERVICE_TROUBLE =
            Set.of(
                    Status.Code.UNAVAILABLE,
                    Status.Code.RESOURCE_EXHAUSTED,
                    Status.Code.DEADLINE_EXCEEDED,
                    Status.Code.INTERNAL,
                    Status.Code.UNKNOWN);

    private final MutinyNlpServiceStub nlp;
    private final NlpAccessToken token;
    private final Duration deadline;
    private final Duration callBudget;
    private final Duration openDelay;
    private final TypedGuard<Uni<Void>> guard;
    private volatile CircuitBreakerState state = CircuitBreakerState.CLOSED;
    private volatile long openedAtNanos;

    public AnnotationClient(
            @GrpcClient("nlp") MutinyNlpServiceStub nlp,
            NlpAccessToken token,
            IngestConfig config) {
        this.nlp = nlp;
        this.token = token;
        IngestConfig.Annotation annotation = config.annotation();
        this.deadline = annotation.deadline();
        // A batch stays leased to this worker for `lease`: every call, and all quick retries
        // together, end within half of it each, so no other worker can take (and annotate again)
        // articles this one is still waiting for.
        this.callBudget = annotation.lease().dividedBy(2);
        this.openDelay = annotation.circuitBreaker().delay();
        this.guard =
                TypedGuard.create(new TypeLiteral<Uni<Void>>() {})
                        .withDescription("nlp-service AnnotateStream")
                        .withRetry()
                        .maxRetries(annotation.callRetry().maxRetries())
                        .delay(annotation.callRetry().delay().toMillis(), ChronoUnit.MILLIS)
                        .jitter(0, ChronoUnit.MILLIS)
                        .maxDuration(callBudget.toMillis(), ChronoUnit.MILLIS)
                        .withExponentialBackoff()
                        .factor(2)
                        .maxDelay(annotation.callRetry().maxDelay().toMillis(), ChronoUnit.MILLIS)
                        .done()
                        .whenException(AnnotationClient::worthRetrying)
                        .beforeRetry(this::beforeRetry)
                        .done()
                        .withCircuitBreaker()
                        .name(CIRCUIT_BREAKER)
                        .requestVolumeThreshold(
                                annotation.circuitBreaker().requestVolumeThreshold())
                        .failureRatio(annotation.circuitBreaker().failureRatio())
                        .delay(openDelay.toMillis(), ChronoUnit.MILLIS)
                        .successThreshold(1)
                        .when(AnnotationClient::serviceTrouble)
                        .onStateChange(this::stateChanged)
                        .done()
                        .build();
    }

    /**
     * Annotates the batch: completes once every article has an answer (some possibly with their own
     * error), fails with the call's failure otherwise; the answers received stay in the batch
     * either way.
     */
    public Uni<Void> annotate(AnnotationBatch batch) {
        return guard.get(() -> call(batch));
    }

    /**
     * False while the circuit is open and its delay has not passed: calls would be refused, so the
     * worker leaves articles where they are.
     */
    public boolean acceptsCalls() {
        return state != CircuitBreakerState.OPEN
                || System.nanoTime() - openedAtNanos >= openDelay.toNanos();
    }

    /** True unless the circuit is closed: only one article at a time should probe nlp-service. */
    public boolean probing() {
        return state != CircuitBreakerState.CLOSED;
    }

    public CircuitBreakerState circuitState() {
        return state;
    }

    /**
     * Whether a failed call says nothing about the article itself: nlp-service was unreachable,
     * overloaded, refused our token or the circuit was open.
     */
    public static boolean outage(Throwable failure) {
        if (failure instanceof CircuitBreakerOpenException) {
            return true;
        }
        if (!(failure instanceof StatusRuntimeException || failure instanceof StatusException)) {
            // Failed before nlp-service answered, e.g. while fetching our token.
            return true;
        }
        Status.Code code = Status.fromThrowable(failure).getCode();
        return code == Status.Code.UNAVAILABLE
                || code == Status.Code.RESOURCE_EXHAUSTED
                || code == Status.Code.UNAUTHENTICATED
                || code == Status.Code.PERMISSION_DENIED
                || code == Status.Code.CANCELLED;
    }

    private Uni<Void> call(AnnotationBatch batch) {
        List<Integer> pending = batch.toSend();
        if (pending.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return token.get()
                .flatMap(
                        bearer -> {
                            Metadata headers = new Metadata();
                            headers.put(AUTHORIZATION, "Bearer " + bearer);
                            Multi<AnnotateRequest> requests =
                                    Multi.createFrom().iterable(pending).map(batch::request);
                            AtomicInteger answered = new AtomicInteger();
                            // nlp-service answers in request order: the n-th answer is for the
                            // n-th article sent. The whole call may take the per-article deadline
                            // for each article, within half the lease; between two answers, no
                            // more than one deadline.
                            return nlp.withDeadlineAfter(
                                            Math.min(
                                                    deadline.toMillis() * pending.size(),
                                                    callBudget.toMillis()),
                                            TimeUnit.MILLISECONDS)
                                    .withInterceptors(
                                            MetadataUtils.newAttachHeadersInterceptor(headers))
                                    .annotateStream(requests)
                                    .ifNoItem()
                                    .after(deadline)
                                    .failWith(() -> silence(batch, pending, answered.get()))
                                    .onItem()
                                    .invoke(
                                            response -> {
                                                int next = answered.getAndIncrement();
                                                if (next >= pending.size()) {
                                                    throw Status.INTERNAL
                                                            .withDescription(
                                                                    "nlp-service answered more"
                                                                            + " articles than"
                                                                            + " were sent")
                                                            .asRuntimeException();
                                                }
                                                batch.answered(pending.get(next), response);
                                            })
                                    .collect()
                                    .last()
                                    .replaceWithVoid()
                                    .invoke(() -> checkAnswered(batch, pending, answered.get()));
                        });
    }

    private StatusRuntimeException silence(
            AnnotationBatch batch, List<Integer> pending, int answered) {
        String waitingFor =
                answered < pending.size()
                        ? AnnotationBatch.correlationId(batch.article(pending.get(answered)))
                        : "the end of the stream";
        return Status.DEADLINE_EXCEEDED
                .withDescription(
                        "no answer from nlp-service within "
                                + deadline
                                + " (waiting for "
                                + waitingFor
                                + ")")
                .asRuntimeException();
    }

    private static void checkAnswered(AnnotationBatch batch, List<Integer> pending, int answered) {
        if (answered < pending.size()) {
            throw Status.INTERNAL
                    .withDescription(
                            "nlp-service ended the stream after "
                                    + answered
                                    + " of "
                                    + pending.size()
                                    + " answers")
                    .asRuntimeException();
        }
        int overloaded = batch.overloaded(pending);
        if (overloaded > 0) {
            // Counted by the breaker and retried like an overloaded unary call.
            throw Status.RESOURCE_EXHAUSTED
                    .withDescription(
                            "nlp-service is overloaded: "
                                    + overloaded
                                    + " of "
                                    + pending.size()
                                    + " articles refused")
                    .asRuntimeException();
        }
    }

    /** Drops the cached token so the next call fetches a new one. */
    public void tokenRejected() {
        token.invalidate();
    }

    private void beforeRetry(Throwable failure) {
        if (Status.fromThrowable(failure).getCode() == Status.Code.UNAUTHENTICATED) {
            token.invalidate();
        }
    }

    private void stateChanged(CircuitBreakerState next) {
        if (next == CircuitBreakerState.OPEN) {
            openedAtNanos = System.nanoTime();
        }
        state = next;
        LOG.infof("circuit breaker towards nlp-service is now %s", next);
    }

    private static boolean worthRetrying(Throwable failure) {
        if (failure instanceof CircuitBreakerOpenException) {
            return false;
        }
        Status.Code code = Status.fromThrowable(failure).getCode();
        return code == Status.Code.UNAVAILABLE
                || code == Status.Code.RESOURCE_EXHAUSTED
                || code == Status.Code.UNAUTHENTICATED;
    }

    private static boolean serviceTrouble(Throwable failure) {
        return SERVICE_TROUBLE.contains(Status.fromThrowable(failure).getCode());
    }
}
