package io.newsgraph.query.bench;

import com.google.protobuf.util.JsonFormat;
import io.newsgraph.query.GraphDatabase;
import io.newsgraph.query.QueryServiceTest;
import io.newsgraph.query.TestEvents;
import io.newsgraph.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The query benchmark: loads a generated graph (100,000 articles, ~3 million mentions by default)
 * into the service's database, shows the plans of the hot queries with and without their indexes,
 * measures the REST latency readers see and the consumer's throughput from the topic, and writes
 * {@code target/bench/report.md}. Not part of {@code verify}: run it with {@code -Pbench} (see
 * README). Sizes: {@code -Dbench.articles}, {@code -Dbench.events}, {@code -Dbench.samples}.
 */
@QuarkusTest
@Tag("bench")
class QueryBenchmarkTest extends QueryServiceTest {

    private static final int ARTICLES = Integer.getInteger("bench.articles", 100_000);
    private static final int EVENTS = Integer.getInteger("bench.events", 5_000);
    private static final int SAMPLES = Integer.getInteger("bench.samples", 500);
    private static final int WARM_UP = 100;

    private final StringBuilder report = new StringBuilder();
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    // Test tokens live five minutes: each measured query gets a fresh one.
    private String token = TestTokens.accessToken("bench", "reader");
    private final Random random = new Random(11);

