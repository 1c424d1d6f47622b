package io.newsgraph.ingest.article;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.newsgraph.ingest.pipeline.IngestConfig;
import io.newsgraph.ingest.pipeline.IngestConfig.Allowance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * Keeps one newsroom integration from crowding out the others: each client (the token's {@code
 * azp}, its client id) gets a bucket of {@code burst} articles refilled at {@code
 * articles-per-second}. A request is admitted while the client's bucket holds an article and its
 * articles are then taken, so one full batch may overdraw the bucket; the client then waits until
 * the overdraft is repaid. A refused request stores nothing and says how long to wait.
 */
@ApplicationScoped
public class IntakeRateLimiter {

    private static final Logger LOG = Logger.getLogger(IntakeRateLimiter.class);

    /** Idle buckets are forgotten now and then, so clients that went away cost no memory. */
    private static final int SWEEP_EVERY = 4096;

    private final boolean enabled;
    private final Allowance defaults;
    private final Map<String, Allowance> perClient;
    private final LongSupplier nanoClock;
    private final MeterRegistry meters;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong requests = new AtomicLong();

    @Inject
    public IntakeRateLimiter(IngestConfig config, MeterRegistry meters) {
        this(config.rateLimit(), System::nanoTime, meters);
    }

    IntakeRateLimiter(IngestConfig.RateLimit config, LongSupplier nanoClock) {
        this(config, nanoClock, Metrics.globalRegistry);
    }

    private IntakeRateLimiter(
            IngestConfig.RateLimit config, LongSupplier nanoClock, MeterRegistry meters) {
        this.enabled = config.enabled();
        this.defaults = checked("default", config.allowance());
        config.clients().forEach(IntakeRateLimiter::checked);
        this.perClient = Map.copyOf(config.clients());
        this.nanoClock = nanoClock;
        this.meters = meters;
        if (enabled) {
            LOG.infof(
                    "Intake allowance per client: %s articles/s, bursts of %d%s",
                    defaults.articlesPerSecond(),
                    defaults.burst(),
                    perClient.isEmpty() ? "" : "; own allowances for " + perClient.keySet());
        } else {
            LOG.warn("Intake allowances are disabled: any client may submit at any rate");
        }
    }

    /**
     * Takes {@code articles} from the caller's allowance, or fails with {@link
     * IntakeRateLimitedException} saying when to come back.
     */
    public void admit(SecurityIdentity caller, int articles) {
        Duration wait = tryAdmit(clientOf(caller), articles);
        if (!wait.isZero()) {
            throw new IntakeRateLimitedException(clientOf(caller), wait);
        }
    }

    /**
     * Takes {@code articles} from the client's allowance and returns {@link Duration#ZERO}, or
     * returns how long until it could be taken, taking nothing.
     */
    public Duration tryAdmit(String client, int articles) {
        if (!enabled) {
            return Duration.ZERO;
        }
        long now = nanoClock.getAsLong();
        if (requests.incrementAndGet() % SWEEP_EVERY == 0) {
            buckets.values().removeIf(bucket -> bucket.isFull(now));
        }
        Allowance allowance = perClient.getOrDefault(client, defaults);
        Duration wait =
                buckets.computeIfAbsent(client, name -> new Bucket(allowance, now))
                        .take(articles, now);
        if (!wait.isZero()) {
            throttled(client).increment();
        }
        return wait;
    }

    /** Requests (or feed articles) that had to wait, per client: operators see who hits limits. */
    private Counter throttled(String client) {
        return Counter.builder("newsgraph.intake.throttled")
                .description("Intake requests over the client's allowance (refused or delayed)")
                .tag("client", client)
                .register(meters);
    }

    /** The client id of a Keycloak token (its authorised party), else the subject. */
    public static String clientOf(SecurityIdentity caller) {
        if (caller.getPrincipal() instanceof JsonWebToken token) {
            String azp = token.getClaim("azp");
            if (azp != null && !azp.isBlank()) {
                return azp;
            }
        }
        return caller.getPrincipal().getName();
    }

    private static Allowance checked(String client, Allowance allowance) {
        if (!(allowance.articlesPerSecond() > 0) || allowance.burst() < 1) {
            throw new IllegalArgumentException(
                    "ingest.rate-limit for "
                            + client
                            + ": articles-per-second must be > 0 and burst >= 1");
        }
        return allowance;
    }

    /** A token bucket that may be overdrawn by the request that empties it. */
    private static final class Bucket {
        private final double perSecond;
        private final double capacity;
        private double tokens;
        private long updated;

        Bucket(Allowance allowance, long now) {
            this.perSecond = allowance.articlesPerSecond();
            this.capacity = allowance.burst();
            this.tokens = capacity;
            this.updated = now;
        }

        synchronized Duration take(int articles, long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= articles;
                return Duration.ZERO;
            }
            // Wait until the bucket holds at least one article again.
            long nanos = (long) Math.ceil((1 - tokens) * 1e9 / perSecond);
            return Duration.ofNanos(Math.max(nanos, 1));
        }

        synchronized boolean isFull(long now) {
            refill(now);
            return tokens >= capacity;
        }

        private void refill(long now) {
            tokens = Math.min(capacity, tokens + (now - updated) * perSecond / 1e9);
            updated = now;
        }
    }
}
