package io.newsgraph.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.grpc.Status;
import io.newsgraph.stack.ArticleFiles;
import io.newsgraph.stack.KeycloakAdmin;
import io.newsgraph.stack.NewsgraphClient;
import io.newsgraph.stack.NewsgraphClient.ApiResponse;
import io.newsgraph.stack.StackConfig;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may call what, against the real Keycloak: every public REST and gRPC entry point rejects a
 * missing, malformed, expired, foreign-realm or forged token as unauthenticated, rejects a valid
 * token lacking the role as forbidden, and keeps health, metrics and OpenAPI open.
 */
@ExtendWith(SharedStack.class)
class SecurityMatrixIT {

    private static final String SHORT_LIVED_CLIENT = "e2e-short-lived";
    private static final String OTHER_REALM = "other";
    private static final String FOREIGN_APP_CLIENT = "e2e-foreign-app";

    private static StackConfig config;
    private static NewsgraphClient client;
    private static GrpcProbe ingestGrpc;
    private static GrpcProbe queryGrpc;
    private static GrpcProbe nlpGrpc;

    /** Invalid credentials by name; null stands for "no Authorization at all". */
    private static final Map<String, String> INVALID = new LinkedHashMap<>();

    private static String newsroomToken;
    private static String ingestServiceToken;
    private static String readerToken;
    private static String editorToken;
    private static String adminToken;

    @BeforeAll
    static void tokens(SharedStack.Running stack) throws Exception {
        config = stack.config();
        client = stack.client();
        ingestGrpc = new GrpcProbe(config.ingestUrl());
        queryGrpc = new GrpcProbe(config.queryUrl());
        nlpGrpc = new GrpcProbe(config.nlpUrl());

        newsroomToken =
                client.clientCredentialsToken(StackConfig.DEMO_CLIENT, StackConfig.DEMO_SECRET);
        ingestServiceToken =
                client.clientCredentialsToken("ingest-service", StackConfig.INGEST_SERVICE_SECRET);
        readerToken = client.passwordToken(StackConfig.CLI_CLIENT, "reader", "reader");
        editorToken = client.passwordToken(StackConfig.CLI_CLIENT, "editor", "editor");
        adminToken = client.passwordToken(StackConfig.CLI_CLIENT, "admin", "admin");

        INVALID.put("no token", null);
        INVALID.put("garbage token", "not-a-token");
        INVALID.put("JWT-shaped garbage", "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl");
        INVALID.put("token from another realm", otherRealmToken(stack.admin()));
        INVALID.put("token issued for another audience", foreignAudienceToken(stack.admin()));
        INVALID.put(
                "claims escalated under the original signature",
                Tokens.withEscalatedClaims(newsroomToken));
        INVALID.put("broken signature", Tokens.withBrokenSignature(newsroomToken));
        INVALID.put("unsigned (alg none)", Tokens.unsigned(newsroomToken));
        INVALID.put("expired token", expiredToken(stack.admin()));
    }

    @AfterAll
    static void cleanUp(SharedStack.Running stack) throws Exception {
        for (GrpcProbe probe : new GrpcProbe[] {ingestGrpc, queryGrpc, nlpGrpc}) {
            if (probe != null) {
                probe.close();
            }
        }
        stack.admin().revoke(SHORT_LIVED_CLIENT);
        stack.admin().revoke(FOREIGN_APP_CLIENT);
        stack.admin().deleteRealm(OTHER_REALM);
    }

    private record Endpoint(String name, Function<String, Object> call) {}

    private static List<Endpoint> restEndpoints() {
        String missing = UUID.randomUUID().toString();
        return List.of(
                new Endpoint(
                        "ingest POST /api/v1/articles",
                        token -> client.submitArticle(token, article()).status()),
                new Endpoint(
                        "ingest GET /api/v1/articles/{id}",
                        token -> client.articleStatus(token, missing).status()),
                new Endpoint(
                        "ingest GET /api/v1/admin/pipeline",
                        token ->
                                client.get(config.ingestUrl(), "/api/v1/admin/pipeline", token)
                                        .status()),
                new Endpoint(
                        "query GET /api/v1/entities",
                        token -> client.searchEntities(token, "macron").status()),
                new Endpoint(
                        "query GET /api/v1/articles/{id}",
                        token -> client.queryArticle(token, missing).status()),
                new Endpoint(
                        "query GET /api/v1/curation/audit",
                        token ->
                                client.get(config.queryUrl(), "/api/v1/curation/audit", token)
                                        .status()));
    }