    @Test
    void benchmark() throws Exception {
        Instant until = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        GraphGenerator generator =
                new GraphGenerator(GraphGenerator.Settings.benchmark(ARTICLES, until));
        line("# query-service benchmark");
        line("");
        line(
                "Generated %d articles; machine: %d cores, Java %s; %s.",
                ARTICLES,
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                Instant.now());
        try (Connection connection = GraphDatabase.connect()) {
            long start = System.nanoTime();
            Map<String, Long> counts = generator.load(connection);
            line("");
            line("## Load");
            line("");
            line(
                    "Generated and loaded (COPY, then derived in SQL) in %.1f s: %s",
                    seconds(start), counts);

            Samples samples = new Samples(connection);
            explain(connection, samples);
            line("");
            line(
                    "## REST latency (one client, %d requests each after %d warm-up, ms)",
                    SAMPLES, WARM_UP);
            line("");
            line("| query | p50 | p95 | p99 | max | acceptance p95 | load average |");
            line("|---|---|---|---|---|---|---|");
            measure(
                    "entity search `GET /entities?q=`",
                    50,
                    () -> "/api/v1/entities?q=" + encode(samples.searchText()));
            measure(
                    "article by id `GET /articles/{id}`",
                    30,
                    () -> "/api/v1/articles/" + samples.article());
            measure("entity's articles `GET /entities/{id}/articles`", 50, samples::entityArticles);
            measure(
                    "co-occurrences `GET /entities/{id}/cooccurrences`",
                    100,
                    () -> "/api/v1/entities/" + samples.popularEntity() + "/cooccurrences");
            measure(
                    "trending `GET /entities/trending?window=24h`",
                    0,
                    () -> "/api/v1/entities/trending?window=24h");
            measure(
                    "full text `GET /articles?q=`",
                    0,
                    () -> "/api/v1/articles?q=" + encode(samples.word()));
            consumer(connection, generator, until);
        }
        Path file = Path.of("target", "bench", "report.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        System.out.println(report);
    }

    private void consumer(Connection connection, GraphGenerator generator, Instant until)
            throws Exception {
        long before = GraphDatabase.count(connection, "select count(*) from article");
        List<String[]> events = new ArrayList<>(EVENTS);
        for (int n = 0; n < EVENTS; n++) {
            // New articles of the last day naming the same population of entities.
            GraphGenerator.Article article =
                    generator.article(1_000_000L + n, until, Duration.ofDays(1));
            events.add(
                    new String[] {
                        article.id().toString(),
                        JsonFormat.printer().print(GraphGenerator.event(article))
                    });
        }
        long postgresCpu = postgresCpuMillis(connection);
        long jvmCpu = jvmCpuMillis();
        long start = System.nanoTime();
        TestEvents.sendAllRaw(events);
        double sent = seconds(start);
        while (GraphDatabase.count(connection, "select count(*) from article") < before + EVENTS) {
            Thread.sleep(200);
            if (seconds(start) > 600) {
                throw new IllegalStateException("consumer did not catch up within 10 minutes");
            }
        }
        double elapsed = seconds(start);
        postgresCpu = postgresCpuMillis(connection) - postgresCpu;
        jvmCpu = jvmCpuMillis() - jvmCpu;
        line("");
        line("## Consumer");
        line("");
        line(
                "%d events (10 findings, ~30 mentions each) published to `article-entities` in %.1f"
                        + " s and stored in %.1f s: **%.0f articles/s** (acceptance ≥ 200).",
                EVENTS, sent, elapsed, EVENTS / elapsed);
        line("");
        line(
                "CPU spent meanwhile: PostgreSQL %.1f ms per article, this JVM (service, in-JVM"
                        + " Kafka broker and producer) %.1f ms per article; load average %s.",
                (double) postgresCpu / EVENTS, (double) jvmCpu / EVENTS, loadAverage());
        GraphDatabase.assertNoDrift(connection);
        line("");
        line("Aggregates after consumption equal their recomputation (no drift).");
    }

    /** CPU time of every process of the embedded PostgreSQL server (Linux /proc). */
    private static long postgresCpuMillis(Connection connection) throws SQLException {
        long ticks = 0;
        try (Statement statement = connection.createStatement();
                ResultSet pids = statement.executeQuery("select pid from pg_stat_activity")) {
            while (pids.next()) {
                ticks += processTicks(pids.getLong(1));
            }
        }
        return ticks * 10;
    }

    private static long processTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static long jvmCpuMillis() {
        return ((com.sun.management.OperatingSystemMXBean)
                                java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime()
                / 1_000_000;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private void measure(String name, int acceptance, Supplier<String> path)
            throws IOException, InterruptedException {
        token = TestTokens.accessToken("bench", "reader");
        for (int i = 0; i < WARM_UP; i++) {
            get(path.get());
        }
        double[] millis = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            String request = path.get();
            long start = System.nanoTime();
            get(request);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        String verdict =
                acceptance == 0
                        ? "–"
                        : "≤ " + acceptance + (percentile(millis, 95) <= acceptance ? " ✔" : " ✘");
        line(
                "| %s | %.1f | %.1f | %.1f | %.1f | %s | %s |",
                name,
                percentile(millis, 50),
                percentile(millis, 95),
                percentile(millis, 99),
                millis[millis.length - 1],
                verdict,
                loadAverage());
    }

    private void get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response =
                http.send(
                        HttpRequest.newBuilder(
                                        URI.create("http://localhost:" + RestAssured.port + path))
                                .header("Authorization", "Bearer " + token)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
    }

    /** Plans of the hot queries with and without the index V2 adds for them. */
    private void explain(Connection connection, Samples samples) throws SQLException {
        String hot = samples.hottest;
        String hotKey = samples.hottestKey;
        line("");
        line(
                "## Plans with and without each index (hottest entity: %s articles)",
                samples.hottestArticles);
        plans(
                connection,
                "entity's articles page",
                "article_entity_entity_seen_idx",
                "select a.id, a.title, o.salience, o.mention_count, o.seen_at from"
                        + " article_entity o join article a on a.id = o.article_id where"
                        + " o.entity_id = '"
                        + hot
                        + "' order by o.seen_at desc, o.article_id desc"
                        + " limit 21");
        plans(
                connection,
                "co-occurrences (maintained pair counts)",
                "entity_cooccurrence_a_rank_idx, entity_cooccurrence_b_rank_idx",
                "select e.id, e.name, c.n from (select other, n from ((select entity_b as other,"
                        + " article_count as n from entity_cooccurrence where entity_a = '"
                        + hot
                        + "' and article_count > 0 order by article_count desc, entity_b limit 21)"
                        + " union all (select entity_a, article_count from entity_cooccurrence"
                        + " where entity_b = '"
                        + hot
                        + "' and article_count > 0 order by article_count desc, entity_a limit"
                        + " 21)) u order by n desc, other limit 21) c join entity e on e.id ="
                        + " c.other order by c.n desc, c.other");
        plans(
                connection,
                "co-occurrences computed per request (V1 query, for comparison)",
                null,
                "select e.id, e.name, count(*) from article_entity s join article_entity o on"
                        + " o.article_id = s.article_id and o.entity_id <> s.entity_id join"
                        + " entity e on e.id = o.entity_id where s.entity_id = '"
                        + hot
                        + "'"
                        + " group by e.id, e.name order by count(*) desc, e.id limit 21");
        String word = hotKey.length() > 4 ? hotKey.substring(0, 4) : hotKey;
        plans(
                connection,
                "entity search, word prefix",
                "entity_alias_trgm_idx",
                "select e.id, e.name, m.rank from (select a.entity_id, min(case when"
                        + " a.normalized_alias = '"
                        + word
                        + "' then 0 when a.normalized_alias like '"
                        + word
                        + "%' then 1 else 2 end) as rank from entity_alias a where"
                        + " (a.normalized_alias like '"
                        + word
                        + "%' or a.normalized_alias like '% "
                        + word
                        + "%') and (a.use_count > 0 or a.pinned) group by a.entity_id) m"
                        + " join entity e on e.id = m.entity_id where e.article_count > 0 order by"
                        + " m.rank, e.article_count desc, e.normalized_key, e.id limit 21");
        plans(
                connection,
                "entities in the news (search without text)",
                "entity_popularity_idx",
                "select e.id, e.name from entity e where e.article_count > 0 order by"
                        + " e.article_count desc, e.normalized_key, e.id limit 21");
        plans(
                connection,
                "articles to re-derive when a name's entity changes",
                "article_finding_key_idx",
                "select distinct article_id from article_finding where type = 'PERSON' and"
                        + " name_key = '"
                        + samples.personKey
                        + "'");
        plans(
                connection,
                "full-text article search",
                "article_search_idx",
                "select a.id from article a where a.search_vector @@"
                        + " (websearch_to_tsquery('french', newsgraph_fold('"
                        + samples.rareWord
                        + "')) || websearch_to_tsquery('english', newsgraph_fold('"
                        + samples.rareWord
                        + "'))) order by a.seen_at desc, a.id desc limit 21");
    }

    private void plans(Connection connection, String title, String index, String sql)
            throws SQLException {
        line("");
        line("### %s", title);
        line("");
        line("```sql");
        line("%s", sql);
        line("```");
        if (index == null) {
            line("");
            line("```");
            line("%s", plan(connection, sql));
            line("```");
            return;
        }
        line("");
        line("With `%s`:", index);
        line("```");
        line("%s", plan(connection, sql));
        line("```");
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("drop index " + index);
            line("Without it:");
            line("```");
            line("%s", plan(connection, sql));
            line("```");
        } finally {
            connection.rollback();
            connection.setAutoCommit(true);
        }
    }

    private static String plan(Connection connection, String sql) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("explain (analyze, buffers) " + sql)) {
            int lines = 0;
            while (result.next()) {
                String line = result.getString(1);
                if (lines++ < 14
                        || line.startsWith("Execution Time")
                        || line.startsWith("Planning Time")) {
                    plan.append(line).append('\n');
                }
            }
        }
        return plan.toString().stripTrailing();
    }

