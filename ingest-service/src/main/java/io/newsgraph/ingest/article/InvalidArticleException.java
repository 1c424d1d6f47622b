package io.newsgraph.ingest.article;

import java.util.List;

/** A submission that cannot be accepted; nothing was stored. */
public class InvalidArticleException extends RuntimeException {

    private final transient List<FieldViolation> violations;

    public InvalidArticleException(List<FieldViolation> violations) {
        super("invalid article: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
