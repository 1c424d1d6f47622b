package io.newsgraph.ingest.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;

/**
 * One item of a batch answer, at the item's position: {@code code} is what a single submission
 * would have returned (202 new revision, 200 unchanged, 400 rejected with {@code violations}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ItemResult(
        int index,
        int code,
        UUID id,
        ArticleStatus status,
        Integer revision,
        List<FieldViolation> violations) {

    static ItemResult accepted(int index, Acceptance acceptance) {
        return new ItemResult(
                index,
                acceptance.changed() ? 202 : 200,
                acceptance.id(),
                acceptance.status(),
                acceptance.revision(),
                null);
    }

    static ItemResult rejected(int index, List<FieldViolation> violations) {
        return new ItemResult(index, 400, null, null, null, violations);
    }
}