    private static List<Endpoint> grpcEndpoints() {
        return List.of(
                new Endpoint(
                        "ingest gRPC IngestService/SubmitArticle",
                        token -> ingestGrpc.call(GrpcProbe.SUBMIT_ARTICLE, grpcArticle(), token)),
                new Endpoint(
                        "query gRPC QueryService/SearchEntities",
                        token ->
                                queryGrpc.call(
                                        GrpcProbe.SEARCH_ENTITIES,
                                        GrpcProbe.searchEntities("macron"),
                                        token)),
                new Endpoint(
                        "nlp gRPC NlpService/Annotate",
                        token ->
                                nlpGrpc.call(
                                        GrpcProbe.ANNOTATE,
                                        GrpcProbe.annotate("Emmanuel Macron est à Paris.", "fr"),
                                        token)));
    }

    @TestFactory
    List<DynamicTest> invalidCredentialsAreUnauthenticatedEverywhere() {
        List<DynamicTest> tests = new ArrayList<>();
        INVALID.forEach(
                (kind, token) -> {
                    for (Endpoint endpoint : restEndpoints()) {
                        tests.add(
                                dynamicTest(
                                        endpoint.name() + " with " + kind + " -> 401",
                                        () ->
                                                assertThat(endpoint.call().apply(token))
                                                        .isEqualTo(401)));
                    }
                    for (Endpoint endpoint : grpcEndpoints()) {
                        tests.add(
                                dynamicTest(
                                        endpoint.name() + " with " + kind + " -> UNAUTHENTICATED",
                                        () ->
                                                assertThat(endpoint.call().apply(token))
                                                        .isEqualTo(Status.Code.UNAUTHENTICATED)));
                    }
                });
        return tests;
    }

    @Test
    void newsroomMaySubmitAndQueryButNotAnnotateOrAdminister() {
        ApiResponse submitted = client.submitArticle(newsroomToken, article());
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
        String id = submitted.json().path("id").asText();
        assertThat(client.articleStatus(newsroomToken, id).status()).isEqualTo(200);
        assertThat(client.searchEntities(newsroomToken, "macron").status()).isEqualTo(200);
        assertThat(client.queryArticle(newsroomToken, UUID.randomUUID().toString()).status())
                .isEqualTo(404);
        assertThat(ingestGrpc.call(GrpcProbe.SUBMIT_ARTICLE, grpcArticle(), newsroomToken))
                .isEqualTo(Status.Code.OK);
        assertThat(
                        queryGrpc.call(
                                GrpcProbe.SEARCH_ENTITIES,
                                GrpcProbe.searchEntities("macron"),
                                newsroomToken))
                .isEqualTo(Status.Code.OK);

        assertThat(
                        nlpGrpc.call(
                                GrpcProbe.ANNOTATE,
                                GrpcProbe.annotate("Emmanuel Macron est à Paris.", "fr"),
                                newsroomToken))
                .isEqualTo(Status.Code.PERMISSION_DENIED);
        assertThat(client.get(config.ingestUrl(), "/api/v1/admin/pipeline", newsroomToken).status())
                .isEqualTo(403);
        assertThat(client.get(config.queryUrl(), "/api/v1/curation/audit", newsroomToken).status())
                .isEqualTo(403);
    }

