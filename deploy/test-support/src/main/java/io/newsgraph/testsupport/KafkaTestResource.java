package io.newsgraph.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.common.utils.Exit;

/**
 * A real Kafka broker (single combined KRaft node) running inside the test JVM. One broker per test
 * JVM, shared by every Quarkus application start; tests use their own topics or keys.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    private static KafkaClusterTestKit cluster;

    /** Starts the shared broker if needed. */
    public static synchronized KafkaClusterTestKit cluster() {
        if (cluster == null) {
            // Kafka's own shutdown hook deletes the broker's temp log dirs, possibly while the
            // broker is still stopping; the broker then halts the JVM, failing a green test run.
            Exit.setHaltProcedure((status, message) -> {});
            Exit.setExitProcedure((status, message) -> {});
            try {
                KafkaClusterTestKit started =
                        new KafkaClusterTestKit.Builder(
                                        new TestKitNodes.Builder()
                                                .setCombined(true)
                                                .setNumBrokerNodes(1)
                                                .setNumControllerNodes(1)
                                                .build())
                                .setConfigProp("auto.create.topics.enable", "true")
                                .setConfigProp("num.partitions", "1")
                                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                                .setConfigProp("offsets.topic.replication.factor", "1")
                                .setConfigProp("transaction.state.log.replication.factor", "1")
                                .setConfigProp("transaction.state.log.min.isr", "1")
                                .build();
                started.format();
                started.startup();
                started.waitForReadyBrokers();
                cluster = started;
                Runtime.getRuntime().addShutdownHook(new Thread(KafkaTestResource::closeQuietly));
            } catch (Exception e) {
                throw new IllegalStateException("in-JVM Kafka broker did not start", e);
            }
        }
        return cluster;
    }

    /** Bootstrap servers of the shared broker, for test producers and consumers. */
    public static String bootstrapServers() {
        return cluster().bootstrapServers();
    }

    /**
     * Stops the shared broker (its controller keeps running), for fault drills: clients see Kafka
     * as down until {@link #startBroker()}. Every log on disk is kept.
     */
    public static synchronized void stopBroker() {
        cluster().brokers().values().forEach(broker -> broker.shutdown());
    }

    /**
     * Starts the broker stopped by {@link #stopBroker()} again, on the same port and with the same
     * logs, and waits until it serves clients. Does nothing when it is already running.
     */
    public static synchronized void startBroker() {
        KafkaClusterTestKit running = cluster();
        try {
            for (var broker : running.brokers().values()) {
                if (broker.isShutdown()) {
                    broker.startup();
                }
            }
            running.waitForReadyBrokers();
        } catch (Exception e) {
            throw new IllegalStateException("in-JVM Kafka broker did not restart", e);
        }
    }

    private static void closeQuietly() {
        try {
            cluster.close();
        } catch (Exception ignored) {
            // the JVM is exiting
        }
    }

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", bootstrapServers());
    }

    @Override
    public void stop() {
        // The broker outlives one application start; a JVM shutdown hook stops it.
    }
}
