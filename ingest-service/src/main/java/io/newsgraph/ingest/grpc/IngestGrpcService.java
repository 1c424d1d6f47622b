package io.newsgraph.ingest.grpc;

import com.google.protobuf.Any;
import com.google.protobuf.Timestamp;
import com.google.rpc.BadRequest;
import com.google.rpc.Code;
import com.google.rpc.RetryInfo;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.newsgraph.ingest.article.Acceptance;
import io.newsgraph.ingest.article.Article;
import io.newsgraph.ingest.article.ArticleIntake;
import io.newsgraph.ingest.article.ArticleNotFoundException;
import io.newsgraph.ingest.article.ArticleSubmission;
import io.newsgraph.ingest.article.FieldViolation;
import io.newsgraph.ingest.article.IntakeRateLimitedException;
import io.newsgraph.ingest.article.IntakeRateLimiter;
import io.newsgraph.ingest.article.InvalidArticleException;
import io.newsgraph.proto.ingest.v1.ArticleStatus;
import io.newsgraph.proto.ingest.v1.GetArticleStatusRequest;
import io.newsgraph.proto.ingest.v1.IngestService;
import io.newsgraph.proto.ingest.v1.Status;
import io.newsgraph.proto.ingest.v1.SubmitArticleRequest;
import io.newsgraph.proto.ingest.v1.SubmitArticleResponse;
import io.quarkus.grpc.GrpcService;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/** gRPC intake: the same rules and answers as the REST API, for feeds and CMS integrations. */
@GrpcService
@RolesAllowed("ingest")
public class IngestGrpcService implements IngestService {

    private final ArticleIntake intake;
    private final IntakeRateLimiter limiter;
    private final SecurityIdentity caller;

    public IngestGrpcService(
            ArticleIntake intake, IntakeRateLimiter limiter, SecurityIdentity caller) {
        this.intake = intake;
        this.limiter = limiter;
        this.caller = caller;
    }

    @Override
    public Uni<SubmitArticleResponse> submitArticle(SubmitArticleRequest request) {
        try {
            limiter.admit(caller, 1);
        } catch (IntakeRateLimitedException limited) {
            return Uni.createFrom().failure(resourceExhausted(limited));
        }
        return intake.submit(toSubmission(request))
                .map(IngestGrpcService::toResponse)
                .onFailure(InvalidArticleException.class)
                .transform(
                        failure ->
                                invalidArgument(((InvalidArticleException) failure).violations()));
    }

    @Override
    public Multi<SubmitArticleResponse> submitArticles(Multi<SubmitArticleRequest> requests) {
        // One answer per article, in order; a rejected article is reported and the feed goes on.
        // A feed over its allowance is slowed down, not refused: the next article is read once the
        // allowance has room, and gRPC flow control makes the sender wait meanwhile.
        String client = IntakeRateLimiter.clientOf(caller);
        return requests.onItem()
                .transformToUniAndConcatenate(
                        request ->
                                allowance(client)
                                        .chain(() -> intake.submit(toSubmission(request)))
                                        .map(IngestGrpcService::toResponse)
                                        .onFailure(InvalidArticleException.class)
                                        .recoverWithItem(
                                                failure ->
                                                        SubmitArticleResponse.newBuilder()
                                                                .setError(
                                                                        describe(
                                                                                ((InvalidArticleException)
                                                                                                failure)
                                                                                        .violations()))
                                                                .build()));
    }

    @Override
    public Uni<ArticleStatus> getArticleStatus(GetArticleStatusRequest request) {
        return intake.find(request.getId())
                .map(IngestGrpcService::toStatus)
                .onFailure(ArticleNotFoundException.class)
                .transform(
                        failure ->
                                io.grpc.Status.NOT_FOUND
                                        .withDescription(failure.getMessage())
                                        .asRuntimeException());
    }

    private static final Duration ONE_MILLISECOND = Duration.ofMillis(1);

