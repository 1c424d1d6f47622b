package io.newsgraph.query.article;

import io.newsgraph.query.api.Cursor;
import io.newsgraph.query.api.QueryParameters;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A validated request for a page of articles, newest first: optionally only those naming an entity,
 * containing some text, or seen within [from, to).
 */
public record ArticleListing(
        Optional<UUID> entity,
        Optional<String> text,
        Optional<Instant> from,
        Optional<Instant> to,
        int limit,
        Optional<After> after,
        String cursorKind) {

    /** The sort key of the last article of the previous page. */
    public record After(Instant seenAt, UUID id) {}

    /** Validates the parameters of {@code GET /api/v1/articles}. */
    public static ArticleListing of(
            String entity, String q, String from, String to, String limit, String cursor) {
        QueryParameters params = new QueryParameters();
        Optional<UUID> entityId = params.optionalUuid("entity", entity);
        Optional<String> text =
                q == null || q.isBlank() ? Optional.empty() : Optional.of(q.strip());
        return build(params, entityId, text, from, to, limit, cursor, "articles.v1");
    }

    /** Validates the parameters of {@code GET /api/v1/entities/{id}/articles}. */
    public static ArticleListing ofEntity(
            String id, String from, String to, String limit, String cursor) {
        QueryParameters params = new QueryParameters();
        UUID entityId = params.uuid("id", id);
        return build(
                params,
                Optional.ofNullable(entityId),
                Optional.empty(),
                from,
                to,
                limit,
                cursor,
                "entity-articles.v1");
    }

    private static ArticleListing build(
            QueryParameters params,
            Optional<UUID> entity,
            Optional<String> text,
            String from,
            String to,
            String limit,
            String cursor,
            String cursorKind) {
        Optional<Instant> fromInstant = params.instant("from", from);
        Optional<Instant> toInstant = params.instant("to", to);
        if (fromInstant.isPresent()
                && toInstant.isPresent()
                && !fromInstant.get().isBefore(toInstant.get())) {
            params.reject("to", "must be after from");
        }
        int pageSize = params.limit(limit);
        Optional<After> after =
                params.cursor(cursor, cursorKind, 2)
                        .flatMap(
                                values -> {
                                    try {
                                        return Optional.of(
                                                new After(
                                                        Instant.parse(values.get(0)),
                                                        UUID.fromString(values.get(1))));
                                    } catch (RuntimeException e) {
                                        params.reject(
                                                "cursor",
                                                "is not a cursor returned by this listing");
                                        return Optional.empty();
                                    }
                                });
        params.validate();
        return new ArticleListing(
                entity, text, fromInstant, toInstant, pageSize, after, cursorKind);
    }

    /** The cursor of the page after the article seen at {@code seenAt} with id {@code id}. */
    public String cursorOf(Instant seenAt, UUID id) {
        return Cursor.encode(cursorKind, seenAt, id);
    }
}
