package io.newsgraph.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/** {@code deploy/newsgraph up | ingest FILE... | down}. */
public final class Main {

    private static final PrintStream OUT =
            new PrintStream(System.out, true, StandardCharsets.UTF_8);
    private static final Duration INGEST_TIMEOUT =
            Duration.ofSeconds(envInt("NEWSGRAPH_INGEST_TIMEOUT", 300));

    private Main() {}

    public static void main(String[] args) {
        Path root = Path.of(System.getProperty("newsgraph.root", ".")).toAbsolutePath().normalize();
        String command = args.length == 0 ? "help" : args[0];
        List<String> rest = List.of(args).subList(Math.min(1, args.length), args.length);
        try {
            int exit =
                    switch (command) {
                        case "up" -> up(root, rest);
                        case "ingest" -> ingest(root, rest);
                        case "down" -> down(root);
                        case "onboard" -> onboard(root, rest);
                        case "revoke" -> revoke(root, rest);
                        default -> usage();
                    };
            System.exit(exit);
        } catch (StackException e) {
            System.err.println("newsgraph: " + e.getMessage());
            System.exit(1);
        } catch (IOException | RuntimeException e) {
            System.err.println("newsgraph: " + e);
            System.exit(1);
        }
    }

    private static int usage() {
        OUT.println(
                """
                usage: deploy/newsgraph up [--no-samples]   start the local stack, load the samples, run until Ctrl-C
                       deploy/newsgraph up --infra-only     only PostgreSQL, Kafka and Keycloak (for quarkus:dev)
                       deploy/newsgraph ingest FILE...      send .txt, .html or .jsonl files to the running stack
                       deploy/newsgraph down                stop a stack whose launcher was killed
                       deploy/newsgraph onboard NAME [--reader] [--token-lifespan SECONDS]
                                                            register a newsroom integration (role ingest,
                                                            --reader adds reader); prints its secret once
                       deploy/newsgraph revoke NAME         delete that integration in Keycloak
                admin: NEWSGRAPH_KEYCLOAK_URL NEWSGRAPH_REALM NEWSGRAPH_KEYCLOAK_ADMIN_CLIENT_ID/_SECRET or
                       NEWSGRAPH_KEYCLOAK_ADMIN_USER/_PASSWORD (see deploy/SECURITY.md)
                ports: NEWSGRAPH_INGEST_PORT (8081) NEWSGRAPH_NLP_PORT (8082) NEWSGRAPH_QUERY_PORT (8083)
                       NEWSGRAPH_KEYCLOAK_PORT (8180) NEWSGRAPH_KAFKA_PORT (9092) NEWSGRAPH_KAFKA_CONTROLLER_PORT (9093)
                       NEWSGRAPH_POSTGRES_PORT (5433)\
                """);
        return 2;
    }

