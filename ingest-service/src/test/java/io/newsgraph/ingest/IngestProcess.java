package io.newsgraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The packaged ingest-service ({@code target/quarkus-app/quarkus-run.jar}) run as its own process
 * on 127.0.0.1, as operators run it, so it can be killed with SIGKILL and started again.
 */
public final class IngestProcess implements AutoCloseable {

    private final Map<String, String> config;
    private final int port;
    private final Path log;
    private Process process;

    public IngestProcess(Map<String, String> config, Path log) {
        this.config = new TreeMap<>(config);
        this.port = freePort();
        this.log = log;
    }

    public static Path jar() {
        Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(
                    jar.toAbsolutePath() + " is missing: run `./mvnw -pl ingest-service package`");
        }
        return jar;
    }

    public int port() {
        return port;
    }

    /** Operating-system id of the running process, e.g. to read its CPU time. */
    public long pid() {
        return process.pid();
    }

    public String baseUri() {
        return "http://127.0.0.1:" + port;
    }

    /** Starts the process and waits until it reports ready. */
    public void start(Duration timeout) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        // Extra JVM options for measurements, e.g.
        // -Dingest.process.jvm-options=-XX:StartFlightRecording=...
        String extra = System.getProperty("ingest.process.jvm-options", "").strip();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        config.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-Dquarkus.http.host=127.0.0.1");
        command.add("-Dquarkus.http.port=" + port);
        command.add("-jar");
        command.add(jar().toString());
        process =
                new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                        .start();
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "ingest-service exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> ready =
                        http.send(
                                HttpRequest.newBuilder(URI.create(baseUri() + "/q/health/ready"))
                                        .timeout(Duration.ofSeconds(2))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(
                "ingest-service not ready within " + timeout + "; see " + log);
    }

    /** SIGKILL: no shutdown hook runs, whatever was in flight stays as it was. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(15, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    public static Path logFile(String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "ingest-process"));
            Path file = dir.resolve(name + ".log");
            Files.deleteIfExists(file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket =
                new ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
