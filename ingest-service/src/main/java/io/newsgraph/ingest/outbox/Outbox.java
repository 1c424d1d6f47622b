package io.newsgraph.ingest.outbox;

import io.newsgraph.ingest.pipeline.Backoff;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The outbox table: events written with their annotation, waiting for Kafka to acknowledge them.
 */
@ApplicationScoped
public class Outbox {

    private static final String CLAIM =
            """
            UPDATE outbox_event AS o
               SET lease_until = now() + make_interval(secs => $2), attempts = o.attempts + 1
              FROM (SELECT id FROM outbox_event
                     WHERE published_at IS NULL AND failed_at IS NULL
                       AND next_attempt_at <= now()
                       AND (lease_until IS NULL OR lease_until < now())
                     ORDER BY id
                     LIMIT $1
                       FOR UPDATE SKIP LOCKED) AS due
             WHERE o.id = due.id
            RETURNING o.id, o.article_id, o.revision, o.topic, o.event_key, o.payload, o.attempts
            """;

    private static final String MARK_SENT =
            "UPDATE outbox_event SET published_at = now(), lease_until = NULL, last_error = NULL"
                    + " WHERE id = $1";

    private static final String MARK_ARTICLE_PUBLISHED =
            """
            UPDATE article SET status = 'PUBLISHED', updated_at = now()
             WHERE id = $1 AND revision = $2 AND status = 'ANNOTATED'
            """;

    private static final String RETRY_LATER =
            """
            UPDATE outbox_event
               SET next_attempt_at = now() + make_interval(secs => $2), lease_until = NULL, last_error = $3
             WHERE id = $1
            """;

    private static final String MARK_FAILED =
            "UPDATE outbox_event SET failed_at = now(), lease_until = NULL, last_error = $2 WHERE"
                    + " id = $1";

    private static final String MARK_ARTICLE_FAILED =
            """
            UPDATE article SET status = 'FAILED', error = $3, updated_at = now()
             WHERE id = $1 AND revision = $2 AND status = 'ANNOTATED'
            """;

    private final Pool pool;

    public Outbox(Pool pool) {
        this.pool = pool;
    }

    /** Leases up to {@code limit} due events, in the order they were written. */
    public Uni<List<OutboxEvent>> claim(int limit, Duration lease) {
        return pool.preparedQuery(CLAIM)
                .execute(Tuple.of((long) limit, Backoff.seconds(lease)))
                .map(
                        rows -> {
                            List<OutboxEvent> events = new ArrayList<>();
                            for (Row row : rows) {
                                events.add(
                                        new OutboxEvent(
                                                row.getLong("id"),
                                                row.getUUID("article_id"),
                                                row.getInteger("revision"),
                                                row.getString("topic"),
                                                row.getString("event_key"),
                                                row.getString("payload"),
                                                row.getInteger("attempts")));
                            }
                            events.sort(Comparator.comparingLong(OutboxEvent::id));
                            return events;
                        });
    }

    /** Kafka acknowledged the event: the revision is PUBLISHED unless a newer one arrived. */
    public Uni<Void> markPublished(OutboxEvent event) {
        return pool.withTransaction(
                connection ->
                        connection
                                .preparedQuery(MARK_SENT)
                                .execute(Tuple.of(event.id()))
                                .flatMap(
                                        ignored ->
                                                connection
                                                        .preparedQuery(MARK_ARTICLE_PUBLISHED)
                                                        .execute(
                                                                Tuple.of(
                                                                        event.articleId(),
                                                                        event.revision())))
                                .replaceWithVoid());
    }

    public Uni<Void> retryLater(OutboxEvent event, String error, Duration delay) {
        return pool.preparedQuery(RETRY_LATER)
                .execute(Tuple.of(event.id(), Backoff.seconds(delay), error))
                .replaceWithVoid();
    }

    /** Gives up on the event; its article revision becomes FAILED with the reason. */
    public Uni<Void> markFailed(OutboxEvent event, String error) {
        return pool.withTransaction(
                connection ->
                        connection
                                .preparedQuery(MARK_FAILED)
                                .execute(Tuple.of(event.id(), error))
                                .flatMap(
                                        ignored ->
                                                connection
                                                        .preparedQuery(MARK_ARTICLE_FAILED)
                                                        .execute(
                                                                Tuple.of(
                                                                        event.articleId(),
                                                                        event.revision(),
                                                                        error)))
                                .replaceWithVoid());
    }
}
