package io.newsgraph.ingest.article;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Articles whose current revision FAILED, and putting them back in the pipeline: a revision that
 * failed in annotation is annotated again, one whose event Kafka refused is sent again (its
 * annotation is kept).
 */
@ApplicationScoped
public class FailedArticles {

    private static final String REQUEUE_TAIL =
            """
            , event AS (
                UPDATE outbox_event AS o
                   SET failed_at = NULL, attempts = 0, next_attempt_at = now(), lease_until = NULL,
                       last_error = NULL
                  FROM failed AS f
                 WHERE o.article_id = f.id AND o.revision = f.revision AND o.failed_at IS NOT NULL
                RETURNING o.article_id)
            UPDATE article AS a
               SET status = CASE WHEN a.id IN (SELECT article_id FROM event) THEN 'ANNOTATED'
                                 ELSE 'RECEIVED' END,
                   attempts = 0, error = NULL, next_attempt_at = NULL, lease_until = NULL,
                   updated_at = now()
              FROM failed AS f
             WHERE a.id = f.id
            RETURNING a.id, a.status, a.revision
            """;

    private static final String REQUEUE_SOME =
            """
            WITH failed AS (
                SELECT id, revision FROM article WHERE id = ANY($1) AND status = 'FAILED' FOR UPDATE)
            """
                    + REQUEUE_TAIL;

    private static final String REQUEUE_OLDEST =
            """
            WITH failed AS (
                SELECT id, revision FROM article WHERE status = 'FAILED'
                 ORDER BY updated_at LIMIT $1 FOR UPDATE SKIP LOCKED)
            """
                    + REQUEUE_TAIL;

    private static final String LIST =
            """
            SELECT id, revision, error, attempts, updated_at FROM article
             WHERE status = 'FAILED' ORDER BY updated_at LIMIT $1
            """;

    private final Pool pool;

    public FailedArticles(Pool pool) {
        this.pool = pool;
    }

    /** Re-queues those of the articles that are FAILED, inside the caller's transaction. */
    public Uni<List<Acceptance>> requeue(SqlConnection connection, List<UUID> ids) {
        return connection
                .preparedQuery(REQUEUE_SOME)
                .execute(Tuple.of(ids.toArray(UUID[]::new)))
                .map(FailedArticles::acceptances);
    }

    public Uni<List<Acceptance>> requeue(List<UUID> ids) {
        return pool.withTransaction(connection -> requeue(connection, ids));
    }

    /** Re-queues up to {@code limit} FAILED articles, those that failed first first. */
    public Uni<List<Acceptance>> requeueOldest(int limit) {
        return pool.preparedQuery(REQUEUE_OLDEST)
                .execute(Tuple.of((long) limit))
                .map(FailedArticles::acceptances);
    }

    public Uni<List<FailedArticle>> list(int limit) {
        return pool.preparedQuery(LIST)
                .execute(Tuple.of((long) limit))
                .map(
                        rows -> {
                            List<FailedArticle> failed = new ArrayList<>();
                            for (Row row : rows) {
                                failed.add(
                                        new FailedArticle(
                                                row.getUUID("id"),
                                                row.getInteger("revision"),
                                                row.getString("error"),
                                                row.getInteger("attempts"),
                                                row.getOffsetDateTime("updated_at").toInstant()));
                            }
                            return failed;
                        });
    }

    private static List<Acceptance> acceptances(RowSet<Row> rows) {
        List<Acceptance> requeued = new ArrayList<>();
        for (Row row : rows) {
            requeued.add(
                    new Acceptance(
                            row.getUUID("id"),
                            ArticleStatus.valueOf(row.getString("status")),
                            row.getInteger("revision"),
                            false));
        }
        return requeued;
    }

    /** A FAILED article as admins see it. */
    public record FailedArticle(
            UUID id, int revision, String error, int attempts, Instant failedAt) {}
}