    @Test
    void readerMayQueryOnly() {
        assertThat(client.submitArticle(readerToken, article()).status()).isEqualTo(403);
        assertThat(client.articleStatus(readerToken, UUID.randomUUID().toString()).status())
                .isEqualTo(403);
        assertThat(client.searchEntities(readerToken, "macron").status()).isEqualTo(200);
        assertThat(ingestGrpc.call(GrpcProbe.SUBMIT_ARTICLE, grpcArticle(), readerToken))
                .isEqualTo(Status.Code.PERMISSION_DENIED);
        assertThat(
                        queryGrpc.call(
                                GrpcProbe.SEARCH_ENTITIES,
                                GrpcProbe.searchEntities("macron"),
                                readerToken))
                .isEqualTo(Status.Code.OK);
        assertThat(
                        nlpGrpc.call(
                                GrpcProbe.ANNOTATE,
                                GrpcProbe.annotate("Emmanuel Macron est à Paris.", "fr"),
                                readerToken))
                .isEqualTo(Status.Code.PERMISSION_DENIED);
        assertThat(client.get(config.queryUrl(), "/api/v1/curation/audit", readerToken).status())
                .isEqualTo(403);
    }

    @Test
    void ingestServiceIdentityMayOnlyAnnotate() {
        assertThat(
                        nlpGrpc.call(
                                GrpcProbe.ANNOTATE,
                                GrpcProbe.annotate("Emmanuel Macron est à Paris.", "fr"),
                                ingestServiceToken))
                .isEqualTo(Status.Code.OK);
        assertThat(client.submitArticle(ingestServiceToken, article()).status()).isEqualTo(403);
        assertThat(client.searchEntities(ingestServiceToken, "macron").status()).isEqualTo(403);
        assertThat(client.queryArticle(ingestServiceToken, UUID.randomUUID().toString()).status())
                .isEqualTo(403);
        assertThat(ingestGrpc.call(GrpcProbe.SUBMIT_ARTICLE, grpcArticle(), ingestServiceToken))
                .isEqualTo(Status.Code.PERMISSION_DENIED);
        assertThat(
                        queryGrpc.call(
                                GrpcProbe.SEARCH_ENTITIES,
                                GrpcProbe.searchEntities("macron"),
                                ingestServiceToken))
                .isEqualTo(Status.Code.PERMISSION_DENIED);
    }

    @Test
    void editorMayCurateAndAdminMayAdministerButNeitherAnnotates() {
        assertThat(client.get(config.queryUrl(), "/api/v1/curation/audit", editorToken).status())
                .isEqualTo(200);
        assertThat(client.submitArticle(editorToken, article()).status()).isEqualTo(403);
        assertThat(client.get(config.ingestUrl(), "/api/v1/admin/pipeline", adminToken).status())
                .isEqualTo(200);
        assertThat(
                        nlpGrpc.call(
                                GrpcProbe.ANNOTATE,
                                GrpcProbe.annotate("Emmanuel Macron est à Paris.", "fr"),
                                adminToken))
                .isEqualTo(Status.Code.PERMISSION_DENIED);
    }

    @Test
    void healthMetricsAndOpenApiAreOpen() throws Exception {
        for (URI service : List.of(config.ingestUrl(), config.queryUrl(), config.nlpUrl())) {
            for (String path : List.of("/q/health", "/q/health/live", "/q/health/ready")) {
                ApiResponse response = client.get(service, path, null);
                assertThat(response.status()).as(service + path).isEqualTo(200);
                assertThat(response.json().path("status").asText()).isEqualTo("UP");
            }
        }
        HttpResponse<String> metrics =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(URI.create(config.nlpUrl() + "/q/metrics"))
                                        .header("Accept", "text/plain")
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
        assertThat(metrics.statusCode()).as("nlp-service /q/metrics").isEqualTo(200);
        assertThat(metrics.body()).contains("# TYPE");
        for (URI service : List.of(config.ingestUrl(), config.queryUrl())) {
            ApiResponse openapi = client.get(service, "/q/openapi?format=json", null);
            assertThat(openapi.status()).as(service + "/q/openapi").isEqualTo(200);
            assertThat(openapi.json().path("paths").has("/api/v1/articles")).isTrue();
        }
    }

