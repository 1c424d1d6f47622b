package io.newsgraph.nlp.annotation;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.BadRequest;
import io.grpc.Context;
import io.grpc.Deadline;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.newsgraph.proto.nlp.v1.AnnotateRequest;
import io.newsgraph.proto.nlp.v1.AnnotateResponse;
import io.newsgraph.proto.nlp.v1.ArticleError;
import io.newsgraph.proto.nlp.v1.NlpService;
import io.quarkus.grpc.GrpcService;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import java.util.Set;
import org.jboss.logging.Logger;

/** newsgraph.nlp.v1.NlpService: only callers holding the {@code annotate} role may annotate. */
@GrpcService
@RolesAllowed("annotate")
public class NlpGrpcService implements NlpService {

    private static final Logger LOG = Logger.getLogger(NlpGrpcService.class);

    /** Failures that concern one article of a batch; any other status ends the whole stream. */
    private static final Set<Status.Code> ARTICLE_FAILURES =
            Set.of(Status.Code.INVALID_ARGUMENT, Status.Code.RESOURCE_EXHAUSTED);

    private final ArticleAnnotator annotator;
    private final AnnotationWorkers workers;

    NlpGrpcService(ArticleAnnotator annotator, AnnotationWorkers workers) {
        this.annotator = annotator;
        this.workers = workers;
    }

    @Override
    public Uni<AnnotateResponse> annotate(AnnotateRequest request) {
        return annotator.annotate(request, Context.current().getDeadline());
    }

    @Override
    public Multi<AnnotateResponse> annotateStream(Multi<AnnotateRequest> requests) {
        Deadline deadline = Context.current().getDeadline();
        // Twice the threads in flight: a finished article is replaced before a core idles.
        return InOrder.map(
                requests,
                2 * workers.size(),
                request ->
                        annotator
                                .annotate(request, deadline)
                                .onFailure(failure -> concernsTheArticle(failure))
                                .recoverWithItem(failure -> articleError(request, failure))
                                .onFailure(StatusRuntimeException.class)
                                .transform(failure -> naming(request, failure)));
    }

    private static boolean concernsTheArticle(Throwable failure) {
        if (failure instanceof StatusRuntimeException status) {
            return ARTICLE_FAILURES.contains(status.getStatus().getCode());
        }
        // An unexpected failure while annotating one text: that article is lost, not the batch.
        return true;
    }

    /** One bad article of a batch is answered as such and the batch goes on. */
    private static AnnotateResponse articleError(AnnotateRequest request, Throwable failure) {
        ArticleError.Builder error = ArticleError.newBuilder();
        if (failure instanceof StatusRuntimeException status) {
            error.setCode(status.getStatus().getCode().name())
                    .setMessage(String.valueOf(status.getStatus().getDescription()));
            com.google.rpc.Status details = StatusProto.fromThrowable(failure);
            if (details != null) {
                details.getDetailsList().stream()
                        .filter(any -> any.is(BadRequest.class))
                        .forEach(
                                any -> {
                                    try {
                                        any.unpack(BadRequest.class)
                                                .getFieldViolationsList()
                                                .forEach(v -> error.addFields(v.getField()));
                                    } catch (InvalidProtocolBufferException e) {
                                        LOG.debug("unreadable BadRequest detail", e);
                                    }
                                });
            }
        } else {
            LOG.errorf(
                    failure,
                    "Annotating article %s of a stream failed",
                    request.getCorrelationId());
            error.setCode(Status.Code.INTERNAL.name())
                    .setMessage("the article could not be annotated: " + failure);
        }
        return AnnotateResponse.newBuilder()
                .setCorrelationId(request.getCorrelationId())
                .setError(error)
                .build();
    }

    /** A failure that ends a batch says which article it happened on. */
    private static Throwable naming(AnnotateRequest request, Throwable failure) {
        Status status = Status.fromThrowable(failure);
        Metadata trailers = Status.trailersFromThrowable(failure);
        return status.augmentDescription("correlation_id=" + request.getCorrelationId())
                .asRuntimeException(trailers);
    }
}
