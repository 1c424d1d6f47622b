package io.newsgraph.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsgraph.stack.NewsgraphClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No secret is committed outside the clearly marked dev realm, dev/test profiles and test fixtures:
 * production configuration must read every secret from the environment.
 */
class CommittedSecretsTest {

    private static final Path ROOT = SharedStack.ROOT;

    /** Property names that hold a credential. */
    private static final Pattern SECRET_KEY =
            Pattern.compile("(?i).*(password|secret|private-key|api-key|token)$");

    /** A line "[%profile.]key=value" of a properties file. */
    private static final Pattern PROPERTY =
            Pattern.compile("^(?:%([\\w,-]+)\\.)?([^=:\\s]+)\\s*[=:]\\s*(.*)$");

    /** "${ENV}" or "${ENV:}" reads the environment; "${ENV:literal}" still commits a literal. */
    private static final Pattern ENV_ONLY = Pattern.compile("^\\$\\{[\\w.-]+:?}$");

    private static final Path DEV_REALM = ROOT.resolve("deploy/keycloak/newsgraph-realm.json");

    @Test
    void productionProfilesOfEveryServiceReadSecretsFromTheEnvironment() throws IOException {
        List<Path> files =
                sources(
                        p ->
                                p.getFileName().toString().matches("application.*\\.properties")
                                        && p.toString().contains("/src/main/"));
        assertThat(files).as("service configurations found").hasSizeGreaterThanOrEqualTo(3);
        List<String> leaks = new ArrayList<>();
        for (Path file : files) {
            literalSecrets(Files.readAllLines(file))
                    .forEach(line -> leaks.add(ROOT.relativize(file) + ":" + line));
        }
        assertThat(leaks).as("literal secrets outside %dev/%test").isEmpty();
    }

    @Test
    void theScanFlagsLiteralSecretsOutsideDevAndTestProfiles() {
        assertThat(
                        literalSecrets(
                                List.of(
                                        "# quarkus.datasource.password=commented",
                                        "%dev.quarkus.datasource.password=newsgraph",
                                        "%test,dev.quarkus.oidc-client.credentials.secret=s",
                                        "quarkus.oidc-client.credentials.secret=${INGEST_SECRET}",
                                        "quarkus.oidc-client.refresh-token-time-skew=30s",
                                        "%prod.quarkus.datasource.password=hunter2",
                                        "quarkus.oidc.credentials.secret=${SECRET:fallback}",
                                        "%staging.kafka.sasl.password=x")))
                .containsExactly(
                        "6 quarkus.datasource.password",
                        "7 quarkus.oidc.credentials.secret",
                        "8 kafka.sasl.password");
    }

    /** "LINE key" of every secret-named property with a literal value outside %dev/%test. */
    static List<String> literalSecrets(List<String> lines) {
        List<String> leaks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            Matcher property = PROPERTY.matcher(line);
            if (line.startsWith("#") || !property.matches()) {
                continue;
            }
            String profiles = property.group(1);
            String key = property.group(2);
            String value = property.group(3).trim();
            boolean devOrTestOnly =
                    profiles != null
                            && Stream.of(profiles.split(","))
                                    .allMatch(p -> p.equals("dev") || p.equals("test"));
            if (SECRET_KEY.matcher(key).matches()
                    && !value.isEmpty()
                    && !ENV_ONLY.matcher(value).matches()
                    && !devOrTestOnly) {
                leaks.add((i + 1) + " " + key);
            }
        }
        return leaks;
    }

    @Test
    void onlyTheMarkedDevRealmAndTestFixturesHoldClientSecretsOrPasswords() throws IOException {
        JsonNode devRealm = NewsgraphClient.json().readTree(DEV_REALM.toFile());
        assertThat(devRealm.path("displayName").asText()).contains("DEV ONLY");
        assertThat(devRealm.path("attributes").path("_newsgraph_notice").asText())
                .contains("DEV ONLY");

        List<String> holders = new ArrayList<>();
        for (Path file : sources(p -> p.toString().endsWith(".json"))) {
            if (file.equals(DEV_REALM) || file.toString().contains("/src/test/")) {
                continue;
            }
            JsonNode json;
            try {
                json = NewsgraphClient.json().readTree(file.toFile());
            } catch (IOException e) {
                continue;
            }
            if (holdsCredential(json)) {
                holders.add(ROOT.relativize(file).toString());
            }
        }
        assertThat(holders).as("JSON files with secrets outside the dev realm and tests").isEmpty();
    }

    private static boolean holdsCredential(JsonNode node) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String name = field.getKey().toLowerCase();
                if ((name.equals("secret")
                                || name.equals("password")
                                || name.equals("value") && node.has("type"))
                        && field.getValue().isTextual()
                        && !field.getValue().asText().isEmpty()) {
                    return true;
                }
                if (holdsCredential(field.getValue())) {
                    return true;
                }
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                if (holdsCredential(item)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<Path> sources(java.util.function.Predicate<Path> wanted)
            throws IOException {
        try (Stream<Path> paths = Files.walk(ROOT)) {
            return paths.filter(Files::isRegularFile)
                    .filter(p -> !p.toString().contains("/target/"))
                    .filter(p -> !p.toString().contains("/.data/"))
                    .filter(p -> !p.toString().contains("/.git/"))
                    .filter(p -> !p.toString().contains("/node_modules/"))
                    .filter(wanted)
                    .toList();
        }
    }
}
