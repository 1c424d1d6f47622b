package io.newsgraph.ingest.outbox;

import java.time.Instant;
import java.util.UUID;

/**
 * A leased, not yet published outbox row. {@code inDoubtSince} is set when an earlier attempt may
 * have reached Kafka unrecorded; {@code claimedAt} is when this attempt started.
 */
public record OutboxEvent(
        long id,
        UUID articleId,
        int revision,
        String topic,
        String key,
        String payload,
        int attempt,
        Instant inDoubtSince,
        Instant claimedAt) {}
