package io.newsgraph.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Keycloak from the distribution zip in dev mode on 127.0.0.1, importing the dev realm. Its
 * embedded database is kept between runs (restarts take seconds instead of half a minute) and
 * dropped when the realm file changes, so the running realm always equals the file.
 */
public final class KeycloakProcess extends ManagedProcess {

    private static final String REALM_FILE_NAME = "newsgraph-realm.json";
    private static final String REALM_HASH_FILE = ".newsgraph-realm.sha256";

    private KeycloakProcess(ManagedProcess process) {
        super(process);
    }

    public static KeycloakProcess start(Path home, Path realmFile, int port, Path log)
            throws IOException {
        Path kcSh = home.resolve("bin/kc.sh");
        if (!Files.isRegularFile(kcSh)) {
            throw new StackException(
                    "Keycloak distribution missing at "
                            + home
                            + "; build it with ./mvnw -pl deploy/stack install");
        }
        kcSh.toFile().setExecutable(true);
        prepareRealm(home, realmFile);
        String url = "http://127.0.0.1:" + port;
        ManagedProcess process =
                ManagedProcess.start(
                        "keycloak",
                        List.of(
                                kcSh.toString(),
                                "start-dev",
                                "--http-host=127.0.0.1",
                                "--http-port=" + port,
                                // A fixed frontend URL keeps the token issuer stable for every
                                // client.
                                "--hostname=" + url,
                                "--import-realm"),
                        Map.of(
                                "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                                "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin"),
                        home,
                        log);
        KeycloakProcess keycloak = new KeycloakProcess(process);
        keycloak.awaitRealm(
                URI.create(
                        url
                                + "/realms/"
                                + StackConfig.REALM
                                + "/.well-known/openid-configuration"));
        return keycloak;
    }

    private void awaitRealm(URI wellKnown) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request =
                HttpRequest.newBuilder(wellKnown).timeout(Duration.ofSeconds(5)).build();
        Waits.until(
                "waiting for Keycloak realm at " + wellKnown,
                Duration.ofSeconds(300),
                this,
                () ->
                        http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode()
                                == 200);
    }

    private static void prepareRealm(Path home, Path realmFile) throws IOException {
        byte[] realm = Files.readAllBytes(realmFile);
        String hash = sha256(realm);
        Path hashFile = home.resolve("data").resolve(REALM_HASH_FILE);
        String previous = Files.exists(hashFile) ? Files.readString(hashFile).trim() : "";
        if (!hash.equals(previous)) {
            deleteRecursively(home.resolve("data/h2"));
        }
        Path importDir = home.resolve("data/import");
        Files.createDirectories(importDir);
        Files.write(importDir.resolve(REALM_FILE_NAME), realm);
        Files.writeString(hashFile, hash);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
