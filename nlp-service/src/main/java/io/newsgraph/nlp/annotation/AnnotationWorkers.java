package io.newsgraph.nlp.annotation;

import io.grpc.Status;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The threads CoreNLP runs on: one per core and a bounded queue, so the event loop never annotates
 * and an overload is answered with RESOURCE_EXHAUSTED instead of growing memory.
 */
@ApplicationScoped
public class AnnotationWorkers {

    private final ThreadPoolExecutor pool;

    AnnotationWorkers(NlpConfig config) {
        int threads = config.workers().orElse(Runtime.getRuntime().availableProcessors());
        AtomicInteger counter = new AtomicInteger();
        pool =
                new ThreadPoolExecutor(
                        threads,
                        threads,
                        0,
                        TimeUnit.SECONDS,
                        new ArrayBlockingQueue<>(config.queueCapacity()),
                        task -> {
                            Thread thread =
                                    new Thread(task, "nlp-annotator-" + counter.incrementAndGet());
                            thread.setDaemon(true);
                            return thread;
                        });
    }

    /** Number of articles annotated at once. */
    public int size() {
        return pool.getMaximumPoolSize();
    }

    /** Runs {@code task} on an annotation thread; cancelling the Uni drops it if not started. */
    public <T> Uni<T> submit(Supplier<T> task) {
        return Uni.createFrom()
                .emitter(
                        emitter -> {
                            Future<?> future;
                            try {
                                future =
                                        pool.submit(
                                                () -> {
                                                    try {
                                                        emitter.complete(task.get());
                                                    } catch (RuntimeException | Error e) {
                                                        emitter.fail(e);
                                                    }
                                                });
                            } catch (RejectedExecutionException e) {
                                emitter.fail(
                                        Status.RESOURCE_EXHAUSTED
                                                .withDescription(
                                                        "too many articles waiting for annotation,"
                                                                + " retry later")
                                                .asRuntimeException());
                                return;
                            }
                            emitter.onTermination(() -> future.cancel(false));
                        });
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
