package io.newsgraph.ingest.article;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Accepts articles from every intake (REST single and batch, gRPC single and stream): cleans them,
 * stores new revisions and acknowledges only what is committed.
 */
@ApplicationScoped
public class ArticleIntake {

    /** Submissions larger than this are cleaned on a worker thread, off the event loop. */
    private static final int INLINE_CLEANING_CHARS = 32 * 1024;

    private static final String UNIQUE_VIOLATION = "23505";

    private final ArticleRepository articles;
    private final ArticlePreparer preparer;
    private final Event<ArticleReceived> received;

    public ArticleIntake(
            ArticleRepository articles, ArticlePreparer preparer, Event<ArticleReceived> received) {
        this.articles = articles;
        this.preparer = preparer;
        this.received = received;
    }

    /**
     * Stores one submission. Fails with {@link InvalidArticleException} when it is invalid;
     * otherwise the returned acceptance is durable.
     */
    public Uni<Acceptance> submit(ArticleSubmission submission) {
        return prepare(submission)
                .flatMap(this::store)
                .invoke(
                        acceptance -> {
                            if (acceptance.changed()) {
                                received.fire(
                                        new ArticleReceived(
                                                acceptance.id(), acceptance.revision()));
                            }
                        });
    }

    /** Stores each submission on its own, in order; an invalid item does not affect the others. */
    public Uni<List<ItemResult>> submitAll(List<ArticleSubmission> submissions) {
        return Multi.createFrom()
                .range(0, submissions.size())
                .onItem()
                .transformToUniAndConcatenate(
                        index ->
                                submit(submissions.get(index))
                                        .map(acceptance -> ItemResult.accepted(index, acceptance))
                                        .onFailure(InvalidArticleException.class)
                                        .recoverWithItem(
                                                failure ->
                                                        ItemResult.rejected(
                                                                index,
                                                                ((InvalidArticleException) failure)
                                                                        .violations())))
                .collect()
                .asList();
    }

    /** The article with this id; fails with {@link ArticleNotFoundException}. */
    @WithSession
    public Uni<Article> find(String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().failure(new ArticleNotFoundException(id));
        }
        return articles.findById(uuid)
                .onItem()
                .ifNull()
                .failWith(() -> new ArticleNotFoundException(id));
    }

    private Uni<PreparedArticle> prepare(ArticleSubmission submission) {
        Uni<PreparedArticle> prepared = Uni.createFrom().item(() -> preparer.prepare(submission));
        Context context = Vertx.currentContext();
        if (context == null || contentLength(submission) < INLINE_CLEANING_CHARS) {
            return prepared;
        }
        // Parsing a large HTML page takes milliseconds: do it on a worker, then come back to the
        // request's Vert.x context, which Hibernate Reactive requires.
        return prepared.runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .emitOn(task -> context.runOnContext(ignored -> task.run()));
    }

    private Uni<Acceptance> store(PreparedArticle prepared) {
        // Two first submissions of the same story can race to insert; the loser retries and then
        // finds the winner's row.
        return Uni.createFrom()
                .deferred(() -> Panache.withTransaction(() -> upsert(prepared)))
                .onFailure(ArticleIntake::isUniqueViolation)
                .retry()
                .atMost(2);
    }

    private Uni<Acceptance> upsert(PreparedArticle prepared) {
        Instant now = Instant.now();
        return articles.findByIdentityKeyForUpdate(prepared.identityKey())
                .flatMap(
                        existing -> {
                            if (existing == null) {
                                Article article = Article.create(prepared, now);
                                return articles.persistAndFlush(article)
                                        .map(
                                                stored ->
                                                        new Acceptance(
                                                                stored.id,
                                                                stored.status,
                                                                stored.revision,
                                                                true));
                            }
                            if (existing.contentHash.equals(prepared.contentHash())) {
                                return Uni.createFrom()
                                        .item(
                                                new Acceptance(
                                                        existing.id,
                                                        existing.status,
                                                        existing.revision,
                                                        false));
                            }
                            existing.revision++;
                            existing.startRevision(prepared, now);
                            return Uni.createFrom()
                                    .item(
                                            new Acceptance(
                                                    existing.id,
                                                    existing.status,
                                                    existing.revision,
                                                    true));
                        });
    }

    private static int contentLength(ArticleSubmission submission) {
        if (submission == null) {
            return 0;
        }
        String content = submission.html() != null ? submission.html() : submission.body();
        return content == null ? 0 : content.length();
    }

    private static boolean isUniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PgException pg && UNIQUE_VIOLATION.equals(pg.getSqlState())) {
                return true;
            }
            if (cause instanceof org.hibernate.exception.ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }
}