    @Test
    void unauthenticatedAnswersRevealNothingInternal() {
        ApiResponse response =
                client.submitArticle(Tokens.withBrokenSignature(newsroomToken), article());
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.body())
                .doesNotContainIgnoringCase("exception")
                .doesNotContain("at io.")
                .doesNotContain("jose4j");
    }

    private static ObjectNode article() {
        ObjectNode article =
                ArticleFiles.fromText("Contrôle d'accès\nEmmanuel Macron est à Paris.");
        article.put("source", "e2e-security");
        article.put("externalId", "security-" + UUID.randomUUID());
        return article;
    }

    private static byte[] grpcArticle() {
        return GrpcProbe.submitArticle(
                "security-grpc-" + UUID.randomUUID(),
                "Contrôle d'accès gRPC",
                "Emmanuel Macron est à Paris.");
    }

    /** A client-credentials token of realm {@code other}: same role names, different issuer. */
    private static String otherRealmToken(KeycloakAdmin admin) throws Exception {
        JsonNode realm;
        try (InputStream json = SecurityMatrixIT.class.getResourceAsStream("/other-realm.json")) {
            realm = NewsgraphClient.json().readTree(json);
        }
        // The test Keycloak keeps its database between runs: start from the fixture every time.
        admin.deleteRealm(OTHER_REALM);
        admin.createRealm(realm);
        NewsgraphClient other =
                new NewsgraphClient(
                        URI.create(config.keycloakUrl() + "/realms/" + OTHER_REALM),
                        config.ingestUrl(),
                        config.queryUrl());
        String token = other.clientCredentialsToken("intruder", "other-realm-test-secret");
        assertThat(Tokens.claims(token).path("realm_access").path("roles").toString())
                .contains("ingest", "reader", "annotate");
        return token;
    }

    /**
     * A token of the newsgraph realm, signed by it, holding every role, but issued for another
     * application of the realm: its client has no newsgraph audience mapper.
     */
    private static String foreignAudienceToken(KeycloakAdmin admin) {
        admin.revoke(FOREIGN_APP_CLIENT);
        ObjectNode app = NewsgraphClient.json().createObjectNode();
        app.put("clientId", FOREIGN_APP_CLIENT);
        app.put("enabled", true);
        app.put("protocol", "openid-connect");
        app.put("publicClient", false);
        app.put("clientAuthenticatorType", "client-secret");
        app.put("serviceAccountsEnabled", true);
        app.put("standardFlowEnabled", false);
        app.put("fullScopeAllowed", true);
        KeycloakAdmin.Integration foreign =
                admin.register(app, List.of("ingest", "reader", "editor", "admin", "annotate"));
        String token = client.clientCredentialsToken(foreign.clientId(), foreign.secret());
        JsonNode claims = Tokens.claims(token);
        assertThat(claims.path("iss").asText())
                .isEqualTo(Tokens.claims(newsroomToken).path("iss").asText());
        assertThat(claims.path("realm_access").path("roles").toString())
                .contains("ingest", "reader", "annotate");
        assertThat(claims.path("aud").toString()).doesNotContain(KeycloakAdmin.AUDIENCE);
        assertThat(Tokens.claims(newsroomToken).path("aud").toString())
                .as("the realm's own clients name newsgraph as audience")
                .contains(KeycloakAdmin.AUDIENCE);
        return token;
    }

    /**
     * A token of a newsroom whose tokens live 3 s, shown to work before it expires, returned once
     * it has.
     */
    private static String expiredToken(KeycloakAdmin admin) {
        admin.revoke(SHORT_LIVED_CLIENT);
        KeycloakAdmin.Integration shortLived =
                admin.onboard(SHORT_LIVED_CLIENT, true, Optional.of(Duration.ofSeconds(3)));
        String token = client.clientCredentialsToken(shortLived.clientId(), shortLived.secret());
        Instant expiry = Tokens.expiry(token);
        assertThat(expiry).isBefore(Instant.now().plusSeconds(10));
        assertThat(client.searchEntities(token, "macron").status())
                .as("the short-lived token works while it is valid")
                .isEqualTo(200);
        long wait = Duration.between(Instant.now(), expiry.plusSeconds(2)).toMillis();
        if (wait > 0) {
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return token;
    }
}
