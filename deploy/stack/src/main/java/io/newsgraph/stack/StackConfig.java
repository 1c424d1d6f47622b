package io.newsgraph.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where everything of one local stack lives and which ports it uses; the launcher reads it from the
 * environment, the end-to-end test builds one with free ports and a temporary data directory.
 */
public record StackConfig(
        Path root,
        Path dataDir,
        Path keycloakHome,
        Path kafkaLib,
        Path realmFile,
        Path postgresBinaries,
        int ingestPort,
        int nlpPort,
        int queryPort,
        int keycloakPort,
        int kafkaPort,
        int kafkaControllerPort,
        int postgresPort) {

    public static final String REALM = "newsgraph";
    public static final String DB_USER = "newsgraph";
    public static final String DB_PASSWORD = "newsgraph";
    public static final String INGEST_DB = "newsgraph_ingest";
    public static final String QUERY_DB = "newsgraph_query";
    public static final String TOPIC = "article-entities";

    /** Dev-realm secret of the ingest-service client; production passes its own via env. */
    public static final String INGEST_SERVICE_SECRET = "ingest-service-secret";

    public static final String DEMO_CLIENT = "newsroom-demo";
    public static final String DEMO_SECRET = "newsroom-demo-secret";
    public static final String CLI_CLIENT = "newsgraph-cli";

    /** The launcher's configuration: the contract's ports unless overridden by NEWSGRAPH_*_PORT. */
    public static StackConfig fromEnvironment(Path root) {
        Map<String, String> env = System.getenv();
        int kafkaPort = port(env, "NEWSGRAPH_KAFKA_PORT", 9092);
        return new StackConfig(
                root,
                root.resolve("deploy/.data"),
                findKeycloakHome(root.resolve("deploy/stack/target/keycloak")),
                root.resolve("deploy/stack/target/kafka-lib"),
                root.resolve("deploy/keycloak/newsgraph-realm.json"),
                root.resolve("deploy/.data/postgres-bin"),
                port(env, "NEWSGRAPH_INGEST_PORT", 8081),
                port(env, "NEWSGRAPH_NLP_PORT", 8082),
                port(env, "NEWSGRAPH_QUERY_PORT", 8083),
                port(env, "NEWSGRAPH_KEYCLOAK_PORT", 8180),
                kafkaPort,
                port(env, "NEWSGRAPH_KAFKA_CONTROLLER_PORT", kafkaPort + 1),
                port(env, "NEWSGRAPH_POSTGRES_PORT", 5433));
    }

    /** A configuration on free ports, for tests that run a whole stack next to anything else. */
    public static StackConfig withFreePorts(Path root, Path dataDir, Path keycloakHome) {
        int[] ports = Ports.freePorts(7);
        return new StackConfig(
                root,
                dataDir,
                keycloakHome,
                root.resolve("deploy/stack/target/kafka-lib"),
                root.resolve("deploy/keycloak/newsgraph-realm.json"),
                dataDir.resolve("postgres-bin"),
                ports[0],
                ports[1],
                ports[2],
                ports[3],
                ports[4],
                ports[5],
                ports[6]);
    }

    /**
     * The same configuration with PostgreSQL binaries unpacked in {@code dir}, so that test runs
     * with fresh data directories share one unpacked copy.
     */
    public StackConfig withPostgresBinaries(Path dir) {
        return new StackConfig(
                root,
                dataDir,
                keycloakHome,
                kafkaLib,
                realmFile,
                dir,
                ingestPort,
                nlpPort,
                queryPort,
                keycloakPort,
                kafkaPort,
                kafkaControllerPort,
                postgresPort);
    }

    /** The single {@code keycloak-<version>} directory the build unpacked under {@code dir}. */
    public static Path findKeycloakHome(Path dir) {
        if (!Files.isDirectory(dir)) {
            return dir.resolve("keycloak-dist-missing");
        }
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(p -> Files.isRegularFile(p.resolve("bin/kc.sh")))
                    .findFirst()
                    .orElse(dir.resolve("keycloak-dist-missing"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int port(Map<String, String> env, String name, int defaultPort) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return defaultPort;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + "=" + value + " is not a TCP port");
        }
    }

    /** Every port with the component using it and the variable that moves it. */
    public Map<String, Integer> ports() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("PostgreSQL (NEWSGRAPH_POSTGRES_PORT)", postgresPort);
        ports.put("Kafka (NEWSGRAPH_KAFKA_PORT)", kafkaPort);
        ports.put("Kafka controller (NEWSGRAPH_KAFKA_CONTROLLER_PORT)", kafkaControllerPort);
        ports.put("Keycloak (NEWSGRAPH_KEYCLOAK_PORT)", keycloakPort);
        ports.put("nlp-service (NEWSGRAPH_NLP_PORT)", nlpPort);
        ports.put("ingest-service (NEWSGRAPH_INGEST_PORT)", ingestPort);
        ports.put("query-service (NEWSGRAPH_QUERY_PORT)", queryPort);
        return ports;
    }

    public Path logDir() {
        return dataDir.resolve("logs");
    }

    public Path stateFile() {
        return dataDir.resolve("stack.pid");
    }

    public Path serviceJar(String service) {
        return root.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
    }

    public URI keycloakUrl() {
        return URI.create("http://127.0.0.1:" + keycloakPort);
    }

    public URI realmUrl() {
        return URI.create(keycloakUrl() + "/realms/" + REALM);
    }

    public URI ingestUrl() {
        return URI.create("http://127.0.0.1:" + ingestPort);
    }

    public URI nlpUrl() {
        return URI.create("http://127.0.0.1:" + nlpPort);
    }

    public URI queryUrl() {
        return URI.create("http://127.0.0.1:" + queryPort);
    }

    public String kafkaBootstrap() {
        return "127.0.0.1:" + kafkaPort;
    }

    public String reactiveUrl(String database) {
        return "postgresql://127.0.0.1:" + postgresPort + "/" + database;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + postgresPort + "/" + database;
    }

    public NewsgraphClient client() {
        return new NewsgraphClient(realmUrl(), ingestUrl(), queryUrl());
    }
}
