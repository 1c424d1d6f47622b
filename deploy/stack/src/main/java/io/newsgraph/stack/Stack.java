package io.newsgraph.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The whole local newsgraph: PostgreSQL, Kafka and Keycloak side by side, then nlp-, ingest- and
 * query-service once Keycloak serves the realm. {@link #close()} stops everything that was started,
 * also halfway through {@link #start()}.
 */
public final class Stack implements AutoCloseable {

    public static final String NLP = "nlp-service";
    public static final String INGEST = "ingest-service";
    public static final String QUERY = "query-service";

    private static final Duration SERVICE_READY_TIMEOUT = Duration.ofSeconds(240);

    private final StackConfig config;
    private final Consumer<String> progress;
    private final StateFile state;
    private final List<ServiceProcess> services = new CopyOnWriteArrayList<>();
    private volatile PostgresProcess postgres;
    private volatile KafkaProcess kafka;
    private volatile KeycloakProcess keycloak;
    private volatile boolean closed;

    public Stack(StackConfig config, Consumer<String> progress) {
        this.config = config;
        this.progress = progress;
        this.state = new StateFile(config.stateFile());
    }

    public StackConfig config() {
        return config;
    }

    public List<ManagedProcess> processes() {
        List<ManagedProcess> all = new ArrayList<>();
        if (kafka != null) {
            all.add(kafka);
        }
        if (keycloak != null) {
            all.add(keycloak);
        }
        all.addAll(services);
        return all;
    }

    /** Fails before anything starts when a part was not built, naming the build command. */
    public void checkBuilt(boolean withServices) {
        List<String> missing = new ArrayList<>();
        if (!Files.isDirectory(config.kafkaLib())) {
            missing.add("  Kafka jars (" + config.kafkaLib() + ")");
        }
        if (!Files.isRegularFile(config.keycloakHome().resolve("bin/kc.sh"))) {
            missing.add("  Keycloak distribution (" + config.keycloakHome() + ")");
        }
        if (withServices) {
            for (String service : List.of(NLP, INGEST, QUERY)) {
                if (!Files.isRegularFile(config.serviceJar(service))) {
                    missing.add("  " + service + " (" + config.serviceJar(service) + ")");
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new StackException(
                    "Cannot start newsgraph, these parts are not built:\n"
                            + String.join("\n", missing)
                            + "\nBuild them with: ./mvnw -DskipTests install");
        }
    }

    /** Fails with a message naming the variable to change when a port is taken. */
    public void checkPorts() {
        List<String> taken = new ArrayList<>();
        config.ports()
                .forEach(
                        (what, port) -> {
                            if (!Ports.isFree(port)) {
                                taken.add("  port " + port + " for " + what);
                            }
                        });
        if (!taken.isEmpty()) {
            throw new StackException(
                    "Cannot start newsgraph, these ports are already in use:\n"
                            + String.join("\n", taken)
                            + "\n"
                            + "Stop whatever listens there (another newsgraph? try"
                            + " `deploy/newsgraph down`), or set the variable shown to another"
                            + " port.");
        }
    }

    /** Starts every part. */
    public void start() throws IOException {
        start(true);
    }

    /**
     * Starts PostgreSQL, Kafka and Keycloak, and the three services when {@code withServices}
     * (without them, developers run a service in {@code quarkus:dev} against the rest).
     */
    public void start(boolean withServices) throws IOException {
        checkBuilt(withServices);
        checkPorts();
        Files.createDirectories(config.logDir());
        state.record("launcher", ProcessHandle.current());
        long t0 = System.nanoTime();
        CompletableFuture<Void> pg = async(this::startPostgres);
        CompletableFuture<Void> kf = async(this::startKafka);
        CompletableFuture<Void> kc = async(this::startKeycloak);
        join(List.of(pg, kf, kc));
        if (withServices) {
            startServices();
        }
        progress.accept(String.format("all parts ready in %.1f s", seconds(t0)));
    }

    private void startPostgres() throws IOException {
        long t0 = System.nanoTime();
        progress.accept("starting PostgreSQL on 127.0.0.1:" + config.postgresPort());
        PostgresProcess started =
                PostgresProcess.start(
                        config.dataDir().resolve("postgres"),
                        config.postgresBinaries(),
                        config.postgresPort(),
                        config.logDir().resolve("postgres.log"),
                        List.of(StackConfig.INGEST_DB, StackConfig.QUERY_DB));
        synchronized (this) {
            postgres = started;
            started.pid()
                    .ifPresent(
                            pid ->
                                    ProcessHandle.of(pid)
                                            .ifPresent(h -> state.recordSingle("postgres", h)));
            if (closed) {
                started.close();
                return;
            }
        }
        progress.accept(String.format("PostgreSQL ready (%.1f s)", seconds(t0)));
    }

    private void startKafka() throws IOException {
        long t0 = System.nanoTime();
        progress.accept("starting Kafka on " + config.kafkaBootstrap());
        KafkaProcess started =
                KafkaProcess.start(
                        config.kafkaLib(),
                        config.dataDir().resolve("kafka"),
                        config.kafkaPort(),
                        config.kafkaControllerPort(),
                        config.logDir().resolve("kafka.log"),
                        List.of(StackConfig.TOPIC));
        register(started, () -> kafka = started);
        progress.accept(String.format("Kafka ready (%.1f s)", seconds(t0)));
    }

    private void startKeycloak() throws IOException {
        long t0 = System.nanoTime();
        progress.accept(
                "starting Keycloak on "
                        + config.keycloakUrl()
                        + " (the first start takes longest)");
        KeycloakProcess started =
                KeycloakProcess.start(
                        config.keycloakHome(),
                        config.realmFile(),
                        config.keycloakPort(),
                        config.logDir().resolve("keycloak.log"));
        register(started, () -> keycloak = started);
        progress.accept(String.format("Keycloak ready (%.1f s)", seconds(t0)));
    }

    private void startServices() throws IOException {
        long t0 = System.nanoTime();
        String realm = config.realmUrl().toString();
        Map<String, String> nlp = new LinkedHashMap<>();
        nlp.put("quarkus.oidc.auth-server-url", realm);

        Map<String, String> ingest = new LinkedHashMap<>();
        ingest.putAll(datasource(StackConfig.INGEST_DB));
        ingest.put("kafka.bootstrap.servers", config.kafkaBootstrap());
        ingest.put("quarkus.oidc.auth-server-url", realm);
        ingest.put("quarkus.oidc-client.auth-server-url", realm);
        ingest.put("quarkus.oidc-client.client-id", "ingest-service");
        ingest.put("quarkus.oidc-client.credentials.secret", StackConfig.INGEST_SERVICE_SECRET);
        ingest.put("quarkus.grpc.clients.nlp.host", "127.0.0.1");
        ingest.put("quarkus.grpc.clients.nlp.port", Integer.toString(config.nlpPort()));

        Map<String, String> query = new LinkedHashMap<>();
        query.putAll(datasource(StackConfig.QUERY_DB));
        query.put("kafka.bootstrap.servers", config.kafkaBootstrap());
        query.put("quarkus.oidc.auth-server-url", realm);

        startService(NLP, config.nlpPort(), nlp);
        startService(INGEST, config.ingestPort(), ingest);
        startService(QUERY, config.queryPort(), query);
        List<CompletableFuture<Void>> ready = new ArrayList<>();
        for (ServiceProcess service : services) {
            ready.add(
                    async(
                            () -> {
                                service.awaitReady(SERVICE_READY_TIMEOUT);
                                progress.accept(
                                        String.format(
                                                "%s ready on %s (%.1f s)",
                                                service.name(), service.url(), seconds(t0)));
                            }));
        }
        join(ready);
    }

    private void startService(String name, int port, Map<String, String> properties)
            throws IOException {
        progress.accept("starting " + name + " on 127.0.0.1:" + port);
        ServiceProcess service =
                ServiceProcess.start(
                        name,
                        config.serviceJar(name),
                        port,
                        properties,
                        secretsEnvironment(properties),
                        config.logDir().resolve(name + ".log"));
        register(service, () -> services.add(service));
    }

    /** The dev secrets also as the environment variables %prod configuration reads. */
    private static Map<String, String> secretsEnvironment(Map<String, String> properties) {
        Map<String, String> env = new LinkedHashMap<>();
        if (properties.containsKey("quarkus.datasource.password")) {
            env.put("QUARKUS_DATASOURCE_PASSWORD", properties.get("quarkus.datasource.password"));
        }
        if (properties.containsKey("quarkus.oidc-client.credentials.secret")) {
            env.put(
                    "QUARKUS_OIDC_CLIENT_CREDENTIALS_SECRET",
                    properties.get("quarkus.oidc-client.credentials.secret"));
        }
        return env;
    }

    private Map<String, String> datasource(String database) {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("quarkus.datasource.reactive.url", config.reactiveUrl(database));
        props.put("quarkus.datasource.jdbc.url", config.jdbcUrl(database));
        props.put("quarkus.datasource.username", StackConfig.DB_USER);
        props.put("quarkus.datasource.password", StackConfig.DB_PASSWORD);
        return props;
    }

    /** Keeps a started process so close() stops it; stops it at once if close() already ran. */
    private synchronized void register(ManagedProcess process, Runnable keep) {
        keep.run();
        state.record(process.name(), process.handle());
        if (closed) {
            process.stop(Duration.ofSeconds(20));
        }
    }

    /** Records children that appeared after start (kc.sh starts the Keycloak JVM later). */
    public void refreshState() {
        processes().forEach(p -> state.record(p.name(), p.handle()));
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (postgres == null && processes().isEmpty()) {
            state.delete();
            return;
        }
        long t0 = System.nanoTime();
        progress.accept("stopping newsgraph");
        List<CompletableFuture<Void>> stops = new ArrayList<>();
        for (ServiceProcess service : services) {
            stops.add(CompletableFuture.runAsync(() -> service.stop(Duration.ofSeconds(20))));
        }
        CompletableFuture.allOf(stops.toArray(CompletableFuture[]::new)).join();
        stops.clear();
        if (kafka != null) {
            stops.add(CompletableFuture.runAsync(() -> kafka.stop(Duration.ofSeconds(30))));
        }
        if (keycloak != null) {
            stops.add(CompletableFuture.runAsync(() -> keycloak.stop(Duration.ofSeconds(30))));
        }
        CompletableFuture.allOf(stops.toArray(CompletableFuture[]::new)).join();
        if (postgres != null) {
            postgres.close();
        }
        state.delete();
        progress.accept(String.format("stopped in %.1f s", seconds(t0)));
    }

    private interface Step {
        void run() throws Exception;
    }

    private static CompletableFuture<Void> async(Step step) {
        CompletableFuture<Void> future = new CompletableFuture<>();
        Thread thread =
                new Thread(
                        () -> {
                            try {
                                step.run();
                                future.complete(null);
                            } catch (Throwable e) {
                                future.completeExceptionally(e);
                            }
                        },
                        "newsgraph-start");
        thread.setDaemon(true);
        thread.start();
        return future;
    }

    /** Waits for all steps, failing as soon as one fails with that step's message. */
    private static void join(List<CompletableFuture<Void>> steps) throws IOException {
        CompletableFuture<Void> outcome = new CompletableFuture<>();
        for (CompletableFuture<Void> step : steps) {
            step.whenComplete(
                    (ok, failure) -> {
                        if (failure != null) {
                            outcome.completeExceptionally(failure);
                        }
                    });
        }
        CompletableFuture.allOf(steps.toArray(CompletableFuture[]::new))
                .thenRun(() -> outcome.complete(null));
        try {
            outcome.join();
        } catch (CompletionException e) {
            Throwable cause =
                    e.getCause() instanceof CompletionException inner
                            ? inner.getCause()
                            : e.getCause();
            if (cause instanceof StackException stack) {
                throw stack;
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new StackException(String.valueOf(cause), cause);
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
