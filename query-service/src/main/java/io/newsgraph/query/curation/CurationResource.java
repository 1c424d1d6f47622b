package io.newsgraph.query.curation;

import io.newsgraph.query.api.Page;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/api/v1/curation")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"editor", "admin"})
@Tag(name = "curation", description = "The audit trail of editors' changes to the graph.")
@APIResponse(responseCode = "401", description = "No token or an invalid one.")
@APIResponse(responseCode = "403", description = "The token lacks role editor or admin.")
public class CurationResource {

    private final AuditLog audit;

    public CurationResource(AuditLog audit) {
        this.audit = audit;
    }

    @GET
    @Path("audit")
    @Operation(
            summary = "Curation changes, newest first",
            description =
                    "Who merged, split, renamed or aliased which entities, when, before/after.")
    @APIResponse(
            responseCode = "200",
            description = "One page of audit entries.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "page",
                                            value =
                                                    """
                                                    {"items": [{"id": 7, "at": "2025-03-01T09:12:44.120Z", "actor": "editor",
                                                      "subject": "f3b1…", "action": "ADD_ALIAS",
                                                      "entityIds": ["0b0a4b8e-4c55-3c1e-9b54-8f36a3c2e0a1"], "detail": "Moscou",
                                                      "before": {"entity": {"name": "Moscow", "aliases": []}},
                                                      "after": {"entity": {"name": "Moscow", "aliases": ["Moscou"]}}}],
                                                     "next": null}
                                                    """)))
    public Uni<Page<AuditEntry>> audit(
            @Parameter(description = "Only changes involving this entity id.") @RestQuery
                    String entity,
            @Parameter(description = "Page size, 1 to 100 (default 20).") @RestQuery String limit,
            @Parameter(description = "The `next` of the previous page.") @RestQuery String cursor) {
        return audit.list(entity, limit, cursor);
    }
}
