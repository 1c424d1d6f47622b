package io.newsgraph.ingest.article;

import java.util.UUID;

/** Answer to a submission: the article id and its current status and revision. */
public record ArticleReceipt(UUID id, ArticleStatus status, int revision) {

    public static ArticleReceipt of(Acceptance acceptance) {
        return new ArticleReceipt(acceptance.id(), acceptance.status(), acceptance.revision());
    }
}
