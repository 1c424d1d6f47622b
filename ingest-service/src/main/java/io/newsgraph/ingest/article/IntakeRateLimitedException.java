package io.newsgraph.ingest.article;

import java.time.Duration;

/** A client sent more articles than its allowance; nothing of the request was stored. */
public class IntakeRateLimitedException extends RuntimeException {

    private final Duration retryAfter;

    public IntakeRateLimitedException(String client, Duration retryAfter) {
        super(
                "Client "
                        + client
                        + " is over its article allowance; retry in "
                        + retryAfterSeconds(retryAfter)
                        + " s.",
                null,
                false,
                false);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds, rounded up, at least 1: what a Retry-After header can say. */
    public long retryAfterSeconds() {
        return retryAfterSeconds(retryAfter);
    }

    private static long retryAfterSeconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
