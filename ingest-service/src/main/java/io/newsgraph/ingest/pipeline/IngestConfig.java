package io.newsgraph.ingest.pipeline;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** Tuning of the annotation worker and the outbox publisher. */
@ConfigMapping(prefix = "ingest")
public interface IngestConfig {

    Annotation annotation();

    Publication publication();

    interface Annotation {
        /** How often the worker looks for due articles besides the wake-up after each accept. */
        Duration pollInterval();

        /** Longest wait for one Annotate call. */
        Duration deadline();

        /** Concurrent calls to nlp-service per instance. */
        int concurrency();

        /** Attempts per revision before it is FAILED. */
        int maxAttempts();

        Duration initialBackoff();

        Duration maxBackoff();

        /**
         * How long a claimed article stays reserved for a worker; after that another may take it.
         */
        Duration lease();
    }

    interface Publication {
        Duration pollInterval();

        int batchSize();

        int maxAttempts();

        Duration initialBackoff();

        Duration maxBackoff();

        Duration lease();
    }
}
