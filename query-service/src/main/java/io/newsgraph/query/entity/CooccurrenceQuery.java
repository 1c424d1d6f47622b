package io.newsgraph.query.entity;

import io.newsgraph.query.api.Cursor;
import io.newsgraph.query.api.QueryParameters;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A validated request for the entities appearing alongside one entity, most shared first. */
public record CooccurrenceQuery(
        UUID entityId, Optional<EntityType> type, int limit, Optional<After> after) {

    private static final String CURSOR_KIND = "cooccurrences.v1";

    /** The sort key of the last co-occurring entity of the previous page. */
    public record After(long articleCount, UUID id) {}

    public static CooccurrenceQuery of(String id, String type, String limit, String cursor) {
        QueryParameters params = new QueryParameters();
        UUID entityId = params.uuid("id", id);
        Optional<EntityType> entityType = params.type(type);
        int pageSize = params.limit(limit);
        Optional<After> after =
                params.cursor(cursor, CURSOR_KIND, 2).flatMap(values -> after(values, params));
        params.validate();
        return new CooccurrenceQuery(entityId, entityType, pageSize, after);
    }

    static String cursorOf(Cooccurrence last) {
        return Cursor.encode(CURSOR_KIND, last.articleCount(), last.id());
    }

    private static Optional<After> after(List<String> values, QueryParameters params) {
        try {
            return Optional.of(
                    new After(Long.parseLong(values.get(0)), UUID.fromString(values.get(1))));
        } catch (IllegalArgumentException e) {
            params.reject("cursor", "is not a cursor returned by this listing");
            return Optional.empty();
        }
    }
}
