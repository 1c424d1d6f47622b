package io.newsgraph.ingest.pipeline;

import io.smallrye.mutiny.Uni;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Runs a background pass at most once at a time. A wake-up during a pass schedules one more pass
 * right after it, so work committed meanwhile is never left for the next poll.
 */
public final class WakeableLoop {

    private static final Logger LOG = Logger.getLogger(WakeableLoop.class);

    private final String name;
    private final Supplier<Uni<Void>> pass;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean requested = new AtomicBoolean();
    private volatile boolean stopped;

    public WakeableLoop(String name, Supplier<Uni<Void>> pass) {
        this.name = name;
        this.pass = pass;
    }

    public void wakeUp() {
        requested.set(true);
        tryStart();
    }

    /** No new pass starts after this; a running one finishes on its own. */
    public void stop() {
        stopped = true;
    }

    private void tryStart() {
        if (stopped || !requested.get() || !running.compareAndSet(false, true)) {
            return;
        }
        requested.set(false);
        Uni.createFrom()
                .<Void>deferred(pass::get)
                .subscribe()
                .with(
                        ignored -> finished(),
                        failure -> {
                            LOG.warnf(failure, "%s pass failed; the next poll retries", name);
                            finished();
                        });
    }

    private void finished() {
        running.set(false);
        tryStart();
    }
}
