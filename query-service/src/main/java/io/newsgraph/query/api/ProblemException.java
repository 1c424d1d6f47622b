package io.newsgraph.query.api;

import java.util.List;

/** A failure that reaches clients as a problem document: bad parameters or a missing resource. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<Violation> violations;

    private ProblemException(int status, String title, String detail, List<Violation> violations) {
        super(detail);
        this.status = status;
        this.title = title;
        this.violations = List.copyOf(violations);
    }

    public static ProblemException badRequest(List<Violation> violations) {
        return new ProblemException(
                400, "Bad Request", "The request has invalid parameters.", violations);
    }

    public static ProblemException badRequest(String field, String message) {
        return badRequest(List.of(new Violation(field, message)));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "Conflict", detail, List.of());
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "Not Found", detail, List.of());
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<Violation> violations() {
        return violations;
    }

    public Problem toProblem() {
        return new Problem(
                "about:blank",
                title,
                status,
                getMessage(),
                violations.isEmpty() ? null : violations);
    }
}
