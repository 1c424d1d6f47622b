package io.newsgraph.ingest.admin;

import io.newsgraph.ingest.annotation.AnnotationClient;
import io.newsgraph.ingest.article.Acceptance;
import io.newsgraph.ingest.article.ArticleIntake;
import io.newsgraph.ingest.article.ArticleReceipt;
import io.newsgraph.ingest.article.ArticleReceived;
import io.newsgraph.ingest.article.ArticleStatus;
import io.newsgraph.ingest.article.FailedArticles;
import io.newsgraph.ingest.article.FailedArticles.FailedArticle;
import io.newsgraph.ingest.outbox.OutboxPublisher;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Event;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Operators' view of the pipeline: failed articles, and sending them through again. */
@Path("/api/v1/admin")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    private static final int MAX_LIMIT = 10_000;

    private final ArticleIntake intake;
    private final FailedArticles failed;
    private final PipelineStatus pipeline;
    private final AnnotationClient nlp;
    private final OutboxPublisher publisher;
    private final Event<ArticleReceived> received;

    public AdminResource(
            ArticleIntake intake,
            FailedArticles failed,
            PipelineStatus pipeline,
            AnnotationClient nlp,
            OutboxPublisher publisher,
            Event<ArticleReceived> received) {
        this.intake = intake;
        this.failed = failed;
        this.pipeline = pipeline;
        this.nlp = nlp;
        this.publisher = publisher;
        this.received = received;
    }

    @POST
    @Path("articles/{id}/retry")
    @Operation(
            summary = "Send a FAILED article through the pipeline again",
            description =
                    "200 with the article re-queued (RECEIVED, or ANNOTATED when only publication"
                            + " failed); 409 when the article is not FAILED; 404 when unknown.")
    public Uni<ArticleReceipt> retry(@PathParam("id") String id) {
        return intake.find(id)
                .flatMap(
                        article ->
                                failed.requeue(List.of(article.id))
                                        .map(
                                                requeued -> {
                                                    if (requeued.isEmpty()) {
                                                        throw new NotFailedException(
                                                                article.id, article.status);
                                                    }
                                                    return requeued.get(0);
                                                }))
                .invoke(acceptance -> wakeUp(List.of(acceptance)))
                .map(ArticleReceipt::of);
    }

    @POST
    @Path("articles/retry-failed")
    @Operation(
            summary = "Re-queue FAILED articles, those that failed first first",
            description = "Answers how many were re-queued and their receipts.")
    public Uni<RetryReport> retryFailed(@QueryParam("limit") @DefaultValue("1000") int limit) {
        return failed.requeueOldest(clamp(limit))
                .invoke(this::wakeUp)
                .map(
                        requeued ->
                                new RetryReport(
                                        requeued.size(),
                                        requeued.stream().map(ArticleReceipt::of).toList()));
    }

    @GET
    @Path("articles/failed")
    @Operation(summary = "FAILED articles with their reason, those that failed first first")
    public Uni<List<FailedArticle>> listFailed(
            @QueryParam("limit") @DefaultValue("100") int limit) {
        return failed.list(clamp(limit));
    }

    @GET
    @Path("pipeline")
    @Operation(summary = "Articles per status, outbox backlog and the circuit towards nlp-service")
    public Uni<PipelineStatus.View> pipeline() {
        return pipeline.view(nlp.circuitState().name());
    }

    private void wakeUp(List<Acceptance> requeued) {
        requeued.stream()
                .filter(acceptance -> acceptance.status() == ArticleStatus.RECEIVED)
                .findFirst()
                .ifPresent(
                        acceptance ->
                                received.fire(
                                        new ArticleReceived(
                                                acceptance.id(), acceptance.revision())));
        if (requeued.stream()
                .anyMatch(acceptance -> acceptance.status() == ArticleStatus.ANNOTATED)) {
            publisher.wakeUp();
        }
    }

    private static int clamp(int limit) {
        return Math.max(1, Math.min(limit, MAX_LIMIT));
    }

    /** Answer to a bulk retry. */
    public record RetryReport(int requeued, List<ArticleReceipt> articles) {}

    /** The article exists but is not FAILED, so there is nothing to retry. */
    public static class NotFailedException extends RuntimeException {
        public NotFailedException(UUID id, ArticleStatus status) {
            super("article " + id + " is " + status + ", not FAILED: nothing to retry");
        }
    }
}
