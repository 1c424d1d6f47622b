package io.newsgraph.ingest.admin;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.TreeMap;

/** Counts that tell an operator whether articles are flowing or piling up, and where. */
@ApplicationScoped
public class PipelineStatus {

    private static final String ARTICLES =
            "SELECT status, count(*) AS n FROM article GROUP BY status";

    private static final String OUTBOX =
            """
            SELECT count(*) FILTER (WHERE published_at IS NULL AND failed_at IS NULL) AS pending,
                   count(*) FILTER (WHERE published_at IS NULL AND failed_at IS NULL
                                      AND in_doubt_since IS NOT NULL AND lease_until IS NULL) AS in_doubt,
                   count(*) FILTER (WHERE failed_at IS NOT NULL) AS failed
              FROM outbox_event
            """;

    private final Pool pool;

    public PipelineStatus(Pool pool) {
        this.pool = pool;
    }

    public Uni<View> view(String circuit) {
        return pool.query(ARTICLES)
                .execute()
                .flatMap(
                        statuses -> {
                            Map<String, Long> articles = new TreeMap<>();
                            for (Row row : statuses) {
                                articles.put(row.getString("status"), row.getLong("n"));
                            }
                            return pool.query(OUTBOX)
                                    .execute()
                                    .map(
                                            rows -> {
                                                Row row = rows.iterator().next();
                                                return new View(
                                                        articles,
                                                        new Outbox(
                                                                row.getLong("pending"),
                                                                row.getLong("in_doubt"),
                                                                row.getLong("failed")),
                                                        circuit);
                                            });
                        });
    }

    /**
     * Articles per status, the outbox backlog, and the circuit breaker state towards nlp-service.
     */
    public record View(Map<String, Long> articles, Outbox outbox, String nlpCircuit) {}

    /**
     * Events waiting for Kafka, those of them whose last attempt has an unknown outcome, and
     * refused ones.
     */
    public record Outbox(long pending, long inDoubt, long failed) {}
}
