package io.newsgraph.query.curation;

import static io.newsgraph.query.graph.NativeSql.execute;
import static io.newsgraph.query.graph.NativeSql.rows;
import static io.newsgraph.query.graph.NativeSql.uuidArray;
import static io.newsgraph.query.graph.NativeSql.uuids;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsgraph.query.api.Cursor;
import io.newsgraph.query.api.Page;
import io.newsgraph.query.api.QueryParameters;
import io.newsgraph.query.article.ArticleRepository.SqlBuilder;
import io.newsgraph.query.entity.Rows;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The audit trail of curation: who changed which entities, when, and how they looked. */
@ApplicationScoped
public class AuditLog {

    private static final String CURSOR_KIND = "audit.v1";

    private final ObjectMapper json;

    public AuditLog(ObjectMapper json) {
        this.json = json;
    }

    /** Must run inside the transaction of the change it records. */
    public Uni<Void> record(
            Curator curator,
            String action,
            Collection<UUID> entityIds,
            String detail,
            Object before,
            Object after) {
        return execute(
                        "insert into curation_audit (at, actor, subject, action, entity_ids,"
                            + " detail, before, after) values (now(), :actor, nullif(:subject, ''),"
                            + " :action, "
                                + uuidArray("ids")
                                + ", nullif(:detail, ''), cast(nullif(cast(:before as text), '')"
                                + " as jsonb), cast(nullif(cast(:after as text), '') as jsonb))",
                        "actor",
                        curator.name(),
                        "subject",
                        curator.subject() == null ? "" : curator.subject(),
                        "action",
                        action,
                        "ids",
                        uuids(entityIds),
                        "detail",
                        detail == null ? "" : detail,
                        "before",
                        write(before),
                        "after",
                        write(after))
                .replaceWithVoid();
    }

    /** Newest first, optionally only the changes that involved one entity. */
    @WithSession
    public Uni<Page<AuditEntry>> list(String entity, String limit, String cursor) {
        QueryParameters params = new QueryParameters();
        Optional<UUID> entityId = params.optionalUuid("entity", entity);
        int pageSize = params.limit(limit);
        Optional<Long> after =
                params.cursor(cursor, CURSOR_KIND, 1)
                        .flatMap(
                                values -> {
                                    try {
                                        return Optional.of(Long.parseLong(values.get(0)));
                                    } catch (NumberFormatException e) {
                                        params.reject(
                                                "cursor",
                                                "is not a cursor returned by this listing");
                                        return Optional.empty();
                                    }
                                });
        params.validate();
        SqlBuilder sql =
                new SqlBuilder()
                        .append(
                                "select id, at, actor, subject, action, array_to_string(entity_ids,"
                                        + " ','), detail, cast(before as text), cast(after as text)"
                                        + " from curation_audit where true");
        entityId.ifPresent(
                id ->
                        sql.append(
                                " and entity_ids @> array[cast(cast(:entity as text) as uuid)]",
                                "entity",
                                id.toString()));
        after.ifPresent(id -> sql.append(" and id < :after", "after", id));
        sql.append(" order by id desc");
        return rows(pageSize + 1, sql.sql(), sql.parameters())
                .map(
                        rows ->
                                Page.of(
                                        rows.stream().map(this::entry).toList(),
                                        pageSize,
                                        last -> Cursor.encode(CURSOR_KIND, last.id())));
    }

    private AuditEntry entry(Object[] row) {
        String ids = (String) row[5];
        return new AuditEntry(
                Rows.number(row[0]).longValue(),
                Rows.instant(row[1]),
                (String) row[2],
                (String) row[3],
                (String) row[4],
                ids == null || ids.isEmpty()
                        ? List.of()
                        : Arrays.stream(ids.split(",")).map(UUID::fromString).toList(),
                (String) row[6],
                read((String) row[7]),
                read((String) row[8]));
    }

    private String write(Object value) {
        if (value == null) {
            return "";
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("audit detail cannot be written as JSON", e);
        }
    }

    private JsonNode read(String value) {
        if (value == null) {
            return null;
        }
        try {
            return json.readTree(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored audit detail is not JSON", e);
        }
    }
}
