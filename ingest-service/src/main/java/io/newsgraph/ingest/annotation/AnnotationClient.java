package io.newsgraph.ingest.annotation;

import io.grpc.Metadata;
import io.grpc.stub.MetadataUtils;
import io.newsgraph.ingest.pipeline.IngestConfig;
import io.newsgraph.proto.nlp.v1.AnnotateRequest;
import io.newsgraph.proto.nlp.v1.AnnotateResponse;
import io.newsgraph.proto.nlp.v1.MutinyNlpServiceGrpc.MutinyNlpServiceStub;
import io.quarkus.grpc.GrpcClient;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Calls nlp-service's Annotate with ingest-service's bearer token and a per-call deadline. */
@ApplicationScoped
public class AnnotationClient {

    private static final Metadata.Key<String> AUTHORIZATION =
            Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

    private final MutinyNlpServiceStub nlp;
    private final NlpAccessToken token;
    private final Duration deadline;

    public AnnotationClient(
            @GrpcClient("nlp") MutinyNlpServiceStub nlp,
            NlpAccessToken token,
            IngestConfig config) {
        this.nlp = nlp;
        this.token = token;
        this.deadline = config.annotation().deadline();
    }

    public Uni<AnnotateResponse> annotate(ClaimedArticle article) {
        AnnotateRequest request =
                AnnotateRequest.newBuilder()
                        .setText(article.text())
                        .setTitle(article.title())
                        .setLanguageHint(
                                article.languageHint() == null ? "" : article.languageHint())
                        .setCorrelationId(article.id() + "/" + article.revision())
                        .build();
        return token.get()
                .flatMap(
                        bearer -> {
                            Metadata headers = new Metadata();
                            headers.put(AUTHORIZATION, "Bearer " + bearer);
                            return nlp.withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS)
                                    .withInterceptors(
                                            MetadataUtils.newAttachHeadersInterceptor(headers))
                                    .annotate(request);
                        });
    }

    /** Drops the cached token so the next call fetches a new one. */
    public void tokenRejected() {
        token.invalidate();
    }
}
