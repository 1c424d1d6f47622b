package io.newsgraph.testsupport;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.HashMap;
import java.util.Map;

/**
 * A real OIDC provider for service tests (WireMock serving discovery, JWKS and a token endpoint; no
 * Docker). Services verify signatures against its JWKS exactly as they do against Keycloak; tests
 * mint tokens with {@link TestTokens}.
 */
public class OidcTestResource extends OidcWiremockTestResource {

    /** Client id and secret the provider's token endpoint accepts for client-credentials grants. */
    public static final String CLIENT_ID = "quarkus-app";

    public static final String CLIENT_SECRET = "secret";

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        String realm = config.get("keycloak.url") + "/realms/quarkus";
        config.put("quarkus.oidc.auth-server-url", realm);
        config.put("quarkus.oidc-client.auth-server-url", realm);
        config.put("quarkus.oidc-client.client-id", CLIENT_ID);
        config.put("quarkus.oidc-client.credentials.secret", CLIENT_SECRET);
        return config;
    }
}
