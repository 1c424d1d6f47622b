package io.newsgraph.ingest.pipeline;

import java.time.Duration;

/** Exponential backoff between attempts. */
public final class Backoff {

    private Backoff() {}

    /** Delay before the attempt after {@code attempt} (1-based): initial, 2×, 4×… capped at max. */
    public static Duration after(int attempt, Duration initial, Duration max) {
        int doublings = Math.max(0, Math.min(attempt - 1, 30));
        Duration delay = initial.multipliedBy(1L << doublings);
        return delay.compareTo(max) > 0 ? max : delay;
    }

    /** Seconds as PostgreSQL's make_interval expects them. */
    public static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }
}
