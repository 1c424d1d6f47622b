package io.newsgraph.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsgraph.stack.NewsgraphClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/** Forged variants of real Keycloak access tokens, as an attacker holding one could make them. */
final class Tokens {

    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private Tokens() {}

    static JsonNode claims(String token) {
        try {
            return NewsgraphClient.json().readTree(DECODER.decode(token.split("\\.")[1]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Instant expiry(String token) {
        return Instant.ofEpochSecond(claims(token).path("exp").asLong());
    }

    /** The same header and signature over a payload granting every role and a later expiry. */
    static String withEscalatedClaims(String token) {
        String[] parts = token.split("\\.");
        ObjectNode claims = (ObjectNode) claims(token);
        ArrayNode roles = claims.putObject("realm_access").putArray("roles");
        roles.add("ingest").add("reader").add("editor").add("admin").add("annotate");
        claims.put("exp", Instant.now().plusSeconds(3600).getEpochSecond());
        return parts[0] + "." + encode(claims.toString()) + "." + parts[2];
    }

    /** The token with one character of its signature changed. */
    static String withBrokenSignature(String token) {
        String[] parts = token.split("\\.");
        char[] signature = parts[2].toCharArray();
        int middle = signature.length / 2;
        signature[middle] = signature[middle] == 'A' ? 'B' : 'A';
        return parts[0] + "." + parts[1] + "." + new String(signature);
    }

    /** The token's claims under {@code alg: none} with no signature at all. */
    static String unsigned(String token) {
        String[] parts = token.split("\\.");
        return encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".";
    }

    private static String encode(String json) {
        return ENCODER.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