    /** Request inputs drawn from the loaded graph, entities weighted by how much they are named. */
    private final class Samples {
        final List<String> entities = new ArrayList<>();
        final List<Long> weights = new ArrayList<>();
        final List<String> names = new ArrayList<>();
        final List<String> articles = new ArrayList<>();
        long total;
        final String hottest;
        final long hottestArticles;
        final String hottestKey;
        final String personKey;
        final String rareWord;

        Samples(Connection connection) throws SQLException {
            try (Statement statement = connection.createStatement()) {
                try (ResultSet rows =
                        statement.executeQuery(
                                "select id, article_count, name from entity where article_count > 0"
                                        + " order by article_count desc")) {
                    while (rows.next()) {
                        entities.add(rows.getString(1));
                        total += rows.getLong(2);
                        weights.add(total);
                        names.add(rows.getString(3));
                    }
                }
                try (ResultSet rows =
                        statement.executeQuery(
                                "select id from article order by md5(id::text) limit 5000")) {
                    while (rows.next()) {
                        articles.add(rows.getString(1));
                    }
                }
                try (ResultSet rows =
                        statement.executeQuery(
                                "select normalized_key, article_count, id from entity order by"
                                        + " article_count desc limit 1")) {
                    rows.next();
                    hottestKey = rows.getString(1);
                    hottestArticles = rows.getLong(2);
                    hottest = rows.getString(3);
                }
                try (ResultSet rows =
                        statement.executeQuery(
                                "select normalized_key from entity where type = 'PERSON' order by"
                                        + " article_count desc limit 1")) {
                    rows.next();
                    personKey = rows.getString(1);
                }
                // A surname: in a few hundred articles' text, not in every one like filler words.
                try (ResultSet rows =
                        statement.executeQuery(
                                "select normalized_key from entity where type = 'PERSON' order by"
                                        + " article_count desc offset 200 limit 1")) {
                    rows.next();
                    String key = rows.getString(1);
                    rareWord = key.substring(key.lastIndexOf(' ') + 1);
                }
            }
        }

        String popularEntity() {
            return entities.get(popularIndex());
        }

        int popularIndex() {
            long target = (long) (random.nextDouble() * total);
            int low = 0;
            int high = weights.size() - 1;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (weights.get(mid) <= target) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low;
        }

        String searchText() {
            String name = names.get(popularIndex());
            String[] words = name.split(" ");
            String word = words[random.nextInt(words.length)];
            int length = Math.min(word.length(), 3 + random.nextInt(6));
            return random.nextInt(5) == 0
                    ? name
                    : word.substring(0, length).toLowerCase(Locale.ROOT);
        }

        String article() {
            return articles.get(random.nextInt(articles.size()));
        }

        String entityArticles() {
            String path = "/api/v1/entities/" + popularEntity() + "/articles";
            if (random.nextInt(10) < 3) {
                Instant to = Instant.now().minus(Duration.ofDays(random.nextInt(300)));
                path += "?from=" + to.minus(Duration.ofDays(30)) + "&to=" + to;
            }
            return path;
        }

        String word() {
            String[] words = {
                "négociations", "sanctions", "talks resume", "délégation", "security"
            };
            return words[random.nextInt(words.length)];
        }
    }

    private void line(String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args);
        report.append(line).append('\n');
        System.out.println("[bench] " + line);
    }

    private static double percentile(double[] sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
