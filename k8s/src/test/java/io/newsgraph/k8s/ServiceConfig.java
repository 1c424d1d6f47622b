package io.newsgraph.k8s;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * What a Quarkus service serves and accepts, read from its application.properties and the
 * extensions in its pom: the HTTP port in production, the health and metrics paths, and the
 * configuration names its environment variables may set.
 */
record ServiceConfig(String name, Properties properties, Set<String> extensions) {

    private static final String PROD = "%prod.";

    /**
     * Properties an extension always reads, whether or not application.properties mentions them.
     */
    private static final Map<String, List<String>> EXTENSION_PROPERTIES =
            Map.of(
                    "quarkus-reactive-pg-client",
                    List.of("quarkus.datasource.username", "quarkus.datasource.password"),
                    "quarkus-jdbc-postgresql",
                    List.of("quarkus.datasource.username", "quarkus.datasource.password"),
                    "quarkus-oidc-client",
                    List.of("quarkus.oidc-client.credentials.secret"));

    /** Reads {@code <repository>/<name>/pom.xml} and its application.properties. */
    static ServiceConfig load(Path repository, String name) {
        Path module = repository.resolve(name);
        try {
            String pom = Files.readString(module.resolve("pom.xml"));
            String properties =
                    Files.readString(module.resolve("src/main/resources/application.properties"));
            return of(name, properties, pom);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ServiceConfig of(String name, String applicationProperties, String pom) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(applicationProperties));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> extensions = new LinkedHashSet<>();
        java.util.regex.Matcher matcher =
                java.util.regex.Pattern.compile("<artifactId>(quarkus-[a-z0-9-]+)</artifactId>")
                        .matcher(pom);
        while (matcher.find()) {
            extensions.add(matcher.group(1));
        }
        return new ServiceConfig(name, properties, extensions);
    }

    /** The value in the production profile: %prod first, then the unprofiled key. */
    String prod(String key, String defaultValue) {
        String value = properties.getProperty(PROD + key);
        return value != null ? value : properties.getProperty(key, defaultValue);
    }

    int httpPort() {
        return Integer.parseInt(prod("quarkus.http.port", "8080"));
    }

    String livenessPath() {
        return healthPath(prod("quarkus.smallrye-health.liveness-path", "live"));
    }

    String readinessPath() {
        return healthPath(prod("quarkus.smallrye-health.readiness-path", "ready"));
    }

    String startupPath() {
        return healthPath(prod("quarkus.smallrye-health.startup-path", "started"));
    }

    /** Every path the service answers without a token that a probe or a scraper may use. */
    Set<String> servedPaths() {
        Set<String> paths = new LinkedHashSet<>();
        if (extensions.contains("quarkus-smallrye-health")) {
            paths.add(healthRoot());
            paths.add(livenessPath());
            paths.add(readinessPath());
            paths.add(startupPath());
        }
        if (extensions.contains("quarkus-micrometer-registry-prometheus")) {
            paths.add(
                    nonApplicationPath(
                            prod("quarkus.micrometer.export.prometheus.path", "metrics")));
        }
        return paths;
    }

    /** Whether an environment variable of this name maps onto a property the service declares. */
    boolean declaresEnvironmentVariable(String name) {
        for (String extension : extensions) {
            for (String key : EXTENSION_PROPERTIES.getOrDefault(extension, List.of())) {
                if (environmentName(key).equals(name)) {
                    return true;
                }
            }
        }
        for (String key : properties.stringPropertyNames()) {
            String bare = key.startsWith("%") ? key.substring(key.indexOf('.') + 1) : key;
            if (environmentName(bare).equals(name)) {
                return true;
            }
        }
        return false;
    }

    static String environmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    private String healthRoot() {
        return nonApplicationPath(prod("quarkus.smallrye-health.root-path", "health"));
    }

    private String healthPath(String path) {
        return path.startsWith("/") ? path : healthRoot() + "/" + path;
    }

    private String nonApplicationPath(String path) {
        if (path.startsWith("/")) {
            return path;
        }
        String root = prod("quarkus.http.non-application-root-path", "q");
        root = root.startsWith("/") ? root : "/" + root;
        return root + "/" + path;
    }
}
