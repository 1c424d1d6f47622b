package io.newsgraph.ingest.outbox;

import io.newsgraph.ingest.pipeline.Backoff;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The outbox table: events written with their annotation, waiting for Kafka to acknowledge them.
 */
@ApplicationScoped
public class Outbox {

    // A claimed event is in doubt from the moment its attempt starts: if this instance dies before
    // recording the outcome, whoever claims it next looks for it on the topic first.
    private static final String CLAIM =
            """
            UPDATE outbox_event AS o
               SET lease_until = now() + make_interval(secs => $2), attempts = o.attempts + 1,
                   in_doubt_since = COALESCE(o.in_doubt_since, now())
              FROM (SELECT id, in_doubt_since FROM outbox_event
                     WHERE published_at IS NULL AND failed_at IS NULL
                       AND next_attempt_at <= now()
                       AND (lease_until IS NULL OR lease_until < now())
                     ORDER BY id
                     LIMIT $1
                       FOR UPDATE SKIP LOCKED) AS due
             WHERE o.id = due.id
            RETURNING o.id, o.article_id, o.revision, o.topic, o.event_key, o.payload, o.attempts,
                      due.in_doubt_since AS previous_doubt, now() AS claimed_at
            """;

    private static final String MARK_SENT =
            """
            UPDATE outbox_event
               SET published_at = now(), lease_until = NULL, last_error = NULL, in_doubt_since = NULL
             WHERE id = ANY($1)
            """;

    private static final String MARK_ARTICLES_PUBLISHED =
            """
            UPDATE article AS a SET status = 'PUBLISHED', updated_at = now()
              FROM outbox_event AS o
             WHERE o.id = ANY($1) AND a.id = o.article_id AND a.revision = o.revision
               AND a.status = 'ANNOTATED'
            """;

    private static final String RETRY_LATER =
            """
            UPDATE outbox_event
               SET next_attempt_at = now() + make_interval(secs => $2), lease_until = NULL, last_error = $3,
                   in_doubt_since = $4
             WHERE id = ANY($1)
            """;

    private static final String RETRY_LATER_KEEPING_DOUBT =
            """
            UPDATE outbox_event
               SET next_attempt_at = now() + make_interval(secs => $2), lease_until = NULL, last_error = $3
             WHERE id = ANY($1)
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
                                                row.getInteger("attempts"),
                                                instant(row.getOffsetDateTime("previous_doubt")),
                                                instant(row.getOffsetDateTime("claimed_at"))));
                            }
                            events.sort(Comparator.comparingLong(OutboxEvent::id));
                            return events;
                        });
    }

    /** Kafka holds these events: their revisions are PUBLISHED unless a newer one arrived. */
    public Uni<Void> markPublished(List<OutboxEvent> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Long[] ids = ids(events);
        return pool.withTransaction(
                connection ->
                        connection
                                .preparedQuery(MARK_ARTICLES_PUBLISHED)
                                .execute(Tuple.of(ids))
                                .flatMap(
                                        ignored ->
                                                connection
                                                        .preparedQuery(MARK_SENT)
                                                        .execute(Tuple.of(ids)))
                                .replaceWithVoid());
    }

    /**
     * Schedules another attempt. {@code inDoubtSince} is when an attempt that may have reached the
     * topic started, or null when no attempt can have.
     */
    public Uni<Void> retryLater(
            List<OutboxEvent> events, String error, Duration delay, Instant inDoubtSince) {
        return pool.preparedQuery(RETRY_LATER)
                .execute(
                        Tuple.of(
                                ids(events),
                                Backoff.seconds(delay),
                                error,
                                inDoubtSince == null
                                        ? null
                                        : OffsetDateTime.ofInstant(inDoubtSince, ZoneOffset.UTC)))
                .replaceWithVoid();
    }

    /** Schedules another attempt without having learnt whether earlier ones reached the topic. */
    public Uni<Void> retryLaterKeepingDoubt(
            List<OutboxEvent> events, String error, Duration delay) {
        return pool.preparedQuery(RETRY_LATER_KEEPING_DOUBT)
                .execute(Tuple.of(ids(events), Backoff.seconds(delay), error))
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

    private static Long[] ids(List<OutboxEvent> events) {
        return events.stream().map(OutboxEvent::id).toArray(Long[]::new);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
