package io.newsgraph.ingest.pipeline;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;
import java.util.Map;

/** Tuning of the annotation worker and the outbox publisher. */
@ConfigMapping(prefix = "ingest")
public interface IngestConfig {

    Annotation annotation();

    Publication publication();

    /** How many articles each newsroom integration may submit. */
    RateLimit rateLimit();

    interface Annotation {
        /** How often the worker looks for due articles besides the wake-up after each accept. */
        Duration pollInterval();

        /**
         * Longest wait for nlp-service's answer to one article: no answer on a stream for that long
         * ends the call, and a call may last this long per article it carries.
         */
        Duration deadline();

        /** Concurrent AnnotateStream calls (worker lanes) per instance. */
        int concurrency();

        /** Articles claimed together and sent through one AnnotateStream call. */
        int batchSize();

        /** Attempts per revision before it is FAILED. */
        int maxAttempts();

        Duration initialBackoff();

        Duration maxBackoff();

        /**
         * How long a claimed article stays reserved for a worker; after that another may take it.
         */
        Duration lease();

        /** Quick retries inside one attempt, for a blip of nlp-service. */
        CallRetry callRetry();

        CircuitBreaker circuitBreaker();
    }

    interface CallRetry {
        int maxRetries();

        Duration delay();

        Duration maxDelay();
    }

    /** Stops calling nlp-service while most recent calls failed; articles wait meanwhile. */
    interface CircuitBreaker {
        /** Calls in the rolling window the failure ratio is computed over. */
        int requestVolumeThreshold();

        double failureRatio();

        /** How long the circuit stays open before one call probes nlp-service again. */
        Duration delay();
    }

    interface Publication {
        Duration pollInterval();

        int batchSize();

        Duration initialBackoff();

        Duration maxBackoff();

        /**
         * Longer than the Kafka transaction timeout, so a dead instance's transaction is settled.
         */
        Duration lease();

        /** Kafka transactional id: stable per instance, so a restart fences its former self. */
        String transactionalId();
    }

    /**
     * Per client (the token's {@code azp}, i.e. the integration's client id): an average rate and
     * the burst it may send at once, counted in articles.
     */
    interface RateLimit {
        boolean enabled();

        /** The default allowance of every client. */
        Allowance allowance();

        /** Allowances of named clients, e.g. a wire feed that needs more than a small app. */
        Map<String, Allowance> clients();
    }

    interface Allowance {
        double articlesPerSecond();

        int burst();
    }
}
