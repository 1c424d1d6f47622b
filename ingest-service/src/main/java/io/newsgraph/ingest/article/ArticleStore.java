package io.newsgraph.ingest.article;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Stores accepted articles, any number in one transaction: one locking read for every identity in
 * the batch, then pipelined inserts and updates. Submissions are applied in order, so a story sent
 * twice in one batch behaves as if sent in two calls.
 */
@ApplicationScoped
public class ArticleStore {

    private static final String UNIQUE_VIOLATION = "23505";

    // Sorted so that concurrent batches lock shared stories in the same order and cannot deadlock.
    private static final String LOCK_EXISTING =
            """
            SELECT id, identity_key, content_hash, status, revision FROM article
             WHERE identity_key = ANY($1)
             ORDER BY identity_key
               FOR UPDATE
            """;

    // One statement per batch: the columns arrive as arrays, one element per article.
    private static final String INSERT =
            """
            INSERT INTO article (id, identity_key, content_hash, source, external_id, url, title, text,
                                 language_hint, published_at, revision, status, attempts,
                                 created_at, received_at, updated_at)
            SELECT id, identity_key, content_hash, source, external_id, url, title, text, language_hint,
                   published_at, revision, 'RECEIVED', 0, $12, $12, $12
              FROM UNNEST($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[],
                          $7::text[], $8::text[], $9::text[], $10::timestamptz[], $11::int[])
                   AS t(id, identity_key, content_hash, source, external_id, url, title, text,
                        language_hint, published_at, revision)
            """;

    private static final String NEW_REVISION =
            """
            UPDATE article AS a
               SET content_hash = t.content_hash, source = t.source, external_id = t.external_id,
                   url = t.url, title = t.title, text = t.text, language_hint = t.language_hint,
                   published_at = t.published_at, revision = t.revision, status = 'RECEIVED',
                   error = NULL, attempts = 0, next_attempt_at = NULL, lease_until = NULL,
                   received_at = $12, updated_at = $12
              FROM UNNEST($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[],
                          $7::text[], $8::text[], $9::text[], $10::timestamptz[], $11::int[])
                   AS t(id, identity_key, content_hash, source, external_id, url, title, text,
                        language_hint, published_at, revision)
             WHERE a.id = t.id
            """;

    private final Pool pool;
    private final FailedArticles failed;

    public ArticleStore(Pool pool, FailedArticles failed) {
        this.pool = pool;
        this.failed = failed;
    }

    /**
     * Stores the articles and answers one acceptance per article, in order; the acceptances are
     * durable once the returned Uni completes. Unchanged content of a FAILED revision re-queues it.
     */
    public Uni<List<Acceptance>> store(List<PreparedArticle> articles) {
        if (articles.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        // Two first submissions of the same story can race to insert; the loser runs again and
        // then finds the winner's row.
        return Uni.createFrom()
                .deferred(() -> pool.withTransaction(connection -> store(connection, articles)))
                .onFailure(ArticleStore::isUniqueViolation)
                .retry()
                .atMost(3);
    }

    private Uni<List<Acceptance>> store(SqlConnection connection, List<PreparedArticle> articles) {
        String[] keys =
                articles.stream()
                        .map(PreparedArticle::identityKey)
                        .distinct()
                        .toArray(String[]::new);
        return connection
                .preparedQuery(LOCK_EXISTING)
                .execute(Tuple.of(keys))
                .flatMap(
                        rows -> {
                            Map<String, Story> stories = new HashMap<>();
                            for (Row row : rows) {
                                stories.put(row.getString("identity_key"), Story.stored(row));
                            }
                            return write(connection, articles, stories);
                        });
    }

    private Uni<List<Acceptance>> write(
            SqlConnection connection, List<PreparedArticle> articles, Map<String, Story> stories) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<Answer> answers = new ArrayList<>(articles.size());
        Map<String, Story> touched = new LinkedHashMap<>();
        for (PreparedArticle article : articles) {
            Story story = stories.get(article.identityKey());
            if (story == null) {
                story = Story.created(article);
                stories.put(article.identityKey(), story);
                touched.put(article.identityKey(), story);
                answers.add(new Answer(story, story.revision, story.status, true));
            } else if (story.contentHash.equals(article.contentHash())) {
                answers.add(new Answer(story, story.revision, story.status, false));
            } else {
                story.revise(article);
                touched.put(article.identityKey(), story);
                answers.add(new Answer(story, story.revision, story.status, true));
            }
        }
        List<Story> inserts = new ArrayList<>();
        List<Story> updates = new ArrayList<>();
        for (Story story : touched.values()) {
            (story.inserted ? inserts : updates).add(story);
        }
        List<UUID> failedAndResent =
                answers.stream()
                        .map(Answer::story)
                        .filter(story -> !story.changedHere && story.status == ArticleStatus.FAILED)
                        .map(story -> story.id)
                        .distinct()
                        .toList();
        Uni<Void> written = Uni.createFrom().voidItem();
        if (!inserts.isEmpty()) {
            written = written.flatMap(ignored -> write(connection, INSERT, inserts, now));
        }
        if (!updates.isEmpty()) {
            written = written.flatMap(ignored -> write(connection, NEW_REVISION, updates, now));
        }
        Uni<Map<UUID, ArticleStatus>> requeued =
                failedAndResent.isEmpty()
                        // A newsroom resending a story that failed asks for another try.
                        ? written.map(ignored -> Map.of())
                        : written.flatMap(ignored -> failed.requeue(connection, failedAndResent))
                                .map(
                                        acceptances -> {
                                            Map<UUID, ArticleStatus> statuses = new HashMap<>();
                                            acceptances.forEach(
                                                    acceptance ->
                                                            statuses.put(
                                                                    acceptance.id(),
                                                                    acceptance.status()));
                                            return statuses;
                                        });
        return requeued.map(
                statuses ->
                        answers.stream()
                                .map(
                                        answer ->
                                                new Acceptance(
                                                        answer.story().id,
                                                        answer.status() == ArticleStatus.FAILED
                                                                ? statuses.getOrDefault(
                                                                        answer.story().id,
                                                                        answer.status())
                                                                : answer.status(),
                                                        answer.revision(),
                                                        answer.changed()))
                                .toList());
    }

