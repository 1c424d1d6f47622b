package io.newsgraph.nlp.annotation;

import io.grpc.Context;
import io.grpc.Deadline;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.newsgraph.proto.nlp.v1.AnnotateRequest;
import io.newsgraph.proto.nlp.v1.AnnotateResponse;
import io.newsgraph.proto.nlp.v1.NlpService;
import io.quarkus.grpc.GrpcService;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;

/** newsgraph.nlp.v1.NlpService: only callers holding the {@code annotate} role may annotate. */
@GrpcService
@RolesAllowed("annotate")
public class NlpGrpcService implements NlpService {

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
                                .onFailure(StatusRuntimeException.class)
                                .transform(failure -> naming(request, failure)));
    }

    /** A failure inside a batch says which article caused it. */
    private static Throwable naming(AnnotateRequest request, Throwable failure) {
        Status status = Status.fromThrowable(failure);
        Metadata trailers = Status.trailersFromThrowable(failure);
        return status.augmentDescription("correlation_id=" + request.getCorrelationId())
                .asRuntimeException(trailers);
    }
}
