package io.newsgraph.query.entity;

import io.newsgraph.query.api.Page;
import io.newsgraph.query.api.Problem;
import io.newsgraph.query.api.QueryParameters;
import io.newsgraph.query.article.ArticleListing;
import io.newsgraph.query.curation.CurationRequests;
import io.newsgraph.query.curation.CurationService;
import io.newsgraph.query.curation.Curators;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/entities")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("reader")
@Tag(
        name = "entities",
        description =
                "People, places, organisations and other named things, resolved across articles"
                        + " and languages. Curation (merge, split, rename, alias) needs role"
                        + " editor.")
@APIResponse(responseCode = "401", description = "No token or an invalid one.")
@APIResponse(responseCode = "403", description = "The token lacks the role.")
@APIResponse(
        responseCode = "400",
        description = "Bad parameters or body, each named in `violations`.",
        content =
                @Content(
                        mediaType = Problem.MEDIA_TYPE,
                        schema = @Schema(implementation = Problem.class),
                        examples =
                                @ExampleObject(
                                        name = "bad limit",
                                        value =
                                                """
                                                {"type": "about:blank", "title": "Bad Request", "status": 400,
                                                 "detail": "The request has invalid parameters.",
                                                 "violations": [{"field": "limit", "message": "must be an integer between 1 and 100"}]}
                                                """)))
public class EntityResource {

    private static final String ENTITY_ID_EXAMPLE = "0b0a4b8e-4c55-3c1e-9b54-8f36a3c2e0a1";

    private final EntityService entities;
    private final CurationService curation;
    private final Curators curators;

    public EntityResource(EntityService entities, CurationService curation, Curators curators) {
        this.entities = entities;
        this.curation = curation;
        this.curators = curators;
    }

