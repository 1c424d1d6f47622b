package io.newsgraph.stack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The REST calls a newsroom makes: a token from Keycloak, article intake, and queries. */
public final class NewsgraphClient {

    public static final Set<String> FINAL_STATUSES = Set.of("PUBLISHED", "FAILED");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI realmUrl;
    private final URI ingestUrl;
    private final URI queryUrl;
    private final HttpClient http;

    public NewsgraphClient(URI realmUrl, URI ingestUrl, URI queryUrl) {
        this.realmUrl = realmUrl;
        this.ingestUrl = ingestUrl;
        this.queryUrl = queryUrl;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    public static ObjectMapper json() {
        return JSON;
    }

    /** A response with its body parsed when it is JSON. */
    public record ApiResponse(int status, String body, JsonNode json) {

        public boolean isSuccess() {
            return status >= 200 && status < 300;
        }

        /** The problem+json detail and field violations, or the raw body, for error messages. */
        public String describeError() {
            if (json == null || json.isMissingNode()) {
                return "HTTP " + status + (body.isBlank() ? "" : ": " + body);
            }
            StringBuilder message = new StringBuilder("HTTP " + status);
            for (String field : new String[] {"title", "detail", "error_description", "error"}) {
                if (json.hasNonNull(field)) {
                    message.append(": ").append(json.get(field).asText());
                    break;
                }
            }
            for (JsonNode violation : json.path("violations")) {
                message.append("\n      ")
                        .append(violation.path("field").asText())
                        .append(": ")
                        .append(violation.path("message").asText());
            }
            return message.toString();
        }
    }

    public String clientCredentialsToken(String clientId, String secret) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_id", clientId);
        form.put("client_secret", secret);
        return token(form);
    }

    public String passwordToken(String clientId, String username, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", clientId);
        form.put("username", username);
        form.put("password", password);
        return token(form);
    }

    private String token(Map<String, String> form) {
        String body =
                form.entrySet().stream()
                        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                        .collect(Collectors.joining("&"));
        URI tokenUrl = URI.create(realmUrl + "/protocol/openid-connect/token");
        HttpRequest request =
                HttpRequest.newBuilder(tokenUrl)
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build();
        ApiResponse response = send(request, "Keycloak");
        if (response.status() != 200 || !response.json().hasNonNull("access_token")) {
            throw new StackException(
                    "Keycloak refused a token for "
                            + form.get("client_id")
                            + ": "
                            + response.describeError());
        }
        return response.json().get("access_token").asText();
    }

    public ApiResponse submitArticle(String token, JsonNode article) {
        return post(ingestUrl, "/api/v1/articles", token, article);
    }

    public ApiResponse submitBatch(String token, JsonNode articles) {
        return post(ingestUrl, "/api/v1/articles/batch", token, articles);
    }

    public ApiResponse articleStatus(String token, String id) {
        return get(ingestUrl, "/api/v1/articles/" + encode(id), token);
    }

    public ApiResponse queryArticle(String token, String id) {
        return get(queryUrl, "/api/v1/articles/" + encode(id), token);
    }

    public ApiResponse searchEntities(String token, String q) {
        return get(queryUrl, "/api/v1/entities?q=" + encode(q), token);
    }

    public ApiResponse post(URI base, String path, String token, JsonNode body) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(write(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build(), serviceName(base));
    }

    public ApiResponse get(URI base, String path, String token) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(30))
                        .header("Accept", "application/json")
                        .GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build(), serviceName(base));
    }

    /**
     * Polls ingest-service until the article is PUBLISHED or FAILED; returns the last status
     * document, which still says RECEIVED/ANNOTATED when the timeout ran out.
     */
    public JsonNode awaitFinalStatus(String token, String id, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        JsonNode last = MissingNode.getInstance();
        while (true) {
            ApiResponse response = articleStatus(token, id);
            if (response.isSuccess()) {
                last = response.json();
                if (FINAL_STATUSES.contains(last.path("status").asText())) {
                    return last;
                }
            }
            if (Instant.now().isAfter(deadline)) {
                return last;
            }
            Waits.sleep(Duration.ofMillis(500));
        }
    }

    /** query-service consumes the event asynchronously: waits until it knows the article. */
    public ApiResponse awaitQueryArticle(String token, String id, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            ApiResponse response = queryArticle(token, id);
            if (response.isSuccess() || Instant.now().isAfter(deadline)) {
                return response;
            }
            Waits.sleep(Duration.ofMillis(500));
        }
    }

    private ApiResponse send(HttpRequest request, String what) {
        try {
            HttpResponse<String> response =
                    http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new ApiResponse(response.statusCode(), response.body(), parse(response.body()));
        } catch (ConnectException e) {
            throw new StackException(
                    what
                            + " is not reachable at "
                            + request.uri().getScheme()
                            + "://"
                            + request.uri().getAuthority()
                            + " — is the stack running? Start it with: deploy/newsgraph up",
                    e);
        } catch (IOException e) {
            throw new StackException(what + " call " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted");
        }
    }

    private String serviceName(URI base) {
        if (base.equals(ingestUrl)) {
            return "ingest-service";
        }
        if (base.equals(queryUrl)) {
            return "query-service";
        }
        return base.toString();
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
