package io.newsgraph.query.entity;

import io.newsgraph.query.api.Page;
import io.newsgraph.query.api.QueryParameters;
import io.newsgraph.query.article.ArticleListing;
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

@Path("/api/v1/entities")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("reader")
@Tag(name = "entities")
public class EntityResource {

    private final EntityService entities;

    public EntityResource(EntityService entities) {
        this.entities = entities;
    }

    @GET
    @Operation(
            summary = "Search entities in the news",
            description =
                    "q matches names and aliases ignoring case, accents and punctuation; exact"
                            + " matches first, then word prefixes, then anywhere.")
    public Uni<Page<EntitySummary>> search(
            @RestQuery String q,
            @RestQuery String type,
            @RestQuery String limit,
            @RestQuery String cursor) {
        return entities.search(EntitySearch.of(q, type, limit, cursor));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An entity with its aliases and counts")
    public Uni<EntitySummary> get(@RestPath String id) {
        QueryParameters params = new QueryParameters();
        UUID entityId = params.uuid("id", id);
        params.validate();
        return entities.get(entityId);
    }

    @GET
    @Path("{id}/articles")
    @Operation(summary = "Articles naming an entity, newest first")
    public Uni<Page<EntityArticle>> articles(
            @RestPath String id,
            @RestQuery String from,
            @RestQuery String to,
            @RestQuery String limit,
            @RestQuery String cursor) {
        return entities.articles(ArticleListing.ofEntity(id, from, to, limit, cursor));
    }

    @GET
    @Path("{id}/cooccurrences")
    @Operation(summary = "Entities named in the same articles, most shared articles first")
    public Uni<Page<Cooccurrence>> cooccurrences(
            @RestPath String id,
            @RestQuery String type,
            @RestQuery String limit,
            @RestQuery String cursor) {
        return entities.cooccurrences(CooccurrenceQuery.of(id, type, limit, cursor));
    }
}
