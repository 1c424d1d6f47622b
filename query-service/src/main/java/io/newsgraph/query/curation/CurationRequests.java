package io.newsgraph.query.curation;

import io.newsgraph.query.api.QueryParameters;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies editors send, each validated into problem violations naming the bad field. */
public final class CurationRequests {

    private CurationRequests() {}

    @Schema(
            name = "MergeRequest",
            example = "{\"source\": \"5d7c1f6e-2b3a-3c4d-8e9f-0a1b2c3d4e5f\"}")
    public record Merge(
            @Schema(description = "Id of the entity merged away into the one in the path.")
                    String source) {

        public UUID validSource(QueryParameters params) {
            return params.uuid("source", source);
        }
    }

    @Schema(name = "SplitRequest", example = "{\"alias\": \"Witkoff\", \"name\": \"Jane Witkoff\"}")
    public record Split(
            @Schema(description = "The alias whose mentions move to a new entity.") String alias,
            @Schema(description = "Name of the new entity; the alias itself if absent.")
                    String name) {}

    @Schema(name = "RenameRequest", example = "{\"name\": \"Steve Witkoff\"}")
    public record Rename(@Schema(description = "The new canonical name.") String name) {}

    @Schema(name = "AliasRequest", example = "{\"alias\": \"Moscou\"}")
    public record Alias(
            @Schema(description = "Another name of the entity; articles using it follow.")
                    String alias) {}

    /** A required text field of at most 300 characters, stripped. */
    public static String text(QueryParameters params, String field, String value) {
        if (value == null || value.isBlank()) {
            params.reject(field, "must not be blank");
            return null;
        }
        if (value.length() > 300) {
            params.reject(field, "must be at most 300 characters");
            return null;
        }
        return value.strip().replaceAll("\\s+", " ");
    }
}
