package io.newsgraph.ingest.article;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * Accepts articles from every intake (REST single and batch, gRPC single and stream): cleans them,
 * stores new revisions and acknowledges only what is committed.
 */
@ApplicationScoped
public class ArticleIntake {

    /**
     * Submissions larger than this, in total, are cleaned on worker threads, off the event loop.
     */
    private static final int INLINE_CLEANING_CHARS = 32 * 1024;

    /** Articles cleaned per worker task: big batches keep every core busy. */
    private static final int CLEANING_CHUNK = 50;

    private final ArticleRepository articles;
    private final ArticlePreparer preparer;
    private final ArticleStore store;
    private final Event<ArticleReceived> received;

    public ArticleIntake(
            ArticleRepository articles,
            ArticlePreparer preparer,
            ArticleStore store,
            Event<ArticleReceived> received) {
        this.articles = articles;
        this.preparer = preparer;
        this.store = store;
        this.received = received;
    }

    /**
     * Stores one submission. Fails with {@link InvalidArticleException} when it is invalid;
     * otherwise the returned acceptance is durable.
     */
    public Uni<Acceptance> submit(ArticleSubmission submission) {
        return submitAll(Collections.singletonList(submission))
                .map(
                        results -> {
                            ItemResult result = results.get(0);
                            if (result.violations() != null) {
                                throw new InvalidArticleException(result.violations());
                            }
                            return new Acceptance(
                                    result.id(),
                                    result.status(),
                                    result.revision(),
                                    result.code() == 202);
                        });
    }

    /**
     * Cleans every submission, then stores the valid ones in one transaction and answers each in
     * order; an invalid item is reported on its own and stores nothing.
     */
    public Uni<List<ItemResult>> submitAll(List<ArticleSubmission> submissions) {
        return prepareAll(submissions)
                .flatMap(
                        prepared -> {
                            List<PreparedArticle> valid = new ArrayList<>();
                            for (Object item : prepared) {
                                if (item instanceof PreparedArticle article) {
                                    valid.add(article);
                                }
                            }
                            return store.store(valid)
                                    .map(acceptances -> answer(prepared, acceptances));
                        })
                .invoke(this::announce);
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

    /** Per submission, in order: its {@link PreparedArticle} or its violations. */
    private Uni<List<Object>> prepareAll(List<ArticleSubmission> submissions) {
        long chars = submissions.stream().mapToLong(ArticleIntake::contentLength).sum();
        if (Vertx.currentContext() == null || chars < INLINE_CLEANING_CHARS) {
            return Uni.createFrom().item(() -> prepareRange(submissions, 0, submissions.size()));
        }
        // Parsing HTML takes milliseconds per page: clean on workers, a chunk per task.
        List<Uni<List<Object>>> chunks = new ArrayList<>();
        for (int from = 0; from < submissions.size(); from += CLEANING_CHUNK) {
            int start = from;
            int end = Math.min(submissions.size(), from + CLEANING_CHUNK);
            chunks.add(
                    Uni.createFrom()
                            .item(() -> prepareRange(submissions, start, end))
                            .runSubscriptionOn(Infrastructure.getDefaultWorkerPool()));
        }
        return Uni.join()
                .all(chunks)
                .andFailFast()
                .map(
                        parts -> {
                            List<Object> prepared = new ArrayList<>(submissions.size());
                            parts.forEach(prepared::addAll);
                            return prepared;
                        });
    }

    private List<Object> prepareRange(List<ArticleSubmission> submissions, int from, int to) {
        List<Object> prepared = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            try {
                prepared.add(preparer.prepare(submissions.get(i)));
            } catch (InvalidArticleException e) {
                prepared.add(e.violations());
            }
        }
        return prepared;
    }

    @SuppressWarnings("unchecked")
    private static List<ItemResult> answer(List<Object> prepared, List<Acceptance> acceptances) {
        List<ItemResult> results = new ArrayList<>(prepared.size());
        int stored = 0;
        for (int index = 0; index < prepared.size(); index++) {
            Object item = prepared.get(index);
            if (item instanceof PreparedArticle) {
                results.add(ItemResult.accepted(index, acceptances.get(stored++)));
            } else {
                results.add(ItemResult.rejected(index, (List<FieldViolation>) item));
            }
        }
        return results;
    }

    /** Wakes the annotation worker once for everything this call queued. */
    private void announce(List<ItemResult> results) {
        results.stream()
                .filter(result -> result.status() == ArticleStatus.RECEIVED)
                .findFirst()
                .ifPresent(
                        result ->
                                received.fire(new ArticleReceived(result.id(), result.revision())));
    }

    private static int contentLength(ArticleSubmission submission) {
        if (submission == null) {
            return 0;
        }
        String content = submission.html() != null ? submission.html() : submission.body();
        return content == null ? 0 : content.length();
    }
}
