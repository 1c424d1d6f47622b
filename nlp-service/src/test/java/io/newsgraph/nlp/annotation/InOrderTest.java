package io.newsgraph.nlp.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class InOrderTest {

    @Test
    void runsSeveralItemsAtOnceAndEmitsThemInOrder() {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();

        List<Integer> results =
                InOrder.map(
                                Multi.createFrom().range(0, 8),
                                3,
                                (Integer i) ->
                                        Uni.createFrom()
                                                .item(i)
                                                .onItem()
                                                .invoke(
                                                        () ->
                                                                mostAtOnce.accumulateAndGet(
                                                                        running.incrementAndGet(),
                                                                        Math::max))
                                                // Later items finish first.
                                                .onItem()
                                                .delayIt()
                                                .by(Duration.ofMillis(80 - 10L * i))
                                                .onItem()
                                                .invoke(running::decrementAndGet))
                        .collect()
                        .asList()
                        .await()
                        .atMost(Duration.ofSeconds(10));

        assertThat(results).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
        assertThat(mostAtOnce.get()).isEqualTo(3);
    }

    @Test
    void aFailedItemFailsTheStreamAfterTheItemsBeforeIt() {
        List<Object> seen = new java.util.concurrent.CopyOnWriteArrayList<>();

        Throwable failure =
                InOrder.map(
                                Multi.createFrom().range(0, 5),
                                2,
                                (Integer i) ->
                                        i == 2
                                                ? Uni.createFrom()
                                                        .<Integer>failure(
                                                                new IllegalStateException("bad 2"))
                                                : Uni.createFrom().item(i))
                        .onItem()
                        .invoke(seen::add)
                        .collect()
                        .asList()
                        .onItemOrFailure()
                        .transform((list, error) -> error)
                        .await()
                        .atMost(Duration.ofSeconds(10));

        assertThat(failure).hasMessage("bad 2");
        assertThat(seen).containsExactly(0, 1);
    }
}
