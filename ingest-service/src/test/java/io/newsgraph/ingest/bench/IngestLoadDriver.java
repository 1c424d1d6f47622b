package io.newsgraph.ingest.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.MetadataUtils;
import io.grpc.stub.StreamObserver;
import io.newsgraph.ingest.IngestProcess;
import io.newsgraph.ingest.NlpServiceDouble;
import io.newsgraph.proto.nlp.v1.AnnotateRequest;
import io.newsgraph.proto.nlp.v1.AnnotateResponse;
import io.newsgraph.proto.nlp.v1.NlpServiceGrpc;
import io.newsgraph.testsupport.KafkaTestResource;
import io.newsgraph.testsupport.OidcTestResource;
import io.newsgraph.testsupport.PostgresTestResource;
import io.newsgraph.testsupport.TestTokens;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Load driver for ingest-service, on 127.0.0.1 only, bounded in article count and time. It starts
 * every part itself (embedded PostgreSQL, in-JVM Kafka, an OIDC provider, the packaged
 * ingest-service and either the nlp-service double or the packaged nlp-service), then measures:
 *
 * <ol>
 *   <li>intake: articles per second acknowledged by REST batches (stored and committed), with the
 *       double annotating behind;
 *   <li>end to end with the real nlp-service: its own AnnotateStream throughput on a set of
 *       articles, then articles per second from submission to PUBLISHED for another set of the same
 *       size, and the ratio of the two.
 * </ol>
 *
 * Options: {@code --articles=5000 --batch=500 --clients=2 --max-seconds=300 --e2e-articles=200
 * --nlp-warmup=<e2e-articles> --ingest-warmup=<e2e-articles> --phases=intake,e2e
 * --nlp-jar=../nlp-service/target/quarkus-app/quarkus-run.jar}. Run from the ingest-service
 * directory; see README.md.
 */
public final class IngestLoadDriver {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String[] PEOPLE = {
        "Emmanuel Macron",
        "Marco Rubio",
        "Steve Witkoff",
        "Volodymyr Zelensky",
        "Olaf Scholz",
        "Ursula von der Leyen",
        "Giorgia Meloni",
        "Keir Starmer"
    };
    private static final String[] PLACES = {
        "Paris", "Kyiv", "Berlin", "Bruxelles", "Rome", "Londres", "Varsovie", "Genève"
    };
    private static final String[] ORGANISATIONS = {
        "l'OTAN", "l'Union européenne", "l'ONU", "la Commission européenne", "le G7"
    };

    private final Map<String, String> options;
    private final long deadlineNanos;
    private final List<AutoCloseable> started = new ArrayList<>();

