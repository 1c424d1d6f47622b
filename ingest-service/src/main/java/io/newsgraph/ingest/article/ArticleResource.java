package io.newsgraph.ingest.article;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/articles")
@RolesAllowed("ingest")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {

    /** Largest batch accepted in one call. */
    public static final int MAX_BATCH = 500;

    private final ArticleIntake intake;
    private final IntakeRateLimiter limiter;
    private final SecurityIdentity caller;

    public ArticleResource(
            ArticleIntake intake, IntakeRateLimiter limiter, SecurityIdentity caller) {
        this.intake = intake;
        this.limiter = limiter;
        this.caller = caller;
    }

    @POST
    @Operation(
            summary = "Submit one article",
            description =
                    "202 when a new article or revision was stored, 200 when the same content was"
                            + " already stored; 429 with Retry-After when the client is over its"
                            + " article allowance.")
    public Uni<RestResponse<ArticleReceipt>> submit(ArticleSubmission article) {
        limiter.admit(caller, 1);
        return intake.submit(article)
                .map(
                        acceptance ->
                                RestResponse.ResponseBuilder.create(
                                                acceptance.changed()
                                                        ? RestResponse.Status.ACCEPTED
                                                        : RestResponse.Status.OK,
                                                ArticleReceipt.of(acceptance))
                                        .location(URI.create("/api/v1/articles/" + acceptance.id()))
                                        .build());
    }

    @POST
    @Path("batch")
    @Operation(
            summary = "Submit up to 500 articles",
            description =
                    "207 with one result per article, in order; invalid items do not stop the"
                            + " others. The batch counts as its number of articles against the"
                            + " client's allowance (429 with Retry-After, nothing stored).")
    public Uni<RestResponse<BatchReceipt>> submitBatch(List<ArticleSubmission> articles) {
        if (articles == null || articles.isEmpty()) {
            throw new InvalidArticleException(
                    List.of(
                            new FieldViolation(
                                    "articles", "a JSON array of articles is required")));
        }
        if (articles.size() > MAX_BATCH) {
            throw new InvalidArticleException(
                    List.of(
                            new FieldViolation(
                                    "articles",
                                    "at most "
                                            + MAX_BATCH
                                            + " articles per batch, got "
                                            + articles.size())));
        }
        limiter.admit(caller, articles.size());
        return intake.submitAll(articles)
                .map(
                        results ->
                                RestResponse.ResponseBuilder.<BatchReceipt>create(207)
                                        .entity(BatchReceipt.of(results))
                                        .build());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Status of an article's latest revision")
    public Uni<ArticleStatusView> status(@PathParam("id") String id) {
        return intake.find(id).map(ArticleStatusView::of);
    }
}