    @GET
    @Operation(
            summary = "Search entities in the news",
            description =
                    "q matches names and aliases ignoring case, accents, punctuation and titles"
                        + " (M., Mme, Dr): the whole name first, then names starting with q, then"
                        + " names with a word starting with q; within each, the entities named in"
                        + " most articles first. Without q, the entities in most articles.")
    @APIResponse(
            responseCode = "200",
            description = "One page of entities.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "witkoff",
                                            value =
                                                    """
                                                    {"items": [{"id": "0b0a4b8e-4c55-3c1e-9b54-8f36a3c2e0a1", "name": "Steve Witkoff",
                                                      "type": "PERSON", "aliases": ["M. Witkoff", "Witkoff"], "articleCount": 42,
                                                      "mentionCount": 133, "firstSeen": "2025-01-20T07:30:00Z",
                                                      "lastSeen": "2025-03-01T08:00:00Z"}], "next": null}
                                                    """)))
    public Uni<Page<EntitySummary>> search(
            @Parameter(description = "Text to match.", example = "witk") @RestQuery String q,
            @Parameter(
                            description = "Only entities of this type.",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {
                                                "PERSON",
                                                "LOCATION",
                                                "ORGANIZATION",
                                                "MISC"
                                            }))
                    @RestQuery
                    String type,
            @Parameter(description = "Page size, 1 to 100 (default 20).", example = "20") @RestQuery
                    String limit,
            @Parameter(description = "The `next` of the previous page.") @RestQuery String cursor) {
        return entities.search(EntitySearch.of(q, type, limit, cursor));
    }

    @GET
    @Path("trending")
    @Operation(
            summary = "Entities gaining presence in the news",
            description =
                    "Entities named in articles seen within the window ending at `until` (default"
                        + " now), ordered by how many more articles name them than in the window of"
                        + " the same length before it.")
    @APIResponse(
            responseCode = "200",
            description = "One page of trending entities.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "last day",
                                            value =
                                                    """
                                                    {"items": [{"id": "0b0a4b8e-4c55-3c1e-9b54-8f36a3c2e0a1", "name": "Steve Witkoff",
                                                      "type": "PERSON", "articleCount": 14, "previousArticleCount": 3,
                                                      "change": 11}], "next": null}
                                                    """)))
    public Uni<Page<Trending>> trending(
            @Parameter(
                            description = "Window length: minutes, hours or days (up to 90d).",
                            example = "24h")
                    @RestQuery
                    String window,
            @Parameter(description = "End of the window, ISO instant or date; default now.")
                    @RestQuery
                    String until,
            @Parameter(description = "Only entities of this type.", example = "PERSON") @RestQuery
                    String type,
            @Parameter(description = "Page size, 1 to 100 (default 20).") @RestQuery String limit,
            @Parameter(description = "The `next` of the previous page.") @RestQuery String cursor) {
        return entities.trending(TrendingQuery.of(window, until, type, limit, cursor));
    }

    @GET
    @Path("{id}")
    @Operation(
            summary = "An entity with its aliases and counts",
            description =
                    "An id merged away by an editor answers with the entity it was merged into.")
    @APIResponse(
            responseCode = "200",
            description = "The entity.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EntitySummary.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such entity.",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class)))
    public Uni<EntitySummary> get(
            @Parameter(description = "Entity id.", example = ENTITY_ID_EXAMPLE) @RestPath
                    String id) {
        return entities.get(entityId(id));
    }

    @GET
    @Path("{id}/articles")
    @Operation(
            summary = "Articles naming an entity, newest first",
            description = "With the entity's salience and mention count in each article.")
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
                                                    {"items": [{"id": "3f1c2a52-7d41-4b8e-9f3a-2c6d1e0b9a77", "title": "Witkoff à Moscou",
                                                      "url": "https://news.example/witkoff-moscou", "source": "example-news",
                                                      "language": "fr", "publishedAt": "2025-03-01T08:00:00Z", "revision": 1,
                                                      "salience": 0.9, "mentionCount": 3}], "next": null}
                                                    """)))
    @APIResponse(responseCode = "404", description = "No such entity.")
    public Uni<Page<EntityArticle>> articles(
            @Parameter(description = "Entity id.", example = ENTITY_ID_EXAMPLE) @RestPath String id,
            @Parameter(
                            description = "Earliest seen time, ISO instant or date.",
                            example = "2025-03-01")
                    @RestQuery
                    String from,
            @Parameter(description = "Seen before this time, ISO instant or date.") @RestQuery
                    String to,
            @Parameter(description = "Page size, 1 to 100 (default 20).") @RestQuery String limit,
            @Parameter(description = "The `next` of the previous page.") @RestQuery String cursor) {
        return entities.articles(ArticleListing.ofEntity(id, from, to, limit, cursor));
    }

    @GET
    @Path("{id}/cooccurrences")
    @Operation(
            summary = "Entities named in the same articles, most shared articles first",
            description = "articleCount is the number of current articles naming both.")
    @APIResponse(
            responseCode = "200",
            description = "One page of neighbours.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "page",
                                            value =
                                                    """
                                                    {"items": [{"id": "7c9e6679-7425-40de-944b-e07fc1f90ae7", "name": "Vladimir Putin",
                                                      "type": "PERSON", "articleCount": 17}], "next": null}
                                                    """)))
    @APIResponse(responseCode = "404", description = "No such entity.")
    public Uni<Page<Cooccurrence>> cooccurrences(
            @Parameter(description = "Entity id.", example = ENTITY_ID_EXAMPLE) @RestPath String id,
            @Parameter(description = "Only neighbours of this type.", example = "PERSON") @RestQuery
                    String type,
            @Parameter(description = "Page size, 1 to 100 (default 20).") @RestQuery String limit,
            @Parameter(description = "The `next` of the previous page.") @RestQuery String cursor) {
        return entities.cooccurrences(CooccurrenceQuery.of(id, type, limit, cursor));
    }

    @POST
    @Path("{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("editor")
    @Operation(
            summary = "Merge another entity into this one",
            description =
                    "Every name, alias and mention of the source moves to this entity in every"
                            + " article, now and for articles consumed later; the source id answers"
                            + " with this entity from then on. Audited.")
    @APIResponse(
            responseCode = "200",
            description = "The surviving entity.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EntitySummary.class)))
    @APIResponse(responseCode = "404", description = "No such entity.")
    public Uni<EntitySummary> merge(
            @Parameter(description = "The surviving entity.", example = ENTITY_ID_EXAMPLE) @RestPath
                    String id,
            CurationRequests.Merge body) {
        QueryParameters params = new QueryParameters();
        UUID target = params.uuid("id", id);
        UUID source = body == null ? null : body.validSource(params);
        if (body == null) {
            params.reject("source", "must be a UUID");
        }
        params.validate();
        return curation.merge(target, source, curators.current());
    }

    @POST
    @Path("{id}/split")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("editor")
    @Operation(
            summary = "Split an alias off into its own entity",
            description =
                    "Mentions written as the alias move to a new entity (or to the entity that name"
                        + " already stands for), in every article and for articles consumed later."
                        + " Audited.")
    @APIResponse(
            responseCode = "201",
            description = "The entity the alias now belongs to.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EntitySummary.class)))
    @APIResponse(responseCode = "404", description = "No such entity, or not one of its aliases.")
    @APIResponse(responseCode = "409", description = "The alias is the entity's own name.")
    public Uni<RestResponse<EntitySummary>> split(
            @Parameter(description = "The entity to split.", example = ENTITY_ID_EXAMPLE) @RestPath
                    String id,
            CurationRequests.Split body) {
        QueryParameters params = new QueryParameters();
        UUID entity = params.uuid("id", id);
        String alias = CurationRequests.text(params, "alias", body == null ? null : body.alias());
        String name =
                body == null || body.name() == null
                        ? null
                        : CurationRequests.text(params, "name", body.name());
        params.validate();
        return curation.split(entity, alias, name, curators.current())
                .map(
                        created ->
                                RestResponse.ResponseBuilder.<EntitySummary>created(
                                                URI.create("/api/v1/entities/" + created.id()))
                                        .entity(created)
                                        .build());
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("editor")
    @Operation(
            summary = "Rename an entity",
            description =
                    "The new name is shown everywhere and becomes a name of the entity for articles"
                            + " consumed later. Audited.")
    @APIResponse(
            responseCode = "200",
            description = "The renamed entity.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EntitySummary.class)))
    @APIResponse(responseCode = "409", description = "The name stands for another entity.")
    public Uni<EntitySummary> rename(
            @Parameter(description = "Entity id.", example = ENTITY_ID_EXAMPLE) @RestPath String id,
            CurationRequests.Rename body) {
        QueryParameters params = new QueryParameters();
        UUID entity = params.uuid("id", id);
        String name = CurationRequests.text(params, "name", body == null ? null : body.name());
        params.validate();
        return curation.rename(entity, name, curators.current());
    }

    @POST
    @Path("{id}/aliases")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("editor")
    @Operation(
            summary = "Add an alias to an entity",
            description =
                    "Extends the shipped alias table: articles writing the entity this way, already"
                            + " consumed or to come, name this entity. Audited.")
    @APIResponse(
            responseCode = "200",
            description = "The entity with its new alias.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EntitySummary.class)))
    public Uni<EntitySummary> addAlias(
            @Parameter(description = "Entity id.", example = ENTITY_ID_EXAMPLE) @RestPath String id,
            CurationRequests.Alias body) {
        QueryParameters params = new QueryParameters();
        UUID entity = params.uuid("id", id);
        String alias = CurationRequests.text(params, "alias", body == null ? null : body.alias());
        params.validate();
        return curation.addAlias(entity, alias, curators.current());
    }

    private static UUID entityId(String id) {
        QueryParameters params = new QueryParameters();
        UUID entityId = params.uuid("id", id);
        params.validate();
        return entityId;
    }
}