    private static int up(Path root, List<String> args) throws IOException {
        boolean infraOnly = args.contains("--infra-only");
        boolean samples = !args.contains("--no-samples") && !infraOnly;
        StackConfig config = StackConfig.fromEnvironment(root);
        Optional<ProcessHandle> running = StateFile.liveLauncher(config.stateFile());
        if (running.isPresent()) {
            throw new StackException(
                    "newsgraph is already running (launcher pid "
                            + running.get().pid()
                            + "). Stop it with Ctrl-C in its terminal or `deploy/newsgraph down`.");
        }
        if (Files.exists(config.stateFile())) {
            List<String> leftovers = StateFile.stopAll(config.stateFile());
            if (!leftovers.isEmpty()) {
                log(
                        "stopped leftovers of a previous run that was killed: "
                                + String.join(", ", leftovers));
            }
        }
        Stack stack = new Stack(config, Main::log);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(
                                () -> {
                                    stack.close();
                                    stopped.countDown();
                                },
                                "newsgraph-shutdown"));
        long t0 = System.nanoTime();
        try {
            stack.start(!infraOnly);
        } catch (StackException | IOException e) {
            System.err.println("newsgraph: " + e.getMessage());
            System.err.println("Logs are in " + config.logDir());
            return 1;
        }
        stack.refreshState();
        OUT.printf("%nnewsgraph is ready (%.1f s)%n", (System.nanoTime() - t0) / 1e9);
        if (!infraOnly) {
            printServiceUrls(config);
        }
        OUT.println(
                "  Keycloak        "
                        + config.realmUrl()
                        + "   (admin console "
                        + config.keycloakUrl()
                        + "/admin, admin/admin)");
        OUT.println(
                "  Kafka           "
                        + config.kafkaBootstrap()
                        + "   (topic "
                        + StackConfig.TOPIC
                        + ")");
        OUT.println(
                "  PostgreSQL      127.0.0.1:"
                        + config.postgresPort()
                        + "   (newsgraph/newsgraph)");
        OUT.println("  data and logs   " + config.dataDir());
        if (samples) {
            try {
                loadSamples(config);
            } catch (StackException e) {
                // The stack stays up so the user can look at the logs and retry with `ingest`.
                System.err.println("newsgraph: loading the samples failed: " + e.getMessage());
                System.err.println("Logs are in " + config.logDir());
            }
        }
        OUT.println("\nnewsgraph is running. Press Ctrl-C to stop it.");
        watch(stack, stopped);
        return 0;
    }

    private static void printServiceUrls(StackConfig config) {
        OUT.println("  ingest-service  " + config.ingestUrl() + "   (REST /api/v1/articles, gRPC)");
        OUT.println(
                "  query-service   "
                        + config.queryUrl()
                        + "   (REST /api/v1/entities, /api/v1/articles, gRPC)");
        OUT.println("  nlp-service     " + config.nlpUrl() + "   (gRPC)");
    }

    /** Reports a part that dies while the stack runs, with where to look. */
    private static void watch(Stack stack, CountDownLatch stopped) {
        List<String> reported = new ArrayList<>();
        while (stopped.getCount() > 0) {
            for (ManagedProcess process : stack.processes()) {
                if (!process.isAlive()
                        && !process.isStopping()
                        && !reported.contains(process.name())) {
                    reported.add(process.name());
                    System.err.println(
                            "newsgraph: "
                                    + process.name()
                                    + " exited unexpectedly (code "
                                    + process.exitCode().orElse(-1)
                                    + "); log "
                                    + process.log()
                                    + ":\n"
                                    + process.tail(20));
                }
            }
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static void loadSamples(StackConfig config) throws IOException {
        Path samplesDir = config.root().resolve("deploy/samples");
        List<Path> files;
        try (Stream<Path> list = Files.list(samplesDir)) {
            files = list.filter(Files::isRegularFile).sorted().toList();
        }
        OUT.println("\nLoading " + files.size() + " sample articles from " + samplesDir);
        NewsgraphClient client = config.client();
        String token =
                client.clientCredentialsToken(StackConfig.DEMO_CLIENT, StackConfig.DEMO_SECRET);
        List<Submitted> submitted =
                submit(client, token, files).stream().filter(s -> s.id() != null).toList();
        List<Submitted> published = awaitAll(client, token, submitted);
        for (Submitted article : published) {
            printEntities(client, token, article);
        }
    }

    private static int ingest(Path root, List<String> args) throws IOException {
        if (args.isEmpty()) {
            throw new StackException("ingest needs at least one .txt, .html or .jsonl file");
        }
        List<Path> files = args.stream().map(Path::of).toList();
        for (Path file : files) {
            ArticleFiles.read(file);
        }
        StackConfig config = StackConfig.fromEnvironment(root);
        NewsgraphClient client = config.client();
        String token =
                client.clientCredentialsToken(StackConfig.DEMO_CLIENT, StackConfig.DEMO_SECRET);
        List<Submitted> submitted = submit(client, token, files);
        List<Submitted> accepted = submitted.stream().filter(s -> s.id() != null).toList();
        List<Submitted> published = awaitAll(client, token, accepted);
        int rejected = submitted.size() - accepted.size();
        int notPublished = accepted.size() - published.size();
        OUT.printf(
                "%n%d published, %d rejected, %d failed or still in progress%n",
                published.size(), rejected, notPublished);
        return rejected == 0 && notPublished == 0 ? 0 : 1;
    }

    private record Submitted(String label, String id, String status) {}

    /** Submits every article (batches for .jsonl), printing one progress line per article. */
    private static List<Submitted> submit(NewsgraphClient client, String token, List<Path> files)
            throws IOException {
        List<List<ArticleFiles.Item>> perFile = new ArrayList<>();
        int total = 0;
        for (Path file : files) {
            List<ArticleFiles.Item> items = ArticleFiles.read(file);
            perFile.add(items);
            total += items.size();
        }
        List<Submitted> submitted = new ArrayList<>();
        OUT.printf("Submitting %d article(s)...%n", total);
        int n = 0;
        for (int f = 0; f < files.size(); f++) {
            List<ArticleFiles.Item> items = perFile.get(f);
            if (ArticleFiles.isBatch(files.get(f))) {
                for (int from = 0; from < items.size(); from += 500) {
                    List<ArticleFiles.Item> chunk =
                            items.subList(from, Math.min(items.size(), from + 500));
                    ArrayNode batch = NewsgraphClient.json().createArrayNode();
                    chunk.forEach(item -> batch.add(item.article()));
                    NewsgraphClient.ApiResponse response = client.submitBatch(token, batch);
                    JsonNode results = batchResults(response.json());
                    for (int i = 0; i < chunk.size(); i++) {
                        n++;
                        JsonNode result = results.path(i);
                        submitted.add(
                                accepted(
                                        n,
                                        total,
                                        chunk.get(i).label(),
                                        result.isMissingNode() ? response : itemResponse(result),
                                        result));
                    }
                }
            } else {
                for (ArticleFiles.Item item : items) {
                    n++;
                    NewsgraphClient.ApiResponse response =
                            client.submitArticle(token, item.article());
                    submitted.add(accepted(n, total, item.label(), response, response.json()));
                }
            }
        }
        return submitted;
    }

    /** The per-item results of a batch answer: a bare array, or an object holding one. */
    private static JsonNode batchResults(JsonNode json) {
        if (json.isArray()) {
            return json;
        }
        for (String field : new String[] {"results", "items", "articles"}) {
            if (json.path(field).isArray()) {
                return json.path(field);
            }
        }
        return NewsgraphClient.json().createArrayNode();
    }

    /** A batch item as if it had been submitted alone: {@code code} is its HTTP status. */
    private static NewsgraphClient.ApiResponse itemResponse(JsonNode result) {
        int status =
                result.path("code").isInt()
                        ? result.path("code").asInt()
                        : (result.hasNonNull("id") ? 202 : 400);
        return new NewsgraphClient.ApiResponse(status, result.toString(), result);
    }

    private static Submitted accepted(
            int n, int total, String label, NewsgraphClient.ApiResponse response, JsonNode json) {
        String id = json.path("id").asText(null);
        if (!response.isSuccess() || id == null) {
            OUT.printf("[%d/%d] %s rejected: %s%n", n, total, label, response.describeError());
            return new Submitted(label, null, "REJECTED");
        }
        String status = json.path("status").asText();
        OUT.printf(
                "[%d/%d] %s -> %s %s (revision %s%s)%n",
                n,
                total,
                label,
                id,
                status,
                json.path("revision").asText("?"),
                response.status() == 200 ? ", unchanged" : "");
        return new Submitted(label, id, status);
    }

    /** Waits for each article to be published; returns those that were. */
    private static List<Submitted> awaitAll(
            NewsgraphClient client, String token, List<Submitted> submitted) {
        List<Submitted> published = new ArrayList<>();
        if (!submitted.isEmpty()) {
            OUT.printf("Waiting for %d accepted article(s) to be published...%n", submitted.size());
        }
        int n = 0;
        for (Submitted article : submitted) {
            n++;
            JsonNode status = client.awaitFinalStatus(token, article.id(), INGEST_TIMEOUT);
            String value = status.path("status").asText("UNKNOWN");
            String extra = "";
            if (status.hasNonNull("language")) {
                extra += " language=" + status.path("language").asText();
            }
            if (status.hasNonNull("error")) {
                extra += " error=" + status.path("error").asText();
            }
            if (!NewsgraphClient.FINAL_STATUSES.contains(value)) {
                extra += " (still " + value + " after " + INGEST_TIMEOUT.toSeconds() + " s)";
            }
            OUT.printf(
                    "[%d/%d] %s %s %s%s%n",
                    n, submitted.size(), article.id(), value, article.label(), extra);
            if (value.equals("PUBLISHED")) {
                published.add(article);
            }
        }
        return published;
    }

    private static void printEntities(NewsgraphClient client, String token, Submitted article) {
        NewsgraphClient.ApiResponse response =
                client.awaitQueryArticle(token, article.id(), Duration.ofSeconds(60));
        OUT.println();
        if (!response.isSuccess()) {
            OUT.println(
                    article.label()
                            + ": query-service does not have it yet ("
                            + response.describeError()
                            + ")");
            return;
        }
        JsonNode doc = response.json();
        List<JsonNode> entities = new ArrayList<>();
        doc.path("entities").forEach(entities::add);
        entities.sort(
                Comparator.comparing((JsonNode e) -> e.path("type").asText())
                        .thenComparing(e -> -e.path("mentions").size())
                        .thenComparing(e -> e.path("name").asText()));
        OUT.printf(
                "%s  [%s, %d entities]  id %s%n  \"%s\"%n",
                article.label(),
                doc.path("language").asText("?"),
                entities.size(),
                article.id(),
                doc.path("title").asText());
        for (JsonNode entity : entities) {
            int mentions = entity.path("mentions").size();
            // The article's own wording first; the graph's name when it differs (Moscou → Moscow).
            String name = entity.path("name").asText();
            String written = entity.path("nameInArticle").asText(name);
            OUT.printf(
                    "    %-13s %-40s %d mention%s%s%n",
                    entity.path("type").asText(),
                    written,
                    mentions,
                    mentions == 1 ? "" : "s",
                    written.equals(name) ? "" : "  (graph: " + name + ")");
        }
    }

    private static int down(Path root) throws IOException {
        StackConfig config = StackConfig.fromEnvironment(root);
        if (!Files.exists(config.stateFile())) {
            OUT.println("newsgraph is not running (no " + config.stateFile() + ").");
            return 0;
        }
        List<String> stopped = StateFile.stopAll(config.stateFile());
        OUT.println(
                stopped.isEmpty()
                        ? "Nothing was running; removed the stale " + config.stateFile()
                        : "Stopped " + String.join(", ", stopped));
        return 0;
    }

    private static int onboard(Path root, List<String> args) {
        List<String> names = new ArrayList<>();
        boolean reader = false;
        Optional<Duration> lifespan = Optional.empty();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--reader")) {
                reader = true;
            } else if (arg.equals("--token-lifespan") && i + 1 < args.size()) {
                lifespan = Optional.of(Duration.ofSeconds(parseSeconds(args.get(++i))));
            } else if (arg.startsWith("--")) {
                return usage();
            } else {
                names.add(arg);
            }
        }
        if (names.size() != 1) {
            return usage();
        }
        KeycloakAdmin admin = admin(root);
        KeycloakAdmin.Integration integration = admin.onboard(names.get(0), reader, lifespan);
        OUT.println("Registered newsroom integration " + integration.clientId());
        OUT.println("  client id      " + integration.clientId());
        OUT.println("  client secret  " + integration.secret());
        OUT.println("  roles          " + String.join(", ", integration.roles()));
        OUT.println(
                "The secret is shown only this once: hand it to the newsroom over a secure"
                        + " channel. Tokens: client-credentials grant at "
                        + realmUrl(root)
                        + "/protocol/openid-connect/token");
        return 0;
    }

    private static int revoke(Path root, List<String> args) {
        if (args.size() != 1 || args.get(0).startsWith("--")) {
            return usage();
        }
        if (!admin(root).revoke(args.get(0))) {
            System.err.println("newsgraph: no integration named " + args.get(0));
            return 1;
        }
        OUT.println(
                "Revoked "
                        + args.get(0)
                        + ": Keycloak issues it no new token. Access tokens it already holds stay"
                        + " valid until they expire (see deploy/SECURITY.md).");
        return 0;
    }

    private static KeycloakAdmin admin(Path root) {
        return KeycloakAdmin.fromEnvironment(
                System.getenv(), StackConfig.fromEnvironment(root).keycloakUrl());
    }

    private static String realmUrl(Path root) {
        String url =
                System.getenv()
                        .getOrDefault(
                                "NEWSGRAPH_KEYCLOAK_URL",
                                StackConfig.fromEnvironment(root).keycloakUrl().toString());
        return url
                + "/realms/"
                + System.getenv().getOrDefault("NEWSGRAPH_REALM", StackConfig.REALM);
    }

    private static long parseSeconds(String value) {
        try {
            long seconds = Long.parseLong(value);
            if (seconds < 1) {
                throw new NumberFormatException();
            }
            return seconds;
        } catch (NumberFormatException e) {
            throw new StackException(
                    "--token-lifespan needs a positive number of seconds: " + value);
        }
    }

    private static void log(String message) {
        OUT.println("  · " + message);
    }

    private static int envInt(String name, int fallback) {
        try {
            return Integer.parseInt(
                    System.getenv().getOrDefault(name, Integer.toString(fallback)).trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
