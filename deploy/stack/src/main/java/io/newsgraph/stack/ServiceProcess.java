package io.newsgraph.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** One packaged newsgraph service ({@code quarkus-run.jar}) configured by system properties. */
public final class ServiceProcess extends ManagedProcess {

    private final URI url;

    private ServiceProcess(ManagedProcess process, URI url) {
        super(process);
        this.url = url;
    }

    public URI url() {
        return url;
    }

    /** Starts the jar; call {@link #awaitReady()} before sending traffic. */
    public static ServiceProcess start(
            String name, Path jar, int port, Map<String, String> properties, Path log)
            throws IOException {
        return start(name, jar, port, properties, Map.of(), log);
    }

    /**
     * Starts the jar with {@code properties} as {@code -D} options and {@code env} added to its
     * environment (secrets also go there, as production passes them).
     */
    public static ServiceProcess start(
            String name,
            Path jar,
            int port,
            Map<String, String> properties,
            Map<String, String> env,
            Path log)
            throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new StackException(
                    name + " is not built (missing " + jar + "); run ./mvnw -DskipTests install");
        }
        Path staged = stage(jar.getParent(), log.getParent().resolveSibling("apps").resolve(name));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>();
        command.add(java);
        String extraOpts = System.getenv("NEWSGRAPH_JAVA_OPTS");
        if (extraOpts == null || !extraOpts.contains("-Xmx")) {
            // Bounded heaps keep the whole stack within a laptop's memory; nlp-service holds both
            // CoreNLP models (about 1 GB peak RSS with this heap, over 2.5 GB with the JVM
            // default).
            command.add(name.equals("nlp-service") ? "-Xmx1g" : "-Xmx512m");
        }
        if (extraOpts != null && !extraOpts.isBlank()) {
            command.addAll(List.of(extraOpts.trim().split("\\s+")));
        }
        command.add("-Dquarkus.http.host=127.0.0.1");
        command.add("-Dquarkus.http.port=" + port);
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(staged.resolve(jar.getFileName().toString()).toString());
        ManagedProcess process = ManagedProcess.start(name, command, env, staged, log);
        return new ServiceProcess(process, URI.create("http://127.0.0.1:" + port));
    }

    /**
     * Hard-links the packaged application into the stack's data directory (copying where links are
     * impossible), so rebuilding a service while the stack runs cannot pull jars from under the
     * running JVM.
     */
    static Path stage(Path quarkusApp, Path target) throws IOException {
        KeycloakProcess.deleteRecursively(target);
        Files.createDirectories(target);
        try (Stream<Path> files = Files.walk(quarkusApp)) {
            for (Path source : files.toList()) {
                Path destination = target.resolve(quarkusApp.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(destination);
                } else {
                    try {
                        Files.createLink(destination, source);
                    } catch (IOException | UnsupportedOperationException e) {
                        Files.copy(source, destination, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                }
            }
        }
        return target;
    }

    /**
     * Waits for {@code /q/health/ready} to answer 200; a service built without the health extension
     * answers 404 there once HTTP is up, which counts as ready too.
     */
    public void awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request =
                HttpRequest.newBuilder(url.resolve("/q/health/ready"))
                        .timeout(Duration.ofSeconds(5))
                        .build();
        Waits.until(
                "waiting for " + name() + " to be ready at " + request.uri(),
                timeout,
                this,
                () -> {
                    int status =
                            http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                    return status == 200 || status == 404;
                });
    }
}
