package io.newsgraph.nlp.bench;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Metadata;
import io.grpc.stub.MetadataUtils;
import io.newsgraph.nlp.annotation.AnnotationPipeline;
import io.newsgraph.nlp.engine.LanguageDetector;
import io.newsgraph.nlp.engine.NerEngine;
import io.newsgraph.nlp.evaluation.GoldEvaluation;
import io.newsgraph.nlp.evaluation.GoldSet;
import io.newsgraph.nlp.evaluation.GoldSet.GoldArticle;
import io.newsgraph.proto.nlp.v1.AnnotateRequest;
import io.newsgraph.proto.nlp.v1.AnnotateResponse;
import io.newsgraph.proto.nlp.v1.MutinyNlpServiceGrpc;
import io.newsgraph.proto.nlp.v1.MutinyNlpServiceGrpc.MutinyNlpServiceStub;
import io.newsgraph.testsupport.OidcTestResource;
import io.newsgraph.testsupport.TestTokens;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.UnicastProcessor;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Throughput of nlp-service's annotation path against raw CoreNLP on the same texts in the same
 * run, single stream and AnnotateStream, with the packaged service's time to ready and peak RSS.
 *
 * <p>{@code AnnotationBenchmark QUARKUS_RUN_JAR [passes]}: starts the jar on a free port with a
 * local OIDC provider, annotates every gold article {@code passes} times each way after a warm-up,
 * prints the figures and writes them to target/bench/results.txt. Every loop is bounded by its pass
 * count and the run by {@link #RUN_LIMIT}. The {@code bench} Maven profile runs it.
 */
public final class AnnotationBenchmark {

    private static final Duration RUN_LIMIT = Duration.ofMinutes(15);
    private static final Duration READY_LIMIT = Duration.ofMinutes(2);

    /** Warm-up rounds at least, and then more until {@code bench.warmup.seconds} have passed. */
    private static final int WARM_UP_PASSES = 10;

    /**
     * After the minimum warm-up, rounds go on while the service's JIT compilers still spend more
     * than this share of the wall time of the last {@link #WARM_UP_PASSES} rounds compiling (up to
     * {@code bench.warmup.max.seconds}): the JIT works in bursts, so one quiet round says little.
     */
    private static final double SETTLED_JIT_SHARE = 0.02;

    private static final int TINY_CALLS = 300;

    /** Argument that makes this class the raw-engine process the benchmark drives. */
    private static final String RAW_WORKER = "--raw-worker";

    /** The raw-engine process's two ways: CoreNLP alone, and the service's annotation path. */
    private static final String RAW_PASS = "raw";

    private static final String PATH_PASS = "path";

    private AnnotationBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals(RAW_WORKER)) {
            rawWorker();
            return;
        }
        Path jar = Path.of(args.length > 0 ? args[0] : "target/quarkus-app/quarkus-run.jar");
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        String serviceJvmArgs = System.getProperty("bench.service.jvm", "");
        // A server JVM compiles its hot paths over thousands of calls; the figures that matter to
        // a newsroom feed are the steady ones, so every way is warmed the same wall-clock time.
        Duration warmUp = Duration.ofSeconds(Long.getLong("bench.warmup.seconds", 60));
        Duration warmUpLimit =
                Duration.ofSeconds(
                        Math.max(
                                warmUp.toSeconds(), Long.getLong("bench.warmup.max.seconds", 300)));
        long deadline = System.nanoTime() + RUN_LIMIT.toNanos();
        int cores = Runtime.getRuntime().availableProcessors();

        List<GoldArticle> articles = new ArrayList<>();
        for (String set : GoldEvaluation.BENCHMARK_SETS) {
            articles.addAll(GoldSet.resource(set).articles());
        }
        Path out = Path.of("target", "bench");
        Files.createDirectories(out);

        OidcTestResource oidc = new OidcTestResource();
        Map<String, String> oidcConfig = oidc.start();
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String option : serviceJvmArgs.split(" ")) {
            if (!option.isBlank()) {
                command.add(option);
            }
        }
        command.add("-Dquarkus.http.port=" + port);
        command.add("-Dquarkus.http.host=127.0.0.1");
        command.add(
                "-Dquarkus.oidc.auth-server-url=" + oidcConfig.get("quarkus.oidc.auth-server-url"));
        command.add("-jar");
        command.add(jar.toString());
        long launched = System.nanoTime();
        Process service =
                new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(out.resolve("nlp-service.log").toFile())
                        .start();
        StringBuilder report = new StringBuilder();
        try {
            double readySeconds = awaitReady(port, launched);
            line(
                    report,
                    "machine: %d cores, service JVM options: [%s]",
                    Runtime.getRuntime().availableProcessors(),
                    serviceJvmArgs);
            line(
                    report,
                    "texts: %d gold articles (fr and en), %d passes after at least %d interleaved"
                            + " warm-up rounds and %d s",
                    articles.size(),
                    passes,
                    WARM_UP_PASSES,
                    warmUp.toSeconds());
            line(
                    report,
                    "time to ready (process start to /q/health/ready UP): %.1f s",
                    readySeconds);
            line(report, "load average (1, 5, 15 min) at the start: %s", loadAverage());

            // Raw CoreNLP runs in its own JVM with the service's options: same heap, same GC.
            List<String> rawCommand = new ArrayList<>(command.subList(0, command.indexOf("-jar")));
            rawCommand.removeIf(
                    option ->
                            option.startsWith("-Dquarkus.")
                                    || option.startsWith("-XX:StartFlightRecording"));
            rawCommand.addAll(
                    List.of(
                            "-cp",
                            System.getProperty("java.class.path"),
                            AnnotationBenchmark.class.getName(),
                            RAW_WORKER));
            RawWorker engine =
                    new RawWorker(
                            new ProcessBuilder(rawCommand)
                                    .redirectError(out.resolve("raw-corenlp.log").toFile())
                                    .start());
            ManagedChannel channel =
                    ManagedChannelBuilder.forAddress("127.0.0.1", port).usePlaintext().build();
            Metadata headers = new Metadata();
            headers.put(
                    Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER),
                    "Bearer " + TestTokens.accessToken("bench", "annotate"));
            MutinyNlpServiceStub stub =
                    MutinyNlpServiceGrpc.newMutinyStub(channel)
                            .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers));
            try {
                long warmUpStart = System.nanoTime();
                long warmUpEnd = warmUpStart + warmUp.toNanos();
                long warmUpLimitEnd = warmUpStart + warmUpLimit.toNanos();
                // The service's JIT seconds and the clock at the start of each recent round.
                ArrayDeque<double[]> recent = new ArrayDeque<>();
                double serviceJitShare = 1;
                int round = 1;
                for (;
                        (round <= WARM_UP_PASSES
                                        || System.nanoTime() < warmUpEnd
                                        || (serviceJitShare > SETTLED_JIT_SHARE
                                                && System.nanoTime() < warmUpLimitEnd))
                                && System.nanoTime() < deadline;
                        round++) {
                    recent.addLast(new double[] {jitSeconds(service.pid()), System.nanoTime()});
                    if (recent.size() > WARM_UP_PASSES) {
                        recent.removeFirst();
                    }
                    Rate raw = raw(engine, RAW_PASS, 1, deadline);
                    Rate rawShared = raw(engine, RAW_PASS, cores, deadline);
                    raw(engine, PATH_PASS, 1, deadline);
                    Rate single = unary(stub, articles, 1, deadline);
                    Rate streamed = stream(stub, articles, 1, deadline);
                    streamOneInFlight(stub, articles, deadline);
                    double[] oldest = recent.getFirst();
                    serviceJitShare =
                            (jitSeconds(service.pid()) - oldest[0])
                                    / ((System.nanoTime() - oldest[1]) / 1e9);
                    if (round == 1 || round % 10 == 0) {
                        line(
                                report,
                                "warm-up round %d, articles/s: raw %.1f, raw on %d threads %.1f,"
                                        + " single %.1f, stream %.1f; service JIT %.0f %% of the"
                                        + " last rounds",
                                round,
                                raw.articlesPerSecond(),
                                cores,
                                rawShared.articlesPerSecond(),
                                single.articlesPerSecond(),
                                streamed.articlesPerSecond(),
                                100 * serviceJitShare);
                    }
                }
                line(
                        report,
                        "warm-up: %d rounds, %.0f s (the service's JIT at %.1f %% of the last %d"
                                + " rounds; settled below %.0f %%, or %d s at most)",
                        round - 1,
                        (System.nanoTime() - warmUpStart) / 1e9,
                        100 * serviceJitShare,
                        recent.size(),
                        100 * SETTLED_JIT_SHARE,
                        warmUpLimit.toSeconds());

                // Interleaved rounds, so a neighbour's load on the shared machine hits all three.
                Rate raw = new Rate();
                Rate rawShared = new Rate();
                Rate single = new Rate();
                Rate streamed = new Rate();
                Rate oneInFlight = new Rate();
                Rate path = new Rate();
                double rawJit = jitSeconds(engine.pid());
                double serviceJit = jitSeconds(service.pid());
                long measuredStart = System.nanoTime();
                for (int pass = 0; pass < passes && System.nanoTime() < deadline; pass++) {
                    long cpu = cpuNanos(engine.pid());
                    raw.add(raw(engine, RAW_PASS, 1, deadline));
                    raw.cpuNanos += cpuNanos(engine.pid()) - cpu;
                    cpu = cpuNanos(engine.pid());
                    rawShared.add(raw(engine, RAW_PASS, cores, deadline));
                    rawShared.cpuNanos += cpuNanos(engine.pid()) - cpu;
                    cpu = cpuNanos(engine.pid());
                    path.add(raw(engine, PATH_PASS, 1, deadline));
                    path.cpuNanos += cpuNanos(engine.pid()) - cpu;
                    cpu = cpuNanos(service.pid());
                    double inService = annotationSeconds(port);
                    single.add(unary(stub, articles, 1, deadline));
                    single.cpuNanos += cpuNanos(service.pid()) - cpu;
                    single.annotatingNanos += (long) ((annotationSeconds(port) - inService) * 1e9);
                    cpu = cpuNanos(service.pid());
                    streamed.add(stream(stub, articles, 1, deadline));
                    streamed.cpuNanos += cpuNanos(service.pid()) - cpu;
                    cpu = cpuNanos(service.pid());
                    oneInFlight.add(streamOneInFlight(stub, articles, deadline));
                    oneInFlight.cpuNanos += cpuNanos(service.pid()) - cpu;
                }
                double measuredSeconds = (System.nanoTime() - measuredStart) / 1e9;
                line(
                        report,
                        "JIT compilation during the measured passes: service %.1f s, raw CoreNLP"
                                + " process %.1f s, in %.0f s",
                        jitSeconds(service.pid()) - serviceJit,
                        jitSeconds(engine.pid()) - rawJit,
                        measuredSeconds);
                line(report, "%-44s %10s %10s", "", "tokens/s", "articles/s");
                line(
                        report,
                        "%-44s %10.0f %10.1f",
                        "raw CoreNLP, one thread (same JVM options)",
                        raw.tokensPerSecond(),
                        raw.articlesPerSecond());
                line(
                        report,
                        "%-44s %10.0f %10.1f",
                        "raw CoreNLP, " + cores + " threads",
                        rawShared.tokensPerSecond(),
                        rawShared.articlesPerSecond());
                line(
                        report,
                        "%-44s %10.0f %10.1f",
                        "annotation path in process, one thread",
                        path.tokensPerSecond(),
                        path.articlesPerSecond());
                line(
                        report,
                        "%-44s %10.0f %10.1f",
                        "nlp-service Annotate, one call at a time",
                        single.tokensPerSecond(),
                        single.articlesPerSecond());
                line(
                        report,
                        "%-44s %10.0f %10.1f",
                        "nlp-service AnnotateStream, one stream",
                        streamed.tokensPerSecond(),
                        streamed.articlesPerSecond());
                line(
                        report,
                        "%-44s %10.0f %10.1f",
                        "nlp-service AnnotateStream, one in flight",
                        oneInFlight.tokensPerSecond(),
                        oneInFlight.articlesPerSecond());
                // Same texts each way: articles/s compares like with like (the service does not
                // count the tokens of boilerplate lines it blanks).
                line(
                        report,
                        "annotation path in process / raw CoreNLP, same JVM, articles/s: %.2f"
                                + " (language detection, boilerplate, NER, normalisation)",
                        path.articlesPerSecond() / raw.articlesPerSecond());
                line(
                        report,
                        "service single stream / raw CoreNLP, articles/s: %.2f (target >= 0.85)",
                        single.articlesPerSecond() / raw.articlesPerSecond());
                line(
                        report,
                        "service AnnotateStream one in flight / raw CoreNLP, articles/s: %.2f"
                                + " (CPU ms per article %.1f)",
                        oneInFlight.articlesPerSecond() / raw.articlesPerSecond(),
                        oneInFlight.cpuMillisPerArticle());
                line(
                        report,
                        "service AnnotateStream / raw CoreNLP on %d threads, articles/s: %.2f"
                                + " (target >= 0.85)",
                        cores,
                        streamed.articlesPerSecond() / rawShared.articlesPerSecond());
                line(
                        report,
                        "AnnotateStream / service single stream, articles/s: %.2fx (target >="
                                + " 1.7x)",
                        streamed.articlesPerSecond() / single.articlesPerSecond());
                line(
                        report,
                        "CPU ms per article: raw CoreNLP %.1f (on %d threads %.1f), service single"
                                + " %.1f, service stream %.1f; raw / service: single %.2f, stream"
                                + " %.2f (the cost ratios, which a loaded machine distorts less"
                                + " than wall-clock rates)",
                        raw.cpuMillisPerArticle(),
                        cores,
                        rawShared.cpuMillisPerArticle(),
                        single.cpuMillisPerArticle(),
                        streamed.cpuMillisPerArticle(),
                        raw.cpuMillisPerArticle() / single.cpuMillisPerArticle(),
                        rawShared.cpuMillisPerArticle() / streamed.cpuMillisPerArticle());
                line(
                        report,
                        "service single stream, wall ms per article: %.1f, of which on an"
                                + " annotation thread %.1f (raw CoreNLP %.1f)",
                        single.nanos / 1e6 / single.articles,
                        single.annotatingNanos / 1e6 / single.articles,
                        raw.nanos / 1e6 / raw.articles);
                // What a call costs besides annotating: a one-word article, many times.
                AnnotateRequest tiny =
                        AnnotateRequest.newBuilder()
                                .setText("Paris.")
                                .setLanguageHint("fr")
                                .build();
                for (int i = 0; i < TINY_CALLS; i++) {
                    stub.annotate(tiny).await().atMost(Duration.ofSeconds(30));
                }
                long cpu = cpuNanos(service.pid());
                long start = System.nanoTime();
                for (int i = 0; i < TINY_CALLS; i++) {
                    stub.annotate(tiny).await().atMost(Duration.ofSeconds(30));
                }
                line(
                        report,
                        "per Annotate call on a one-word text: %.2f ms wall, %.2f ms service CPU",
                        (System.nanoTime() - start) / 1e6 / TINY_CALLS,
                        (cpuNanos(service.pid()) - cpu) / 1e6 / TINY_CALLS);
                line(
                        report,
                        "nlp-service peak RSS (VmHWM): %d MB (target <= 2048 MB)",
                        peakRssKb(service.pid()) / 1024);
                line(report, "load average (1, 5, 15 min) at the end: %s", loadAverage());
            } finally {
                channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
                engine.close();
            }
        } finally {
            service.destroy();
            if (!service.waitFor(20, TimeUnit.SECONDS)) {
                service.destroyForcibly();
            }
            oidc.stop();
        }
        System.out.print(report);
        Files.writeString(out.resolve("results.txt"), report);
    }

    private static double awaitReady(int port, long launched) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest ready =
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(2))
                        .build();
        long limit = launched + READY_LIMIT.toNanos();
        while (System.nanoTime() < limit) {
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return (System.nanoTime() - launched) / 1e9;
                }
            } catch (IOException notListeningYet) {
                // The port opens a moment after the process starts.
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("nlp-service not ready within " + READY_LIMIT);
    }

    private static Rate raw(RawWorker engine, String way, int threads, long deadline)
            throws IOException {
        return System.nanoTime() < deadline ? engine.pass(way, threads) : new Rate();
    }

    /**
     * The raw-engine process: loads the pipelines, then for each line read ("raw THREADS" or "path
     * THREADS") runs one pass over the gold articles on that many threads, each taking the next
     * article as nlp-service's annotation threads do, and answers "tokens articles nanos"; stops at
     * the end of its input. "raw" is CoreNLP alone, language given; "path" is what nlp-service runs
     * on an annotation thread ({@link AnnotationPipeline}: language detected, boilerplate blanked,
     * entities normalised), in the same JVM, so the two differ by the service's own work only.
     */
    private static void rawWorker() throws Exception {
        List<GoldArticle> articles = new ArrayList<>();
        for (String set : GoldEvaluation.BENCHMARK_SETS) {
            articles.addAll(GoldSet.resource(set).articles());
        }
        NerEngine engine = NerEngine.load();
        AnnotationPipeline pipeline = new AnnotationPipeline(engine, LanguageDetector.load());
        ExecutorService pool =
                Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        System.out.println("ready");
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            boolean servicePath = line.split(" ")[0].equals(PATH_PASS);
            int threads = Integer.parseInt(line.split(" ")[1]);
            AtomicInteger next = new AtomicInteger();
            AtomicLong tokens = new AtomicLong();
            List<Future<?>> running = new ArrayList<>();
            long start = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                running.add(
                        pool.submit(
                                () -> {
                                    for (int i = next.getAndIncrement();
                                            i < articles.size();
                                            i = next.getAndIncrement()) {
                                        GoldArticle article = articles.get(i);
                                        tokens.addAndGet(
                                                servicePath
                                                        ? pipeline.annotate(request(article))
                                                                .getTokenCount()
                                                        : engine.annotate(
                                                                        article.language(),
                                                                        article.text())
                                                                .tokenCount());
                                    }
                                }));
            }
            for (Future<?> thread : running) {
                thread.get();
            }
            System.out.println(
                    tokens.get() + " " + articles.size() + " " + (System.nanoTime() - start));
        }
        pool.shutdown();
    }

    /** Drives the raw-engine process one pass at a time. */
    private static final class RawWorker implements AutoCloseable {
        private final Process process;
        private final BufferedReader answers;
        private final PrintStream requests;

        RawWorker(Process process) throws IOException {
            this.process = process;
            this.answers = new BufferedReader(new InputStreamReader(process.getInputStream()));
            this.requests = new PrintStream(process.getOutputStream(), true);
            // JVM options may make the JVM itself print first ("Started recording ...").
            String line = answers.readLine();
            for (int skipped = 0;
                    line != null && !line.equals("ready") && skipped < 100;
                    skipped++) {
                line = answers.readLine();
            }
            if (!"ready".equals(line)) {
                throw new IllegalStateException("the raw CoreNLP process did not start");
            }
        }

        long pid() {
            return process.pid();
        }

        Rate pass(String way, int threads) throws IOException {
            requests.println(way + " " + threads);
            String[] answer = answers.readLine().split(" ");
            Rate rate = new Rate();
            rate.tokens = Long.parseLong(answer[0]);
            rate.articles = Long.parseLong(answer[1]);
            rate.nanos = Long.parseLong(answer[2]);
            return rate;
        }

        @Override
        public void close() throws InterruptedException {
            requests.close();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /** User plus system CPU time of a process so far, from /proc (Linux, 100 ticks a second). */
    private static long cpuNanos(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // Fields 14 and 15 of proc(5), counted from the state field that follows the name.
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks * 10_000_000L;
    }

    /** Seconds a JVM's JIT compilers have spent compiling so far, from the JDK's jstat. */
    private static double jitSeconds(long pid) throws IOException, InterruptedException {
        Process jstat =
                new ProcessBuilder(
                                Path.of(System.getProperty("java.home"), "bin", "jstat").toString(),
                                "-compiler",
                                Long.toString(pid))
                        .redirectErrorStream(true)
                        .start();
        List<String> lines;
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(jstat.getInputStream()))) {
            lines = out.lines().toList();
        }
        if (!jstat.waitFor(30, TimeUnit.SECONDS) || lines.size() < 2) {
            throw new IllegalStateException("jstat -compiler " + pid + " answered " + lines);
        }
        // "Compiled Failed Invalid Time FailedType FailedMethod": Time is in seconds.
        return Double.parseDouble(lines.get(1).trim().split("\\s+")[3]);
    }

    /** Seconds nlp-service spent annotating so far, from its own timer on /q/metrics. */
    private static double annotationSeconds(int port) throws IOException, InterruptedException {
        // HTTP/1.1 and a timeout: the JDK client's h2c upgrade once left a run waiting forever.
        HttpResponse<java.util.stream.Stream<String>> metrics =
                HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .build()
                        .send(
                                HttpRequest.newBuilder(
                                                URI.create(
                                                        "http://127.0.0.1:" + port + "/q/metrics"))
                                        .timeout(Duration.ofSeconds(30))
                                        .build(),
                                HttpResponse.BodyHandlers.ofLines());
        return metrics.body()
                .filter(line -> line.startsWith("newsgraph_nlp_annotations_seconds_sum"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    private static String loadAverage() throws IOException {
        String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return fields[0] + ", " + fields[1] + ", " + fields[2];
    }

    private static Rate unary(
            MutinyNlpServiceStub stub, List<GoldArticle> articles, int passes, long deadline) {
        Rate rate = new Rate();
        long start = System.nanoTime();
        for (int pass = 0; pass < passes && System.nanoTime() < deadline; pass++) {
            for (GoldArticle article : articles) {
                AnnotateResponse response =
                        stub.annotate(request(article)).await().atMost(Duration.ofMinutes(1));
                rate.tokens += response.getTokenCount();
                rate.articles++;
            }
        }
        rate.nanos = System.nanoTime() - start;
        return rate;
    }

    private static Rate stream(
            MutinyNlpServiceStub stub, List<GoldArticle> articles, int passes, long deadline) {
        List<AnnotateRequest> requests = new ArrayList<>();
        for (int pass = 0; pass < passes; pass++) {
            articles.forEach(article -> requests.add(request(article)));
        }
        return collect(stub.annotateStream(Multi.createFrom().iterable(requests)), deadline);
    }

    /** Waits for a stream's answers and counts them against the wall time they took. */
    private static Rate collect(Multi<AnnotateResponse> answers, long deadline) {
        Rate rate = new Rate();
        long start = System.nanoTime();
        List<AnnotateResponse> responses =
                answers.collect()
                        .asList()
                        .await()
                        .atMost(Duration.ofNanos(Math.max(1, deadline - start)));
        rate.nanos = System.nanoTime() - start;
        for (AnnotateResponse response : responses) {
            rate.tokens += response.getTokenCount();
            rate.articles++;
        }
        return rate;
    }

    /**
     * One stream, the next article sent when the previous one's answer arrives: a feed annotated
     * one article at a time without a call per article.
     */
    private static Rate streamOneInFlight(
            MutinyNlpServiceStub stub, List<GoldArticle> articles, long deadline) {
        UnicastProcessor<AnnotateRequest> requests = UnicastProcessor.create();
        AtomicInteger next = new AtomicInteger(1);
        requests.onNext(request(articles.get(0)));
        return collect(
                stub.annotateStream(requests)
                        .onItem()
                        .invoke(
                                answered -> {
                                    int i = next.getAndIncrement();
                                    if (i < articles.size()) {
                                        requests.onNext(request(articles.get(i)));
                                    } else {
                                        requests.onComplete();
                                    }
                                }),
                deadline);
    }

    private static AnnotateRequest request(GoldArticle article) {
        return AnnotateRequest.newBuilder()
                .setText(article.text())
                .setTitle(article.title())
                .setCorrelationId(article.id())
                .build();
    }

    /** The high-water mark of the process's resident memory, from /proc (Linux). */
    private static long peakRssKb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D+", ""));
            }
        }
        return -1;
    }

    private static void line(StringBuilder report, String format, Object... args) {
        report.append(String.format(Locale.ROOT, format, args)).append(System.lineSeparator());
    }

    /** Tokens and articles annotated in some wall-clock time. */
    private static final class Rate {
        long tokens;
        long articles;
        long nanos;
        long cpuNanos;
        long annotatingNanos;

        void add(Rate other) {
            tokens += other.tokens;
            articles += other.articles;
            nanos += other.nanos;
            cpuNanos += other.cpuNanos;
            annotatingNanos += other.annotatingNanos;
        }

        double tokensPerSecond() {
            return tokens / (nanos / 1e9);
        }

        /** CPU time the annotating process spent per article, GC and JIT included. */
        double cpuMillisPerArticle() {
            return cpuNanos / 1e6 / articles;
        }

        double articlesPerSecond() {
            return articles / (nanos / 1e9);
        }
    }
}
