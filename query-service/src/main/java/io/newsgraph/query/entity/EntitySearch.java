package io.newsgraph.query.entity;

import io.newsgraph.query.api.Cursor;
import io.newsgraph.query.api.QueryParameters;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A validated entity search: the normalized text to match, an optional type and a page. */
public record EntitySearch(
        Optional<String> key, Optional<EntityType> type, int limit, Optional<After> after) {

    private static final String CURSOR_KIND = "entities.v2";

    /** The sort key of the last entity of the previous page. */
    public record After(int rank, long articleCount, String normalizedKey, UUID id) {}

    /** Validates raw parameters; fails with a 400 problem listing every bad one. */
    public static EntitySearch of(String q, String type, String limit, String cursor) {
        QueryParameters params = new QueryParameters();
        Optional<String> key = Optional.empty();
        if (q != null && !q.isBlank()) {
            String normalized = EntityKeys.searchKey(q);
            if (normalized.isEmpty()) {
                params.reject("q", "must contain at least one letter or digit");
            } else {
                key = Optional.of(normalized);
            }
        }
        Optional<EntityType> entityType = params.type(type);
        int pageSize = params.limit(limit);
        Optional<After> after =
                params.cursor(cursor, CURSOR_KIND, 4).flatMap(v -> after(v, params));
        params.validate();
        return new EntitySearch(key, entityType, pageSize, after);
    }

    static String cursorOf(SearchHit hit) {
        return Cursor.encode(
                CURSOR_KIND,
                hit.rank(),
                hit.articleCount(),
                hit.normalizedKey(),
                hit.entity().id());
    }

    private static Optional<After> after(List<String> values, QueryParameters params) {
        try {
            return Optional.of(
                    new After(
                            Integer.parseInt(values.get(0)),
                            Long.parseLong(values.get(1)),
                            values.get(2),
                            UUID.fromString(values.get(3))));
        } catch (IllegalArgumentException e) {
            params.reject("cursor", "is not a cursor returned by this listing");
            return Optional.empty();
        }
    }
}
