package io.newsgraph.ingest.annotation;

import io.newsgraph.ingest.pipeline.Backoff;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The article table seen as a work queue. Plain SQL rather than entities because each step must be
 * one guarded statement: a claim that skips rows other workers hold, and completions that only
 * apply while the revision is still the one that was claimed.
 */
@ApplicationScoped
public class AnnotationQueue {

    private static final String CLAIM =
            """
            UPDATE article AS a
               SET lease_until = now() + make_interval(secs => $2),
                   attempts = a.attempts + 1,
                   updated_at = now()
              FROM (SELECT id FROM article
                     WHERE status = 'RECEIVED'
                       AND (next_attempt_at IS NULL OR next_attempt_at <= now())
                       AND (lease_until IS NULL OR lease_until < now())
                     ORDER BY received_at
                     LIMIT $1
                       FOR UPDATE SKIP LOCKED) AS due
             WHERE a.id = due.id
            RETURNING a.id, a.revision, a.attempts, a.title, a.text, a.url, a.source, a.external_id,
                      a.language_hint, a.published_at, a.received_at
            """;

    private static final String MARK_ANNOTATED =
            """
            UPDATE article
               SET status = 'ANNOTATED', language = $3, error = NULL, lease_until = NULL, updated_at = now()
             WHERE id = $1 AND revision = $2 AND status = 'RECEIVED'
            """;

    private static final String INSERT_ANNOTATION =
            """
            INSERT INTO annotation (article_id, revision, language, language_support, entities)
            VALUES ($1, $2, $3, $4, $5::text::jsonb)
            ON CONFLICT (article_id, revision) DO NOTHING
            """;

    private static final String INSERT_OUTBOX =
            """
            INSERT INTO outbox_event (article_id, revision, topic, event_key, payload)
            VALUES ($1, $2, $3, $4, $5)
            ON CONFLICT (article_id, revision) DO NOTHING
            """;

    private static final String RETRY_LATER =
            """
            UPDATE article
               SET error = $3, next_attempt_at = now() + make_interval(secs => $4), lease_until = NULL,
                   updated_at = now()
             WHERE id = $1 AND revision = $2 AND status = 'RECEIVED'
            """;

    // An outage of nlp-service says nothing about the article: the attempt is given back.
    private static final String RELEASE =
            """
            UPDATE article
               SET attempts = GREATEST(attempts - 1, 0), error = $3,
                   next_attempt_at = now() + make_interval(secs => $4), lease_until = NULL, updated_at = now()
             WHERE id = $1 AND revision = $2 AND status = 'RECEIVED'
            """;

    private static final String FAIL =
            """
            UPDATE article
               SET status = 'FAILED', error = $3, lease_until = NULL, updated_at = now()
             WHERE id = $1 AND revision = $2 AND status = 'RECEIVED'
            """;

    private final Pool pool;

    public AnnotationQueue(Pool pool) {
        this.pool = pool;
    }

    /** Leases up to {@code limit} due articles, oldest first, counting one attempt for each. */
    public Uni<List<ClaimedArticle>> claim(int limit, Duration lease) {
        return pool.preparedQuery(CLAIM)
                .execute(Tuple.of((long) limit, Backoff.seconds(lease)))
                .map(
                        rows -> {
                            List<ClaimedArticle> claimed = new ArrayList<>();
                            for (Row row : rows) {
                                claimed.add(toClaimed(row));
                            }
                            return claimed;
                        });
    }

    /**
     * Stores the annotation and its outbox event in one transaction. Returns false, storing
     * nothing, when the article got a newer revision (or another worker finished) meanwhile.
     */
    public Uni<Boolean> complete(ClaimedArticle article, AnnotationResult result) {
        return pool.withTransaction(
                connection ->
                        connection
                                .preparedQuery(MARK_ANNOTATED)
                                .execute(
                                        Tuple.of(
                                                article.id(),
                                                article.revision(),
                                                result.language()))
                                .flatMap(
                                        updated ->
                                                updated.rowCount() == 0
                                                        ? Uni.createFrom().item(false)
                                                        : insertResult(
                                                                connection, article, result)));
    }

    private static Uni<Boolean> insertResult(
            SqlConnection connection, ClaimedArticle article, AnnotationResult result) {
        return connection
                .preparedQuery(INSERT_ANNOTATION)
                .execute(
                        Tuple.of(
                                article.id(),
                                article.revision(),
                                result.language(),
                                result.languageSupport(),
                                result.entitiesJson()))
                .flatMap(
                        ignored ->
                                connection
                                        .preparedQuery(INSERT_OUTBOX)
                                        .execute(
                                                Tuple.of(
                                                        article.id(),
                                                        article.revision(),
                                                        result.topic(),
                                                        article.id().toString(),
                                                        result.eventJson())))
                .map(ignored -> true);
    }

    /** Releases the lease and schedules the next attempt after {@code delay}. */
    public Uni<Void> retryLater(ClaimedArticle article, String error, Duration delay) {
        return pool.preparedQuery(RETRY_LATER)
                .execute(Tuple.of(article.id(), article.revision(), error, Backoff.seconds(delay)))
                .replaceWithVoid();
    }

    /** Puts the article back without counting the attempt, to be tried after {@code delay}. */
    public Uni<Void> release(ClaimedArticle article, String error, Duration delay) {
        return pool.preparedQuery(RELEASE)
                .execute(Tuple.of(article.id(), article.revision(), error, Backoff.seconds(delay)))
                .replaceWithVoid();
    }

    /** Gives up on this revision; the error is what the status endpoint shows. */
    public Uni<Void> fail(ClaimedArticle article, String error) {
        return pool.preparedQuery(FAIL)
                .execute(Tuple.of(article.id(), article.revision(), error))
                .replaceWithVoid();
    }

    private static ClaimedArticle toClaimed(Row row) {
        OffsetDateTime publishedAt = row.getOffsetDateTime("published_at");
        return new ClaimedArticle(
                row.getUUID("id"),
                row.getInteger("revision"),
                row.getInteger("attempts"),
                row.getString("title"),
                row.getString("text"),
                row.getString("url"),
                row.getString("source"),
                row.getString("external_id"),
                row.getString("language_hint"),
                publishedAt == null ? null : publishedAt.toInstant(),
                row.getOffsetDateTime("received_at").toInstant());
    }
}