    private IngestLoadDriver(Map<String, String> options) {
        this.options = options;
        this.deadlineNanos =
                System.nanoTime() + TimeUnit.SECONDS.toNanos(intOption("max-seconds", 300, 3600));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            options.put(pair[0], pair.length > 1 ? pair[1] : "true");
        }
        IngestLoadDriver driver = new IngestLoadDriver(options);
        int status = 0;
        try {
            String phases = options.getOrDefault("phases", "intake,e2e");
            if (phases.contains("intake")) {
                driver.intake();
            }
            if (phases.contains("e2e")) {
                driver.endToEnd();
            }
        } catch (Exception e) {
            e.printStackTrace();
            status = 1;
        } finally {
            driver.stopAll();
        }
        System.exit(status);
    }

    private void intake() throws Exception {
        int articles = intOption("articles", 5000, 50_000);
        int batch = intOption("batch", 500, 500);
        int clients = intOption("clients", 2, 16);
        NlpServiceDouble nlp = new NlpServiceDouble();
        Map<String, String> nlpConfig = nlp.start();
        started.add(nlp::stop);
        Stack stack = startIngest("intake", nlpConfig);

        List<List<Map<String, Object>>> batches = new ArrayList<>();
        Random random = new Random(42);
        for (int from = 0; from < articles; from += batch) {
            List<Map<String, Object>> items = new ArrayList<>();
            for (int i = from; i < Math.min(articles, from + batch); i++) {
                items.add(story(random, "intake", i));
            }
            batches.add(items);
        }
        String token = TestTokens.accessToken("load-driver", "ingest");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger acknowledged = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(
                    pool.submit(
                            () -> {
                                for (int b = next.getAndIncrement();
                                        b < batches.size() && !expired();
                                        b = next.getAndIncrement()) {
                                    acknowledged.addAndGet(
                                            postBatch(http, stack.ingest, token, batches.get(b)));
                                }
                                return null;
                            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        long stored = count(stack.jdbcUrl, "SELECT count(*) FROM article");
        report(
                "intake: %d articles acknowledged (202) in %.2f s = %.0f articles/s"
                        + " (batches of %d, %d concurrent clients); %d rows stored",
                acknowledged.get(), seconds, acknowledged.get() / seconds, batch, clients, stored);
        long e2eStart = start;
        long published = waitForPublished(stack.jdbcUrl, acknowledged.get());
        double e2eSeconds = (System.nanoTime() - e2eStart) / 1e9;
        report(
                "intake run, nlp double: %d of %d PUBLISHED %.2f s after the first submission ="
                        + " %.0f articles/s end to end",
                published, acknowledged.get(), e2eSeconds, published / e2eSeconds);
        stack.ingest.close();
    }

    private void endToEnd() throws Exception {
        int articles = intOption("e2e-articles", 200, 5000);
        Path nlpJar =
                Path.of(
                        options.getOrDefault(
                                "nlp-jar", "../nlp-service/target/quarkus-app/quarkus-run.jar"));
        if (!Files.isRegularFile(nlpJar)) {
            throw new IllegalStateException(
                    nlpJar.toAbsolutePath()
                            + " is missing: `./mvnw -o -pl nlp-service package -DskipTests`");
        }
        OidcTestResource oidc = new OidcTestResource();
        Map<String, String> oidcConfig = oidc.start();
        started.add(oidc::stop);
        int nlpPort = freePort();
        Path nlpLog = IngestProcess.logFile("bench-nlp-service");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Dquarkus.http.host=127.0.0.1");
        command.add("-Dquarkus.http.port=" + nlpPort);
        command.add(
                "-Dquarkus.oidc.auth-server-url=" + oidcConfig.get("quarkus.oidc.auth-server-url"));
        command.add("-jar");
        command.add(nlpJar.toString());
        Process nlp =
                new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(nlpLog.toFile())
                        .start();
        started.add(
                () -> {
                    nlp.destroy();
                    nlp.waitFor(20, TimeUnit.SECONDS);
                    nlp.destroyForcibly();
                });
        waitReady("http://127.0.0.1:" + nlpPort + "/q/health/ready", Duration.ofMinutes(3));
        report("nlp-service ready on 127.0.0.1:%d (log %s)", nlpPort, nlpLog);

        String annotateToken = TestTokens.accessToken("service-account-ingest-service", "annotate");
        Random random = new Random(7);
        List<Map<String, Object>> warmup = new ArrayList<>();
        List<Map<String, Object>> streamed = new ArrayList<>();
        List<Map<String, Object>> submitted = new ArrayList<>();
        List<Map<String, Object>> streamedAfter = new ArrayList<>();
        for (int i = 0; i < Math.min(20, articles); i++) {
            warmup.add(story(random, "warmup", i));
        }
        for (int i = 0; i < articles; i++) {
            streamed.add(story(random, "stream", i));
            submitted.add(story(random, "e2e", i));
            streamedAfter.add(story(random, "stream-after", i));
        }
        annotateStream(nlpPort, annotateToken, warmup);
        // A fresh JVM annotates far slower until its JIT has compiled the engine: measured cold,
        // nlp-service's own rate would be understated and the ratio flattered.
        int nlpWarmup = intOption("nlp-warmup", articles, 5000);
        Random warmupRandom = new Random(11);
        List<Map<String, Object>> nlpWarmupStories = new ArrayList<>();
        for (int i = 0; i < nlpWarmup; i++) {
            nlpWarmupStories.add(story(warmupRandom, "nlp-warmup", i));
        }
        annotateStream(nlpPort, annotateToken, nlpWarmupStories);
        report("nlp-service warmed up with %d articles", nlpWarmup);
        long start = System.nanoTime();
        Map<String, Double> cpuBefore = cpuSeconds(Map.of("nlp-service", List.of(nlp.pid())));
        int tokens = annotateStream(nlpPort, annotateToken, streamed);
        double streamSeconds = (System.nanoTime() - start) / 1e9;
        double streamRate = articles / streamSeconds;
        double streamCpu =
                cpuSeconds(Map.of("nlp-service", List.of(nlp.pid()))).get("nlp-service")
                        - cpuBefore.get("nlp-service");
        report(
                "nlp-service AnnotateStream alone: %d articles (%d tokens) in %.2f s = %.1f"
                        + " articles/s; nlp-service CPU %.1f s = %.1f ms/article",
                articles,
                tokens,
                streamSeconds,
                streamRate,
                streamCpu,
                1000 * streamCpu / articles);

        // ingest-service fetches its client-credentials token from here, with role annotate.
        HttpServer tokens2 = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        tokens2.createContext(
                "/token",
                exchange -> {
                    byte[] body =
                            JSON.writeValueAsBytes(
                                    Map.of(
                                            "access_token",
                                            TestTokens.accessToken(
                                                    "service-account-ingest-service", "annotate"),
                                            "token_type",
                                            "Bearer",
                                            "expires_in",
                                            300));
                    exchange.getResponseHeaders().add("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, body.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(body);
                    }
                });
        tokens2.start();
        started.add(() -> tokens2.stop(0));
        Map<String, String> nlpConfig = new HashMap<>();
        nlpConfig.put("quarkus.grpc.clients.nlp.host", "127.0.0.1");
        nlpConfig.put("quarkus.grpc.clients.nlp.port", Integer.toString(nlpPort));
        nlpConfig.put(
                "quarkus.oidc-client.auth-server-url",
                "http://127.0.0.1:" + tokens2.getAddress().getPort());
        nlpConfig.put("quarkus.oidc-client.discovery-enabled", "false");
        nlpConfig.put("quarkus.oidc-client.token-path", "/token");
        Stack stack = startIngest("e2e", nlpConfig);
        String token = TestTokens.accessToken("load-driver", "ingest");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        // Measured warm, like nlp-service: a fresh JVM spends most of its first seconds compiling.
        int ingestWarmup = intOption("ingest-warmup", articles, 5000);
        List<Map<String, Object>> ingestWarmupStories = new ArrayList<>(warmup);
        for (int i = 0; i < ingestWarmup; i++) {
            ingestWarmupStories.add(story(warmupRandom, "ingest-warmup", i));
        }
        for (int from = 0; from < ingestWarmupStories.size(); from += 500) {
            postBatch(
                    http,
                    stack.ingest,
                    token,
                    ingestWarmupStories.subList(
                            from, Math.min(ingestWarmupStories.size(), from + 500)));
        }
        int warmedUp = ingestWarmupStories.size();
        waitForPublished(stack.jdbcUrl, warmedUp);
        report("ingest-service warmed up with %d articles end to end", warmedUp);

        Map<String, List<Long>> processes = new LinkedHashMap<>();
        processes.put("nlp-service", List.of(nlp.pid()));
        processes.put("ingest-service", List.of(stack.ingest.pid()));
        processes.put("PostgreSQL", postgresProcesses(stack.jdbcUrl));
        processes.put(
                "driver JVM (Kafka broker, OIDC, polling)", List.of(ProcessHandle.current().pid()));
        cpuBefore = cpuSeconds(processes);
        Instant submittedAt = Instant.now();
        int acknowledged = 0;
        for (int from = 0; from < submitted.size(); from += 500) {
            acknowledged +=
                    postBatch(
                            http,
                            stack.ingest,
                            token,
                            submitted.subList(from, Math.min(submitted.size(), from + 500)));
        }
        long published = waitForPublished(stack.jdbcUrl, warmedUp + acknowledged);
        Map<String, Double> cpuAfter = cpuSeconds(processes);
        // The end is when the last article was marked PUBLISHED, as the database recorded it: the
        // driver's polling interval does not stretch the measure.
        double e2eSeconds =
                Duration.between(submittedAt, lastPublishedAt(stack.jdbcUrl)).toNanos() / 1e9;
        double e2eRate = (published - warmedUp) / e2eSeconds;
        report(
                "end to end with nlp-service: %d articles submitted, %d PUBLISHED in %.2f s ="
                        + " %.1f articles/s",
                acknowledged, published - warmedUp, e2eSeconds, e2eRate);
        StringBuilder cpu = new StringBuilder();
        for (String process : processes.keySet()) {
            double seconds = cpuAfter.get(process) - cpuBefore.get(process);
            cpu.append(
                    String.format(
                            Locale.ROOT,
                            "%s%s %.1f s (%.1f ms/article)",
                            cpu.length() == 0 ? "" : ", ",
                            process,
                            seconds,
                            1000 * seconds / acknowledged));
        }
        report("CPU while end to end (user+system): %s", cpu);
        // Measured again after, on other articles: on a shared machine the speed drifts.
        start = System.nanoTime();
        cpuBefore = cpuSeconds(Map.of("nlp-service", List.of(nlp.pid())));
        annotateStream(nlpPort, annotateToken, streamedAfter);
        double afterRate = articles / ((System.nanoTime() - start) / 1e9);
        double afterCpu =
                cpuSeconds(Map.of("nlp-service", List.of(nlp.pid()))).get("nlp-service")
                        - cpuBefore.get("nlp-service");
        double meanRate = (streamRate + afterRate) / 2;
        double fasterRate = Math.max(streamRate, afterRate);
        report(
                "nlp-service AnnotateStream alone, again: %.1f articles/s (CPU %.1f ms/article);"
                        + " end to end = %.0f%% of the mean of both (%.1f articles/s), %.0f%% of"
                        + " the faster",
                afterRate,
                1000 * afterCpu / articles,
                100 * e2eRate / meanRate,
                meanRate,
                100 * e2eRate / fasterRate);
        stack.ingest.close();
    }

    private int annotateStream(int port, String token, List<Map<String, Object>> stories)
            throws InterruptedException {
        ManagedChannel channel =
                NettyChannelBuilder.forAddress("127.0.0.1", port)
                        .usePlaintext()
                        .maxInboundMessageSize(16 * 1024 * 1024)
                        .build();
        try {
            Metadata headers = new Metadata();
            headers.put(
                    Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER),
                    "Bearer " + token);
            NlpServiceGrpc.NlpServiceStub stub =
                    NlpServiceGrpc.newStub(channel)
                            .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers))
                            .withDeadlineAfter(remainingSeconds(), TimeUnit.SECONDS);
            CountDownLatch done = new CountDownLatch(1);
            AtomicInteger answered = new AtomicInteger();
            AtomicInteger tokens = new AtomicInteger();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            StreamObserver<AnnotateRequest> requests =
                    stub.annotateStream(
                            new StreamObserver<>() {
                                @Override
                                public void onNext(AnnotateResponse response) {
                                    answered.incrementAndGet();
                                    tokens.addAndGet(response.getTokenCount());
                                }

                                @Override
                                public void onError(Throwable t) {
                                    failure.set(t);
                                    done.countDown();
                                }

                                @Override
                                public void onCompleted() {
                                    done.countDown();
                                }
                            });
            int i = 0;
            for (Map<String, Object> story : stories) {
                requests.onNext(
                        AnnotateRequest.newBuilder()
                                .setText((String) story.get("body"))
                                .setTitle((String) story.get("title"))
                                .setLanguageHint("fr")
                                .setCorrelationId("bench-" + i++)
                                .build());
            }
            requests.onCompleted();
            done.await(remainingSeconds(), TimeUnit.SECONDS);
            if (failure.get() != null || answered.get() != stories.size()) {
                throw new IllegalStateException(
                        "AnnotateStream answered " + answered.get() + " of " + stories.size(),
                        failure.get());
            }
            return tokens.get();
        } finally {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    private Stack startIngest(String name, Map<String, String> nlpConfig) throws Exception {
        Map<String, String> config = new HashMap<>();
        Map<String, String> database = new PostgresTestResource().start();
        config.putAll(database);
        if (!nlpConfig.containsKey("quarkus.oidc-client.auth-server-url")) {
            OidcTestResource oidc = new OidcTestResource();
            config.putAll(oidc.start());
            started.add(oidc::stop);
        } else {
            OidcTestResource oidc = new OidcTestResource();
            Map<String, String> oidcConfig = oidc.start();
            started.add(oidc::stop);
            config.put(
                    "quarkus.oidc.auth-server-url", oidcConfig.get("quarkus.oidc.auth-server-url"));
            config.put("quarkus.oidc-client.client-id", "ingest-service");
            config.put("quarkus.oidc-client.credentials.secret", "bench");
        }
        config.putAll(nlpConfig);
        config.put("kafka.bootstrap.servers", KafkaTestResource.bootstrapServers());
        config.put("ingest.publication.transactional-id", "bench-" + UUID.randomUUID());
        config.put("quarkus.log.category.\"io.newsgraph\".level", "WARN");
        // The driver measures what the service can take, not the per-client allowance policy.
        config.put("ingest.rate-limit.enabled", "false");
        IngestProcess ingest = new IngestProcess(config, IngestProcess.logFile("bench-" + name));
        started.add(ingest);
        ingest.start(Duration.ofMinutes(3));
        report("ingest-service ready on %s", ingest.baseUri());
        return new Stack(ingest, database.get("quarkus.datasource.jdbc.url"));
    }

    private int postBatch(
            HttpClient http, IngestProcess ingest, String token, List<Map<String, Object>> items)
            throws IOException, InterruptedException {
        HttpResponse<String> response =
                http.send(
                        HttpRequest.newBuilder(
                                        URI.create(ingest.baseUri() + "/api/v1/articles/batch"))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/json")
                                .timeout(Duration.ofSeconds(120))
                                .POST(
                                        HttpRequest.BodyPublishers.ofByteArray(
                                                JSON.writeValueAsBytes(items)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 207) {
            throw new IllegalStateException(
                    "batch answered " + response.statusCode() + ": " + response.body());
        }
        JsonNode receipt = JSON.readTree(response.body());
        return receipt.get("accepted").asInt();
    }

    /**
     * Polls on one connection, 5 times a second: a connection per poll would cost PostgreSQL a
     * backend start and an authentication each time, CPU taken from the services being measured.
     */
    private long waitForPublished(String jdbcUrl, long expected) throws Exception {
        long published = 0;
        try (Connection connection =
                        DriverManager.getConnection(
                                jdbcUrl, PostgresTestResource.USER, PostgresTestResource.PASSWORD);
                PreparedStatement query =
                        connection.prepareStatement(
                                "SELECT count(*) FROM article WHERE status = 'PUBLISHED'")) {
            while (!expired()) {
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    published = rows.getLong(1);
                }
                if (published >= expected) {
                    break;
                }
                Thread.sleep(200);
            }
        }
        return published;
    }

    /** When the last article became PUBLISHED, by the database's clock (same host). */
    private static Instant lastPublishedAt(String jdbcUrl) throws Exception {
        try (Connection connection =
                        DriverManager.getConnection(
                                jdbcUrl, PostgresTestResource.USER, PostgresTestResource.PASSWORD);
                ResultSet rows =
                        connection
                                .createStatement()
                                .executeQuery(
                                        "SELECT max(updated_at) FROM article"
                                                + " WHERE status = 'PUBLISHED'")) {
            rows.next();
            return rows.getTimestamp(1).toInstant();
        }
    }

    /** The PostgreSQL server of this database: its postmaster and every process it started. */
    private static List<Long> postgresProcesses(String jdbcUrl) throws Exception {
        String stat;
        try (Connection connection =
                        DriverManager.getConnection(
                                jdbcUrl, PostgresTestResource.USER, PostgresTestResource.PASSWORD);
                ResultSet rows =
                        connection.createStatement().executeQuery("SELECT pg_backend_pid()")) {
            rows.next();
            // Read while this backend lives: its parent is the postmaster.
            stat = Files.readString(Path.of("/proc", Long.toString(rows.getLong(1)), "stat"));
        }
        long postmaster = Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[1]);
        return List.of(-postmaster);
    }

    /**
     * CPU seconds (user + system) used so far by each group of processes, from /proc (Linux, 100
     * ticks per second). A negative id stands for a process and all its current descendants.
     */
    private static Map<String, Double> cpuSeconds(Map<String, List<Long>> groups) {
        Map<String, Double> seconds = new HashMap<>();
        groups.forEach(
                (name, pids) -> {
                    List<Long> all = new ArrayList<>();
                    for (long pid : pids) {
                        all.add(Math.abs(pid));
                        if (pid < 0) {
                            ProcessHandle.of(-pid)
                                    .ifPresent(
                                            parent ->
                                                    parent.descendants()
                                                            .forEach(
                                                                    child -> all.add(child.pid())));
                        }
                    }
                    long ticks = 0;
                    for (long pid : all) {
                        try {
                            String stat =
                                    Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
                            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                            ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                        } catch (IOException | RuntimeException gone) {
                            // exited meanwhile
                        }
                    }
                    seconds.put(name, ticks / 100.0);
                });
        return seconds;
    }

    private static long count(String jdbcUrl, String sql) throws Exception {
        try (Connection connection =
                        DriverManager.getConnection(
                                jdbcUrl, PostgresTestResource.USER, PostgresTestResource.PASSWORD);
                ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void waitReady(String url, Duration timeout) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && !expired()) {
            try {
                if (http.send(
                                        HttpRequest.newBuilder(URI.create(url)).build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(url + " not ready within " + timeout);
    }

    /** A French wire story of a few hundred words, varied by the seed. */
    private static Map<String, Object> story(Random random, String prefix, int index) {
        StringBuilder body = new StringBuilder();
        int paragraphs = 4 + random.nextInt(4);
        for (int p = 0; p < paragraphs; p++) {
            String person = PEOPLE[random.nextInt(PEOPLE.length)];
            String other = PEOPLE[random.nextInt(PEOPLE.length)];
            String place = PLACES[random.nextInt(PLACES.length)];
            String organisation = ORGANISATIONS[random.nextInt(ORGANISATIONS.length)];
            body.append(person)
                    .append(" a rencontré ")
                    .append(other)
                    .append(" à ")
                    .append(place)
                    .append(" jeudi, au lendemain d'une réunion de ")
                    .append(organisation)
                    .append(
                            " consacrée à la sécurité du continent. Selon plusieurs diplomates,"
                                    + " les")
                    .append(
                            " discussions ont porté sur le calendrier des prochaines négociations"
                                    + " et")
                    .append(
                            " sur l'aide promise depuis l'automne, dont une partie tarde à arriver."
                                    + " ")
                    .append(other)
                    .append(" a déclaré que rien n'était encore décidé, tandis que ")
                    .append(person)
                    .append(" évoquait « des progrès réels » devant la presse réunie à ")
                    .append(place)
                    .append(".\n");
        }
        Map<String, Object> story = new HashMap<>();
        story.put("externalId", prefix + "-" + index + "-" + UUID.randomUUID());
        story.put("source", "load-driver");
        story.put(
                "title",
                String.format(
                        Locale.ROOT,
                        "%s à %s, dépêche %d",
                        PEOPLE[random.nextInt(PEOPLE.length)],
                        PLACES[random.nextInt(PLACES.length)],
                        index));
        story.put("body", body.toString());
        story.put("language", "fr");
        story.put("publishedAt", "2025-03-20T09:30:00Z");
        return story;
    }

    private int intOption(String name, int fallback, int max) {
        int value = Integer.parseInt(options.getOrDefault(name, Integer.toString(fallback)));
        if (value < 1 || value > max) {
            throw new IllegalArgumentException("--" + name + " must be within 1.." + max);
        }
        return value;
    }

    private boolean expired() {
        return System.nanoTime() > deadlineNanos;
    }

    private long remainingSeconds() {
        return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(deadlineNanos - System.nanoTime()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket =
                new ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void report(String format, Object... args) {
        System.out.println("[load-driver] " + String.format(Locale.ROOT, format, args));
    }

    private void stopAll() {
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                System.err.println("[load-driver] stopping: " + e);
            }
        }
    }

    private record Stack(IngestProcess ingest, String jdbcUrl) {}
}
