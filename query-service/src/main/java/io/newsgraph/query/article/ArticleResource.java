package io.newsgraph.query.article;

import io.newsgraph.query.api.Page;
import io.newsgraph.query.api.Problem;
import io.newsgraph.query.api.QueryParameters;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("reader")
@Tag(name = "articles", description = "Articles in their current revision, newest first.")
@APIResponse(responseCode = "401", description = "No token or an invalid one.")
@APIResponse(responseCode = "403", description = "The token lacks role reader.")
public class ArticleResource {

    private final ArticleService articles;

    public ArticleResource(ArticleService articles) {
        this.articles = articles;
    }

    @GET
    @Operation(
            summary = "List articles, newest first",
            description =
                    "Optionally only articles naming an entity, matching a full-text query (in the"
                        + " article's language: French or English stemming, accents ignored), or"
                        + " seen within [from, to). Cursor pagination: pass `next` back as"
                        + " `cursor`.")
    @APIResponse(
            responseCode = "200",
            description = "One page of articles.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "page",
                                            value =
                                                    """
                                                    {"items": [{"id": "3f1c2a52-7d41-4b8e-9f3a-2c6d1e0b9a77",
                                                      "title": "Witkoff à Moscou", "url": "https://news.example/witkoff-moscou",
                                                      "source": "example-news", "language": "fr",
                                                      "publishedAt": "2025-03-01T08:00:00Z", "revision": 1}],
                                                     "next": "YXJ0aWNsZXMudjEfMjAyNS0wMy0wMVQwODowMDowMFofM2YxYzJhNTI"}
                                                    """)))
    @APIResponse(
            responseCode = "400",
            description = "Bad parameters, each named in `violations`.",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class)))
    public Uni<Page<ArticleSummary>> list(
            @Parameter(description = "Id of an entity the articles name.") @RestQuery String entity,
            @Parameter(
                            description =
                                    "Full-text query (web search syntax: words, \"phrases\","
                                            + " -excluded, or).",
                            example = "négociations Moscou")
                    @RestQuery
                    String q,
            @Parameter(
                            description = "Earliest seen time, ISO instant or date.",
                            example = "2025-03-01")
                    @RestQuery
                    String from,
            @Parameter(
                            description = "Seen before this time, ISO instant or date.",
                            example = "2025-04-01")
                    @RestQuery
                    String to,
            @Parameter(description = "Page size, 1 to 100 (default 20).", example = "20") @RestQuery
                    String limit,
            @Parameter(description = "The `next` of the previous page.") @RestQuery String cursor) {
        return articles.list(ArticleListing.of(entity, q, from, to, limit, cursor));
    }

    @GET
    @Path("{id}")
    @Operation(
            summary = "An article with its text, entities and their mentions",
            description =
                    "Mention offsets are UTF-16 code units into `text`; `mentions[].text` is the"
                            + " exact substring.")
    @APIResponse(
            responseCode = "200",
            description = "The article.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such article.",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class)))
    public Uni<ArticleView> get(
            @Parameter(
                            description = "Article id (ingest-service's).",
                            example = "3f1c2a52-7d41-4b8e-9f3a-2c6d1e0b9a77")
                    @RestPath
                    String id) {
        QueryParameters params = new QueryParameters();
        UUID articleId = params.uuid("id", id);
        params.validate();
        return articles.get(articleId);
    }
}
