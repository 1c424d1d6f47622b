package io.newsgraph.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsgraph.ingest.pipeline.IngestConfig;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class IntakeRateLimiterTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    @Test
    void aClientMaySendItsBurstThenWaitsForTheRefill() {
        IntakeRateLimiter limiter = limiter(true, allowance(10, 5), Map.of());

        for (int i = 0; i < 5; i++) {
            assertThat(limiter.tryAdmit("cms", 1)).isZero();
        }
        assertThat(limiter.tryAdmit("cms", 1)).isEqualTo(Duration.ofMillis(100));

        advance(Duration.ofMillis(100));
        assertThat(limiter.tryAdmit("cms", 1)).isZero();
        assertThat(limiter.tryAdmit("cms", 1)).isPositive();
    }

    @Test
    void aBatchMayOverdrawTheBucketAndIsThenRepaidBeforeTheNextRequest() {
        IntakeRateLimiter limiter = limiter(true, allowance(100, 200), Map.of());

        assertThat(limiter.tryAdmit("wire", 500)).as("a full batch on a full bucket").isZero();
        // 300 articles of overdraft plus one to send: 3.01 s at 100 articles/s.
        assertThat(limiter.tryAdmit("wire", 1)).isEqualTo(Duration.ofMillis(3010));

        advance(Duration.ofSeconds(3));
        assertThat(limiter.tryAdmit("wire", 1)).isPositive();
        advance(Duration.ofMillis(20));
        assertThat(limiter.tryAdmit("wire", 1)).isZero();
    }

    @Test
    void aRefusedRequestTakesNothing() {
        IntakeRateLimiter limiter = limiter(true, allowance(1, 1), Map.of());
        assertThat(limiter.tryAdmit("app", 1)).isZero();
        Duration first = limiter.tryAdmit("app", 1);
        Duration second = limiter.tryAdmit("app", 1);
        assertThat(second).isEqualTo(first).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void clientsHaveSeparateAllowancesAndNamedOnesTheirOwn() {
        IntakeRateLimiter limiter =
                limiter(true, allowance(1, 1), Map.of("wire-feed", allowance(1000, 1000)));

        assertThat(limiter.tryAdmit("small-app", 1)).isZero();
        assertThat(limiter.tryAdmit("small-app", 1)).isPositive();
        assertThat(limiter.tryAdmit("other-app", 1)).as("another client is unaffected").isZero();
        for (int i = 0; i < 1000; i++) {
            assertThat(limiter.tryAdmit("wire-feed", 1)).isZero();
        }
        assertThat(limiter.tryAdmit("wire-feed", 1)).isEqualTo(Duration.ofMillis(1));
    }

    @Test
    void aDisabledLimiterAdmitsEverything() {
        IntakeRateLimiter limiter = limiter(false, allowance(1, 1), Map.of());
        for (int i = 0; i < 100; i++) {
            assertThat(limiter.tryAdmit("cms", 500)).isZero();
        }
    }

    private void advance(Duration duration) {
        now.addAndGet(duration.toNanos());
    }

    private IntakeRateLimiter limiter(
            boolean enabled,
            IngestConfig.Allowance defaults,
            Map<String, IngestConfig.Allowance> clients) {
        return new IntakeRateLimiter(
                new IngestConfig.RateLimit() {
                    @Override
                    public boolean enabled() {
                        return enabled;
                    }

                    @Override
                    public IngestConfig.Allowance allowance() {
                        return defaults;
                    }

                    @Override
                    public Map<String, IngestConfig.Allowance> clients() {
                        return clients;
                    }
                },
                now::get);
    }

    private static IngestConfig.Allowance allowance(double perSecond, int burst) {
        return new IngestConfig.Allowance() {
            @Override
            public double articlesPerSecond() {
                return perSecond;
            }

            @Override
            public int burst() {
                return burst;
            }
        };
    }
}
