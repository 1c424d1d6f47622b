package io.newsgraph.stack;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * A single KRaft node (broker and controller in one JVM) from the kafka_2.13 jars; its log
 * directory is formatted once and kept, so topics and offsets survive a restart.
 */
public final class KafkaProcess extends ManagedProcess {

    private KafkaProcess(ManagedProcess process) {
        super(process);
    }

    public static KafkaProcess start(
            Path kafkaLib, Path dir, int port, int controllerPort, Path log, List<String> topics)
            throws IOException {
        if (!Files.isDirectory(kafkaLib)) {
            throw new StackException(
                    "Kafka jars are missing in "
                            + kafkaLib
                            + "; build them with ./mvnw -pl deploy/stack install");
        }
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        Path config = dir.resolve("server.properties");
        Files.writeString(config, serverProperties(data, port, controllerPort));
        String classpath = kafkaLib.toAbsolutePath() + "/*";
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        if (!Files.exists(data.resolve("meta.properties"))) {
            Process format =
                    new ProcessBuilder(
                                    java,
                                    "-cp",
                                    classpath,
                                    "kafka.tools.StorageTool",
                                    "format",
                                    "-t",
                                    clusterId(),
                                    "-c",
                                    config.toString())
                            .redirectErrorStream(true)
                            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                            .start();
            try {
                if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
                    format.destroyForcibly();
                    throw new StackException(
                            "Formatting Kafka storage in "
                                    + data
                                    + " failed; see "
                                    + log
                                    + ":\n"
                                    + ManagedProcess.tail(log, 20));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StackException("interrupted while formatting Kafka storage");
            }
        }
        ManagedProcess process =
                ManagedProcess.start(
                        "kafka",
                        List.of(
                                java,
                                "-Xms128m",
                                "-Xmx512m",
                                "-XX:+UseSerialGC",
                                "-Djava.awt.headless=true",
                                "-Dorg.slf4j.simpleLogger.defaultLogLevel=info",
                                "-cp",
                                classpath,
                                "kafka.Kafka",
                                config.toString()),
                        Map.of(),
                        dir,
                        log);
        KafkaProcess kafka = new KafkaProcess(process);
        kafka.createTopics("127.0.0.1:" + port, topics);
        return kafka;
    }

    /** Waits until the broker answers and the topics exist; creating them is idempotent. */
    private void createTopics(String bootstrap, List<String> topics) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
        int port = Integer.parseInt(bootstrap.substring(bootstrap.lastIndexOf(':') + 1));
        Waits.until(
                "waiting for Kafka to listen on " + bootstrap,
                Duration.ofSeconds(120),
                this,
                () -> !Ports.isFree(port));
        try (Admin admin = Admin.create(props)) {
            Waits.until(
                    "waiting for Kafka on " + bootstrap,
                    Duration.ofSeconds(120),
                    this,
                    () -> {
                        Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
                        List<NewTopic> missing =
                                topics.stream()
                                        .filter(t -> !existing.contains(t))
                                        .map(t -> new NewTopic(t, 1, (short) 1))
                                        .toList();
                        if (!missing.isEmpty()) {
                            admin.createTopics(missing).all().get(10, TimeUnit.SECONDS);
                        }
                        return true;
                    });
        }
    }

    private static String serverProperties(Path data, int port, int controllerPort) {
        return String.join(
                "\n",
                "# Written by newsgraph-stack on every start; single-node KRaft for local"
                        + " development.",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:"
                        + port
                        + ",CONTROLLER://127.0.0.1:"
                        + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                "log.dirs=" + data.toAbsolutePath(),
                "num.partitions=1",
                "offsets.topic.replication.factor=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "auto.create.topics.enable=true",
                // ingest-service accepts 2 MB bodies; their events are compressed but may exceed 1
                // MB.
                "message.max.bytes=8388608",
                "");
    }

    /** Kafka's cluster id format: 16 random bytes, URL-safe base64 without padding. */
    private static String clusterId() {
        UUID uuid = UUID.randomUUID();
        ByteBuffer bytes = ByteBuffer.allocate(16);
        bytes.putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }
}
