package io.newsgraph.ingest.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;

/**
 * Where an article stands: the language is the detected one once annotated, else the hint; the
 * error says why it FAILED, or why a RECEIVED article is still waiting (e.g. nlp-service is down).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleStatusView(
        UUID id, ArticleStatus status, int revision, String language, String error) {

    public static ArticleStatusView of(Article article) {
        return new ArticleStatusView(
                article.id,
                article.status,
                article.revision,
                article.language != null ? article.language : article.languageHint,
                article.status == ArticleStatus.FAILED || article.status == ArticleStatus.RECEIVED
                        ? article.error
                        : null);
    }
}