    /** Completes once the client's allowance admits one more article. */
    private Uni<Void> allowance(String client) {
        Duration wait = limiter.tryAdmit(client, 1);
        if (wait.isZero()) {
            return Uni.createFrom().voidItem();
        }
        // Timers count whole milliseconds and refuse less than one: a shorter wait is rounded up.
        Duration delay = wait.compareTo(ONE_MILLISECOND) < 0 ? ONE_MILLISECOND : wait;
        return Uni.createFrom()
                .voidItem()
                .onItem()
                .delayIt()
                .by(delay)
                .chain(() -> allowance(client));
    }

    /** RESOURCE_EXHAUSTED carrying a google.rpc.RetryInfo with the wait. */
    private static StatusRuntimeException resourceExhausted(IntakeRateLimitedException limited) {
        RetryInfo retry =
                RetryInfo.newBuilder()
                        .setRetryDelay(
                                com.google.protobuf.Duration.newBuilder()
                                        .setSeconds(limited.retryAfter().getSeconds())
                                        .setNanos(limited.retryAfter().getNano()))
                        .build();
        com.google.rpc.Status status =
                com.google.rpc.Status.newBuilder()
                        .setCode(Code.RESOURCE_EXHAUSTED_VALUE)
                        .setMessage(limited.getMessage())
                        .addDetails(Any.pack(retry))
                        .build();
        return StatusProto.toStatusRuntimeException(status);
    }

    static ArticleSubmission toSubmission(SubmitArticleRequest request) {
        return new ArticleSubmission(
                emptyToNull(request.getExternalId()),
                emptyToNull(request.getSource()),
                emptyToNull(request.getUrl()),
                request.getTitle(),
                request.hasBody() ? request.getBody() : null,
                request.hasHtml() ? request.getHtml() : null,
                emptyToNull(request.getLanguage()),
                request.hasPublishedAt() ? toInstant(request.getPublishedAt()) : null);
    }

    private static String toInstant(Timestamp timestamp) {
        return Instant.ofEpochSecond(timestamp.getSeconds(), timestamp.getNanos()).toString();
    }

    private static SubmitArticleResponse toResponse(Acceptance acceptance) {
        return SubmitArticleResponse.newBuilder()
                .setId(acceptance.id().toString())
                .setStatus(Status.valueOf(acceptance.status().name()))
                .setRevision(acceptance.revision())
                .setChanged(acceptance.changed())
                .build();
    }

    private static ArticleStatus toStatus(Article article) {
        ArticleStatus.Builder status =
                ArticleStatus.newBuilder()
                        .setId(article.id.toString())
                        .setStatus(Status.valueOf(article.status.name()))
                        .setRevision(article.revision);
        String language = article.language != null ? article.language : article.languageHint;
        if (language != null) {
            status.setLanguage(language);
        }
        if (article.error != null
                && (article.status == io.newsgraph.ingest.article.ArticleStatus.FAILED
                        || article.status == io.newsgraph.ingest.article.ArticleStatus.RECEIVED)) {
            status.setError(article.error);
        }
        return status.build();
    }

    /** INVALID_ARGUMENT carrying a google.rpc.BadRequest with one field violation per field. */
    private static StatusRuntimeException invalidArgument(List<FieldViolation> violations) {
        BadRequest.Builder badRequest = BadRequest.newBuilder();
        for (FieldViolation violation : violations) {
            badRequest.addFieldViolations(
                    BadRequest.FieldViolation.newBuilder()
                            .setField(violation.field())
                            .setDescription(violation.message()));
        }
        com.google.rpc.Status status =
                com.google.rpc.Status.newBuilder()
                        .setCode(Code.INVALID_ARGUMENT_VALUE)
                        .setMessage(describe(violations))
                        .addDetails(Any.pack(badRequest.build()))
                        .build();
        return StatusProto.toStatusRuntimeException(status);
    }

    private static String describe(List<FieldViolation> violations) {
        return violations.stream()
                .map(violation -> violation.field() + ": " + violation.message())
                .collect(Collectors.joining("; "));
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
