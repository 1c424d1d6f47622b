package io.newsgraph.nlp.annotation;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.MultiEmitter;
import io.smallrye.mutiny.subscription.MultiSubscriber;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Maps a stream through an asynchronous step with several items in flight at once, emitting the
 * results in the order of the items: a batch keeps every core busy and answers in request order.
 */
final class InOrder {

    private InOrder() {}

    static <I, O> Multi<O> map(Multi<I> items, int maxInFlight, Function<I, Uni<O>> step) {
        return Multi.createFrom()
                .emitter(
                        emitter -> {
                            Window<I, O> window = new Window<>(emitter, maxInFlight, step);
                            emitter.onTermination(window::cancel);
                            items.subscribe().withSubscriber(window);
                        });
    }

    private static final class Window<I, O> implements MultiSubscriber<I> {
        private final MultiEmitter<? super O> emitter;
        private final int maxInFlight;
        private final Function<I, Uni<O>> step;
        private final Queue<CompletableFuture<O>> inFlight = new ArrayDeque<>();
        private final AtomicInteger drains = new AtomicInteger();
        private volatile Flow.Subscription subscription;
        private volatile boolean upstreamDone;
        private volatile Throwable upstreamFailure;
        private volatile boolean terminated;

        Window(MultiEmitter<? super O> emitter, int maxInFlight, Function<I, Uni<O>> step) {
            this.emitter = emitter;
            this.maxInFlight = maxInFlight;
            this.step = step;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(maxInFlight);
        }

        @Override
        public void onItem(I item) {
            CompletableFuture<O> result;
            try {
                result = step.apply(item).subscribeAsCompletionStage();
            } catch (RuntimeException e) {
                result = CompletableFuture.failedFuture(e);
            }
            synchronized (inFlight) {
                inFlight.add(result);
            }
            result.whenComplete((value, failure) -> drain());
        }

        @Override
        public void onFailure(Throwable failure) {
            upstreamFailure = failure;
            drain();
        }

        @Override
        public void onCompletion() {
            upstreamDone = true;
            drain();
        }

        void cancel() {
            terminated = true;
            Flow.Subscription current = subscription;
            if (current != null) {
                current.cancel();
            }
            synchronized (inFlight) {
                inFlight.forEach(result -> result.cancel(false));
                inFlight.clear();
            }
        }

        /** Emits every finished result at the head of the queue; one thread drains at a time. */
        private void drain() {
            if (drains.getAndIncrement() != 0) {
                return;
            }
            do {
                while (!terminated) {
                    CompletableFuture<O> head;
                    synchronized (inFlight) {
                        head = inFlight.peek();
                        if (head != null && head.isDone()) {
                            inFlight.poll();
                        }
                    }
                    if (head == null) {
                        if (upstreamFailure != null) {
                            fail(upstreamFailure);
                        } else if (upstreamDone) {
                            terminated = true;
                            emitter.complete();
                        }
                        break;
                    }
                    if (!head.isDone()) {
                        break;
                    }
                    try {
                        emitter.emit(head.join());
                    } catch (CompletionException | CancellationException e) {
                        fail(e instanceof CompletionException ? e.getCause() : e);
                        break;
                    }
                    subscription.request(1);
                }
            } while (drains.decrementAndGet() != 0);
        }

        private void fail(Throwable failure) {
            cancel();
            emitter.fail(failure);
        }
    }
}
