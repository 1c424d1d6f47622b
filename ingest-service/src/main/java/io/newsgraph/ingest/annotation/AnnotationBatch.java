package io.newsgraph.ingest.annotation;

import io.grpc.Status;
import io.newsgraph.proto.nlp.v1.AnnotateRequest;
import io.newsgraph.proto.nlp.v1.AnnotateResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * The articles a worker lane claimed together and sends to nlp-service through one AnnotateStream
 * call, with the answer each got so far. A retried call sends only the articles still without an
 * answer (or refused because nlp-service was overloaded), never one that was answered.
 */
public final class AnnotationBatch {

    private static final String OVERLOADED = Status.Code.RESOURCE_EXHAUSTED.name();

    private final List<ClaimedArticle> articles;
    private final AnnotateResponse[] answers;

    public AnnotationBatch(List<ClaimedArticle> articles) {
        this.articles = List.copyOf(articles);
        this.answers = new AnnotateResponse[articles.size()];
    }

    public int size() {
        return articles.size();
    }

    public ClaimedArticle article(int index) {
        return articles.get(index);
    }

    /** nlp-service's answer for the article (possibly one with its {@code error} set), or null. */
    public synchronized AnnotateResponse answer(int index) {
        return answers[index];
    }

    /** Positions of the articles the next call must send: unanswered, or refused for overload. */
    synchronized List<Integer> toSend() {
        List<Integer> pending = new ArrayList<>();
        for (int i = 0; i < answers.length; i++) {
            if (answers[i] == null || overloaded(answers[i])) {
                pending.add(i);
            }
        }
        return pending;
    }

    AnnotateRequest request(int index) {
        ClaimedArticle article = articles.get(index);
        return AnnotateRequest.newBuilder()
                .setText(article.text())
                .setTitle(article.title())
                .setLanguageHint(article.languageHint() == null ? "" : article.languageHint())
                .setCorrelationId(correlationId(article))
                .build();
    }

    /**
     * Records the answer for the article at {@code index}. Answers come in request order; one that
     * names another article means the stream cannot be trusted, and fails the call.
     */
    synchronized void answered(int index, AnnotateResponse response) {
        String expected = correlationId(articles.get(index));
        if (!expected.equals(response.getCorrelationId())) {
            throw Status.INTERNAL
                    .withDescription(
                            "nlp-service answered for "
                                    + response.getCorrelationId()
                                    + " where "
                                    + expected
                                    + " was expected")
                    .asRuntimeException();
        }
        answers[index] = response;
    }

    /** How many of these articles nlp-service refused because it was overloaded. */
    synchronized int overloaded(List<Integer> positions) {
        int count = 0;
        for (int index : positions) {
            if (answers[index] != null && overloaded(answers[index])) {
                count++;
            }
        }
        return count;
    }

    static boolean overloaded(AnnotateResponse response) {
        return response.hasError() && OVERLOADED.equals(response.getError().getCode());
    }

    static String correlationId(ClaimedArticle article) {
        return article.id() + "/" + article.revision();
    }
}
