package io.newsgraph.nlp.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    private static final long NOW = 1_800_000_000L;

    @Test
    void aVerifiedTokenIsRememberedUntilItExpires() {
        VerifiedTokens tokens = new VerifiedTokens(at(NOW));
        tokens.remember(identity("token-a", NOW + 60));

        assertThat(tokens.remembered("token-a").getRoles()).containsExactly("annotate");
        assertThat(tokens.remembered("token-b")).isNull();
        assertThat(new VerifiedTokensView(tokens, NOW + 60).remembered("token-a")).isNull();
    }

    @Test
    void anExpiredTokenOrOneWithoutExpiryIsNotRemembered() {
        VerifiedTokens tokens = new VerifiedTokens(at(NOW));
        tokens.remember(identity("expired", NOW - 1));
        tokens.remember(
                QuarkusSecurityIdentity.builder()
                        .setPrincipal(new QuarkusPrincipal("svc"))
                        .addCredential(new TokenCredential("no-expiry", "bearer"))
                        .build());

        assertThat(tokens.remembered("expired")).isNull();
        assertThat(tokens.remembered("no-expiry")).isNull();
    }

    @Test
    void theNumberOfRememberedTokensIsBounded() {
        VerifiedTokens tokens = new VerifiedTokens(at(NOW));
        for (int i = 0; i <= VerifiedTokens.MAX_TOKENS; i++) {
            tokens.remember(identity("token-" + i, NOW + 60));
        }

        long remembered = 0;
        for (int i = 0; i <= VerifiedTokens.MAX_TOKENS; i++) {
            remembered += tokens.remembered("token-" + i) == null ? 0 : 1;
        }
        assertThat(remembered).isBetween(1L, (long) VerifiedTokens.MAX_TOKENS);
    }

    private static SecurityIdentity identity(String token, long expiresAt) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal("ingest-service"))
                .addRole("annotate")
                .addCredential(new TokenCredential(token, "bearer"))
                .addAttribute(VerifiedTokens.EXPIRY_ATTRIBUTE, expiresAt)
                .build();
    }

    private static Clock at(long epochSecond) {
        return Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC);
    }

    /** The same remembered entries seen from a later clock. */
    private record VerifiedTokensView(VerifiedTokens tokens, long epochSecond) {
        SecurityIdentity remembered(String token) {
            return tokens.rememberedAt(token, epochSecond);
        }
    }
}
