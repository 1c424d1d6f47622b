package io.newsgraph.stack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Registers and revokes newsroom integrations through Keycloak's admin REST API: each newsroom is a
 * confidential client whose service account holds realm role {@code ingest} (and {@code reader}
 * when it may query).
 */
public final class KeycloakAdmin {

    /** Client ids a newsroom may get: short, URL-safe, never one of the service identities. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");

    private static final List<String> RESERVED =
            List.of("ingest-service", "nlp-service", "query-service", "newsgraph-cli");

    /** The audience newsgraph's services require in every access token. */
    public static final String AUDIENCE = "newsgraph";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI keycloakUrl;
    private final String realm;
    private final Map<String, String> adminLogin;
    private final String adminRealm;
    private final HttpClient http;

    /** The credentials of a freshly registered integration; the secret is shown only once. */
    public record Integration(String clientId, String secret, List<String> roles) {}

    private KeycloakAdmin(
            URI keycloakUrl, String realm, String adminRealm, Map<String, String> adminLogin) {
        this.keycloakUrl = keycloakUrl;
        this.realm = realm;
        this.adminRealm = adminRealm;
        this.adminLogin = adminLogin;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Logs in as a user of {@code adminRealm} (the local stack: master's admin/admin). */
    public static KeycloakAdmin withPassword(
            URI keycloakUrl, String realm, String adminRealm, String user, String password) {
        return new KeycloakAdmin(
                keycloakUrl,
                realm,
                adminRealm,
                Map.of(
                        "grant_type",
                        "password",
                        "client_id",
                        "admin-cli",
                        "username",
                        user,
                        "password",
                        password));
    }

    /**
     * Logs in as a confidential admin client of {@code adminRealm} (production: a service account
     * holding realm-management's manage-clients, manage-users and view-realm).
     */
    public static KeycloakAdmin withClient(
            URI keycloakUrl, String realm, String adminRealm, String clientId, String secret) {
        return new KeycloakAdmin(
                keycloakUrl,
                realm,
                adminRealm,
                Map.of(
                        "grant_type", "client_credentials",
                        "client_id", clientId,
                        "client_secret", secret));
    }

    /**
     * From NEWSGRAPH_KEYCLOAK_URL, NEWSGRAPH_REALM and either NEWSGRAPH_KEYCLOAK_ADMIN_CLIENT_ID +
     * NEWSGRAPH_KEYCLOAK_ADMIN_CLIENT_SECRET or NEWSGRAPH_KEYCLOAK_ADMIN_USER +
     * NEWSGRAPH_KEYCLOAK_ADMIN_PASSWORD (realm NEWSGRAPH_KEYCLOAK_ADMIN_REALM, default master); the
     * local stack's dev admin when none is set.
     */
    public static KeycloakAdmin fromEnvironment(Map<String, String> env, URI defaultKeycloakUrl) {
        URI url =
                URI.create(
                        env.getOrDefault("NEWSGRAPH_KEYCLOAK_URL", defaultKeycloakUrl.toString()));
        String realm = env.getOrDefault("NEWSGRAPH_REALM", StackConfig.REALM);
        String adminRealm = env.getOrDefault("NEWSGRAPH_KEYCLOAK_ADMIN_REALM", "master");
        String clientId = env.get("NEWSGRAPH_KEYCLOAK_ADMIN_CLIENT_ID");
        if (clientId != null && !clientId.isBlank()) {
            String secret = env.get("NEWSGRAPH_KEYCLOAK_ADMIN_CLIENT_SECRET");
            if (secret == null || secret.isBlank()) {
                throw new StackException(
                        "NEWSGRAPH_KEYCLOAK_ADMIN_CLIENT_ID is set but"
                                + " NEWSGRAPH_KEYCLOAK_ADMIN_CLIENT_SECRET is not");
            }
            return withClient(url, realm, adminRealm, clientId, secret);
        }
        return withPassword(
                url,
                realm,
                adminRealm,
                env.getOrDefault("NEWSGRAPH_KEYCLOAK_ADMIN_USER", "admin"),
                env.getOrDefault("NEWSGRAPH_KEYCLOAK_ADMIN_PASSWORD", "admin"));
    }

    /**
     * Creates the integration's confidential client with a service account holding {@code ingest}
     * (and {@code reader}); {@code tokenLifespan}, when present, caps its access tokens' lifetime.
     */
    public Integration onboard(String name, boolean reader, Optional<Duration> tokenLifespan) {
        checkName(name);
        ObjectNode client = JSON.createObjectNode();
        client.put("clientId", name);
        client.put("name", "Newsroom integration " + name);
        client.put("enabled", true);
        client.put("protocol", "openid-connect");
        client.put("publicClient", false);
        client.put("clientAuthenticatorType", "client-secret");
        client.put("serviceAccountsEnabled", true);
        client.put("standardFlowEnabled", false);
        client.put("implicitFlowEnabled", false);
        client.put("directAccessGrantsEnabled", false);
        client.put("fullScopeAllowed", true);
        // The services accept only tokens issued for newsgraph (quarkus.oidc.token.audience).
        ObjectNode audience = client.putArray("protocolMappers").addObject();
        audience.put("name", "newsgraph-audience");
        audience.put("protocol", "openid-connect");
        audience.put("protocolMapper", "oidc-audience-mapper");
        audience.putObject("config")
                .put("included.custom.audience", AUDIENCE)
                .put("access.token.claim", "true")
                .put("id.token.claim", "false")
                .put("introspection.token.claim", "true");
        tokenLifespan.ifPresent(
                lifespan ->
                        client.putObject("attributes")
                                .put("access.token.lifespan", Long.toString(lifespan.toSeconds())));
        return register(client, reader ? List.of("ingest", "reader") : List.of("ingest"));
    }

    /**
     * Creates a confidential client from its Keycloak representation, grants its service account
     * the given realm roles and returns its credentials.
     */
    public Integration register(ObjectNode client, List<String> roles) {
        String name = client.path("clientId").asText();
        String token = adminToken();
        if (findClient(token, name).isPresent()) {
            throw new StackException(
                    "an integration named " + name + " already exists; revoke it first");
        }
        Response created = send(token, "POST", "/clients", client);
        expect(created, 201, "creating client " + name);
        String id = findClient(token, name).orElseThrow().path("id").asText();

        String userId = serviceAccountUser(token, id);
        ArrayNode mappings = JSON.createArrayNode();
        for (String role : roles) {
            Response found = send(token, "GET", "/roles/" + encode(role), null);
            expect(found, 200, "reading realm role " + role);
            mappings.add(found.json());
        }
        expect(
                send(token, "POST", "/users/" + userId + "/role-mappings/realm", mappings),
                204,
                "granting " + roles + " to " + name);

        Response secret = send(token, "GET", "/clients/" + id + "/client-secret", null);
        expect(secret, 200, "reading the secret of " + name);
        return new Integration(name, secret.json().path("value").asText(), roles);
    }

    /**
     * Ends the integration's sessions and deletes its client, so Keycloak issues it no new token.
     * Returns false when no such integration exists.
     */
    public boolean revoke(String name) {
        checkName(name);
        String token = adminToken();
        Optional<JsonNode> client = findClient(token, name);
        if (client.isEmpty()) {
            return false;
        }
        String id = client.get().path("id").asText();
        String userId = serviceAccountUser(token, id);
        expect(
                send(token, "POST", "/users/" + userId + "/logout", null),
                204,
                "ending the sessions of " + name);
        expect(send(token, "DELETE", "/clients/" + id, null), 204, "deleting client " + name);
        return true;
    }

    /** Imports a whole realm (a test realm, or a fresh installation's) from its JSON export. */
    public void createRealm(JsonNode realmRepresentation) {
        HttpRequest request =
                HttpRequest.newBuilder(URI.create(keycloakUrl + "/admin/realms"))
                        .timeout(Duration.ofSeconds(60))
                        .header("Authorization", "Bearer " + adminToken())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(write(realmRepresentation)))
                        .build();
        expect(
                exchange(request),
                201,
                "creating realm " + realmRepresentation.path("realm").asText());
    }

    /** Deletes a whole realm; returns false when there is none of that name. */
    public boolean deleteRealm(String name) {
        HttpRequest request =
                HttpRequest.newBuilder(URI.create(keycloakUrl + "/admin/realms/" + encode(name)))
                        .timeout(Duration.ofSeconds(60))
                        .header("Authorization", "Bearer " + adminToken())
                        .DELETE()
                        .build();
        Response response = exchange(request);
        if (response.status() == 404) {
            return false;
        }
        expect(response, 204, "deleting realm " + name);
        return true;
    }

    /** Whether a client with this client id exists in the realm. */
    public boolean exists(String name) {
        return findClient(adminToken(), name).isPresent();
    }

    private static void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new StackException(
                    "integration name must be 2-63 lower-case letters, digits or '-', got: "
                            + name);
        }
        if (RESERVED.contains(name)) {
            throw new StackException(name + " is a newsgraph service identity, not a newsroom");
        }
    }

    private Optional<JsonNode> findClient(String token, String name) {
        Response found = send(token, "GET", "/clients?clientId=" + encode(name), null);
        expect(found, 200, "looking up client " + name);
        for (JsonNode client : found.json()) {
            if (name.equals(client.path("clientId").asText())) {
                return Optional.of(client);
            }
        }
        return Optional.empty();
    }

    private String serviceAccountUser(String token, String clientId) {
        Response user = send(token, "GET", "/clients/" + clientId + "/service-account-user", null);
        expect(user, 200, "reading the service account");
        return user.json().path("id").asText();
    }

    private String adminToken() {
        String form =
                adminLogin.entrySet().stream()
                        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                        .collect(Collectors.joining("&"));
        HttpRequest request =
                HttpRequest.newBuilder(
                                URI.create(
                                        keycloakUrl
                                                + "/realms/"
                                                + encode(adminRealm)
                                                + "/protocol/openid-connect/token"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build();
        Response response = exchange(request);
        if (response.status() != 200 || !response.json().hasNonNull("access_token")) {
            throw new StackException(
                    "Keycloak at "
                            + keycloakUrl
                            + " refused the admin login (HTTP "
                            + response.status()
                            + "); check NEWSGRAPH_KEYCLOAK_ADMIN_* (see deploy/SECURITY.md)");
        }
        return response.json().get("access_token").asText();
    }

    private record Response(int status, JsonNode json) {}

    private Response send(String token, String method, String path, JsonNode body) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(
                                URI.create(keycloakUrl + "/admin/realms/" + encode(realm) + path))
                        .timeout(Duration.ofSeconds(30))
                        .header("Authorization", "Bearer " + token)
                        .header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(write(body)));
        }
        return exchange(request.build());
    }

    private Response exchange(HttpRequest request) {
        try {
            HttpResponse<String> response =
                    http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), parse(response.body()));
        } catch (IOException e) {
            throw new StackException(
                    "Keycloak is not reachable at " + keycloakUrl + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted");
        }
    }

    private static void expect(Response response, int status, String what) {
        if (response.status() != status) {
            // Keycloak's error bodies name the problem (e.g. missing admin rights), never secrets.
            throw new StackException(
                    what + " failed: HTTP " + response.status() + " " + response.json());
        }
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return MissingNode.getInstance();
        }
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
