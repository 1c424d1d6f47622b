package io.newsgraph.query.curation;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One curation change as the audit trail shows it. */
@Schema(
        name = "AuditEntry",
        example =
                """
                {"id": 7, "at": "2025-03-01T09:12:44.120Z", "actor": "editor", "subject": "2f0c0d7e-…",
                 "action": "MERGE", "entityIds": ["0b0a4b8e-4c55-3c1e-9b54-8f36a3c2e0a1",
                 "5d7c1f6e-2b3a-3c4d-8e9f-0a1b2c3d4e5f"], "detail": "Witkoff into Steve Witkoff",
                 "before": {"target": {"name": "Steve Witkoff", "articleCount": 40},
                            "source": {"name": "Witkoff", "articleCount": 2}},
                 "after": {"target": {"name": "Steve Witkoff", "articleCount": 42}}}
                """)
public record AuditEntry(
        long id,
        Instant at,
        @Schema(description = "The token's preferred_username, else its subject.") String actor,
        @Schema(description = "The token's subject.") String subject,
        @Schema(enumeration = {"MERGE", "SPLIT", "RENAME", "ADD_ALIAS", "SHIPPED_ALIASES"})
                String action,
        List<UUID> entityIds,
        String detail,
        @Schema(description = "The entities before the change.") JsonNode before,
        @Schema(description = "The entities after the change.") JsonNode after) {}
