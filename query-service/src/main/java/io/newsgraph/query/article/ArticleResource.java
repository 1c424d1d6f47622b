package io.newsgraph.query.article;

import io.newsgraph.query.api.Page;
import io.newsgraph.query.api.QueryParameters;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("reader")
@Tag(name = "articles")
public class ArticleResource {

    private final ArticleService articles;

    public ArticleResource(ArticleService articles) {
        this.articles = articles;
    }

    @GET
    @Operation(
            summary = "List articles, newest first",
            description =
                    "Filters: entity (id of an entity the article names), q (text in title or"
                        + " body), from/to (ISO instant or date, [from, to)); cursor pagination.")
    public Uni<Page<ArticleSummary>> list(
            @RestQuery String entity,
            @RestQuery String q,
            @RestQuery String from,
            @RestQuery String to,
            @RestQuery String limit,
            @RestQuery String cursor) {
        return articles.list(ArticleListing.of(entity, q, from, to, limit, cursor));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An article with its entities and their mentions")
    public Uni<ArticleView> get(@RestPath String id) {
        QueryParameters params = new QueryParameters();
        UUID articleId = params.uuid("id", id);
        params.validate();
        return articles.get(articleId);
    }
}
