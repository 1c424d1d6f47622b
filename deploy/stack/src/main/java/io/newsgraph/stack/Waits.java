package io.newsgraph.stack;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;

/** Polling with a deadline, failing early when the process being waited for has died. */
final class Waits {

    private Waits() {}

    static void until(
            String what, Duration timeout, ManagedProcess process, Callable<Boolean> condition) {
        Instant deadline = Instant.now().plus(timeout);
        Exception last = null;
        while (Instant.now().isBefore(deadline)) {
            if (process != null) {
                process.checkAlive(what);
            }
            try {
                if (Boolean.TRUE.equals(condition.call())) {
                    return;
                }
            } catch (Exception e) {
                last = e;
            }
            sleep(Duration.ofMillis(500));
        }
        String hint =
                process == null
                        ? ""
                        : " Its log is " + process.log() + ", last lines:\n" + process.tail(40);
        throw new StackException(
                "Timed out after "
                        + timeout.toSeconds()
                        + " s "
                        + what
                        + (last == null ? "" : " (last error: " + last + ")")
                        + "."
                        + hint);
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted");
        }
    }
}
