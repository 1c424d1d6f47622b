package io.newsgraph.ingest.annotation;

import io.newsgraph.ingest.pipeline.Backoff;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

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

    // One statement per batch of answers: each revision still RECEIVED becomes ANNOTATED, and gets
    // its annotation and its outbox event, all or nothing. A revision replaced by a newer one (or
    // finished by another worker) meanwhile is left alone.
    private static final String COMPLETE =
            """
            WITH done AS (
                SELECT * FROM UNNEST($1::uuid[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[])
                       WITH ORDINALITY AS d(id, revision, language, language_support, entities, payload, position)
            ), annotated AS (
                UPDATE article AS a
                   SET status = 'ANNOTATED', language = done.language, error = NULL, lease_until = NULL,
                       updated_at = now()
                  FROM done
                 WHERE a.id = done.id AND a.revision = done.revision AND a.status = 'RECEIVED'
                RETURNING a.id, a.revision
            ), annotations AS (
                INSERT INTO annotation (article_id, revision, language, language_support, entities)
                SELECT done.id, done.revision, done.language, done.language_support, done.entities::jsonb
                  FROM done JOIN annotated ON annotated.id = done.id AND annotated.revision = done.revision
                ON CONFLICT (article_id, revision) DO NOTHING
            ), events AS (
                INSERT INTO outbox_event (article_id, revision, topic, event_key, payload)
                SELECT done.id, done.revision, $7, done.id::text, done.payload
                  FROM done JOIN annotated ON annotated.id = done.id AND annotated.revision = done.revision
                 ORDER BY done.position
                ON CONFLICT (article_id, revision) DO NOTHING
            )
            SELECT count(*) AS stored FROM annotated
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
     * Stores each annotation with its outbox event, in one statement. Returns how many were stored:
     * a revision replaced by a newer one (or finished by another worker) meanwhile stores nothing.
     */
    public Uni<Integer> complete(List<Annotated> annotated) {
        if (annotated.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        int size = annotated.size();
        UUID[] ids = new UUID[size];
        Integer[] revisions = new Integer[size];
        String[] languages = new String[size];
        String[] supports = new String[size];
        String[] entities = new String[size];
        String[] payloads = new String[size];
        String topic = annotated.get(0).result().topic();
        for (int i = 0; i < size; i++) {
            Annotated one = annotated.get(i);
            if (!one.result().topic().equals(topic)) {
                throw new IllegalArgumentException("one batch, one topic");
            }
            ids[i] = one.article().id();
            revisions[i] = one.article().revision();
            languages[i] = one.result().language();
            supports[i] = one.result().languageSupport();
            entities[i] = one.result().entitiesJson();
            payloads[i] = one.result().eventJson();
        }
        return pool.preparedQuery(COMPLETE)
                .execute(
                        Tuple.tuple()
                                .addArrayOfUUID(ids)
                                .addArrayOfInteger(revisions)
                                .addArrayOfString(languages)
                                .addArrayOfString(supports)
                                .addArrayOfString(entities)
                                .addArrayOfString(payloads)
                                .addString(topic))
                .map(rows -> rows.iterator().next().getLong("stored").intValue());
    }

    /** An annotated revision and what is stored for it. */
    public record Annotated(ClaimedArticle article, AnnotationResult result) {}

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
