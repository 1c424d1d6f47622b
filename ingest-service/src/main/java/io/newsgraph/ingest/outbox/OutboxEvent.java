package io.newsgraph.ingest.outbox;

import java.util.UUID;

/** A leased, not yet published outbox row. */
public record OutboxEvent(
        long id,
        UUID articleId,
        int revision,
        String topic,
        String key,
        String payload,
        int attempt) {}
