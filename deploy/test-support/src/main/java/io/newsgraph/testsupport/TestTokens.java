package io.newsgraph.testsupport;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Access tokens shaped like Keycloak's (realm roles under {@code realm_access.roles}), signed by
 * the key {@link OidcTestResource} publishes in its JWKS.
 */
public final class TestTokens {

    /** The issuer {@link OidcTestResource}'s discovery document announces. */
    public static final String ISSUER = "https://server.example.com";

    /** The audience every newsgraph API requires ({@code quarkus.oidc.token.audience}). */
    public static final String AUDIENCE = "newsgraph";

    private static final String KEY_ID = "1";

    private TestTokens() {}

    /** A valid token for {@code user} holding the given realm roles. */
    public static String accessToken(String user, String... roles) {
        return claims(user, roles).expiresIn(300).jws().keyId(KEY_ID).sign(signingKey());
    }

    /**
     * A valid, signed token of the right issuer, but issued for another application of the realm:
     * services must answer 401 / UNAUTHENTICATED.
     */
    public static String forAudience(String audience, String user, String... roles) {
        return claims(user, roles)
                .audience(audience)
                .expiresIn(300)
                .jws()
                .keyId(KEY_ID)
                .sign(signingKey());
    }

    /** A token that expired a minute ago: services must answer 401 / UNAUTHENTICATED. */
    public static String expired(String user, String... roles) {
        long now = Instant.now().getEpochSecond();
        return claims(user, roles)
                .issuedAt(now - 600)
                .expiresAt(now - 60)
                .jws()
                .keyId(KEY_ID)
                .sign(signingKey());
    }

    /** A token whose signature no longer matches its claims: services must answer 401. */
    public static String tampered(String user, String... roles) {
        String token = accessToken(user, roles);
        String[] parts = token.split("\\.");
        String forged =
                accessToken(user + "-forged", roles)
                        .split("\\.")[1]; // other claims, same signature
        return parts[0] + "." + forged + "." + parts[2];
    }

    private static JwtClaimsBuilder claims(String user, String... roles) {
        return Jwt.issuer(ISSUER)
                .subject(user)
                .preferredUserName(user)
                .audience(AUDIENCE)
                .claim("azp", user)
                .claim("typ", "Bearer")
                .claim("realm_access", Map.of("roles", List.of(roles)));
    }

    private static PrivateKey signingKey() {
        try {
            return (PrivateKey)
                    KeyUtils.readSigningKey("privateKey.jwk", KEY_ID, SignatureAlgorithm.RS256);
        } catch (IOException e) {
            throw new UncheckedIOException("test signing key not found on the classpath", e);
        }
    }
}
