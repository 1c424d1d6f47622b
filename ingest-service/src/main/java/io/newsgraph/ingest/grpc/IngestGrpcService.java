package io.newsgraph.ingest.grpc;

import com.google.protobuf.Any;
import com.google.protobuf.Timestamp;
import com.google.rpc.BadRequest;
import com.google.rpc.Code;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.newsgraph.ingest.article.Acceptance;
import io.newsgraph.ingest.article.Article;
import io.newsgraph.ingest.article.ArticleIntake;
import io.newsgraph.ingest.article.ArticleNotFoundException;
import io.newsgraph.ingest.article.ArticleSubmission;
import io.newsgraph.ingest.article.FieldViolation;
import io.newsgraph.ingest.article.InvalidArticleException;
import io.newsgraph.proto.ingest.v1.ArticleStatus;
import io.newsgraph.proto.ingest.v1.GetArticleStatusRequest;
import io.newsgraph.proto.ingest.v1.IngestService;
import io.newsgraph.proto.ingest.v1.Status;
import io.newsgraph.proto.ingest.v1.SubmitArticleRequest;
import io.newsgraph.proto.ingest.v1.SubmitArticleResponse;
import io.quarkus.grpc.GrpcService;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/** gRPC intake: the same rules and answers as the REST API, for feeds and CMS integrations. */
@GrpcService
@RolesAllowed("ingest")
public class IngestGrpcService implements IngestService {

    private final ArticleIntake intake;

    public IngestGrpcService(ArticleIntake intake) {
        this.intake = intake;
    }

    @Override
    public Uni<SubmitArticleResponse> submitArticle(SubmitArticleRequest request) {
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
        return requests.onItem()
                .transformToUniAndConcatenate(
                        request ->
                                intake.submit(toSubmission(request))
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