    private static Uni<Void> write(
            SqlConnection connection, String sql, List<Story> stories, OffsetDateTime now) {
        int size = stories.size();
        UUID[] ids = new UUID[size];
        String[][] texts = new String[8][size];
        OffsetDateTime[] publishedAt = new OffsetDateTime[size];
        Integer[] revisions = new Integer[size];
        for (int i = 0; i < size; i++) {
            Story story = stories.get(i);
            PreparedArticle content = story.content;
            ids[i] = story.id;
            texts[0][i] = content.identityKey();
            texts[1][i] = content.contentHash();
            texts[2][i] = content.source();
            texts[3][i] = content.externalId();
            texts[4][i] = content.url();
            texts[5][i] = content.title();
            texts[6][i] = content.text();
            texts[7][i] = content.languageHint();
            publishedAt[i] =
                    content.publishedAt() == null
                            ? null
                            : OffsetDateTime.ofInstant(content.publishedAt(), ZoneOffset.UTC);
            revisions[i] = story.revision;
        }
        Tuple values = Tuple.tuple().addArrayOfUUID(ids);
        for (String[] column : texts) {
            values.addArrayOfString(column);
        }
        values.addArrayOfOffsetDateTime(publishedAt)
                .addArrayOfInteger(revisions)
                .addOffsetDateTime(now);
        return connection.preparedQuery(sql).execute(values).replaceWithVoid();
    }

    /** What one submission was answered, as of its position in the batch. */
    private record Answer(Story story, int revision, ArticleStatus status, boolean changed) {}

    private static boolean isUniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PgException pg && UNIQUE_VIOLATION.equals(pg.getSqlState())) {
                return true;
            }
        }
        return false;
    }

    /** One story as this transaction sees it; revisions made earlier in the batch count. */
    private static final class Story {
        final UUID id;
        String contentHash;
        ArticleStatus status;
        int revision;
        PreparedArticle content;
        boolean inserted;
        boolean changedHere;

        private Story(UUID id, String contentHash, ArticleStatus status, int revision) {
            this.id = id;
            this.contentHash = contentHash;
            this.status = status;
            this.revision = revision;
        }

        static Story stored(Row row) {
            return new Story(
                    row.getUUID("id"),
                    row.getString("content_hash"),
                    ArticleStatus.valueOf(row.getString("status")),
                    row.getInteger("revision"));
        }

        static Story created(PreparedArticle article) {
            Story story =
                    new Story(UUID.randomUUID(), article.contentHash(), ArticleStatus.RECEIVED, 1);
            story.content = article;
            story.inserted = true;
            story.changedHere = true;
            return story;
        }

        void revise(PreparedArticle article) {
            contentHash = article.contentHash();
            content = article;
            revision++;
            status = ArticleStatus.RECEIVED;
            changedHere = true;
        }
    }
}
