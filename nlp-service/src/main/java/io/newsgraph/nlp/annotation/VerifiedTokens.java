package io.newsgraph.nlp.annotation;

import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Remembers, until it expires, the identity of a bearer token the OIDC provider's keys verified, so
 * a caller sending the same token on every call (ingest-service, one Annotate per article) pays the
 * signature check and claim parsing once per token instead of once per call.
 *
 * <p>Only a token OIDC accepted is remembered, keyed by its exact text: an altered, expired or
 * unknown token is never found and goes to OIDC, which refuses it. An entry is dropped when the
 * token's {@code exp} passes. A signing key withdrawn from the provider stops the tokens it signed
 * at their expiry rather than at once (access tokens live minutes); revocation is no different from
 * before, since access tokens are verified locally, not introspected.
 */
@ApplicationScoped
public class VerifiedTokens implements IdentityProvider<TokenAuthenticationRequest> {

    /** OIDC records the token's expiry (epoch seconds) on the identity under this name. */
    static final String EXPIRY_ATTRIBUTE = "quarkus.identity.expire-time";

    /** Distinct live tokens remembered; callers are a handful of services. */
    static final int MAX_TOKENS = 1024;

    private final ConcurrentHashMap<String, Verified> byToken = new ConcurrentHashMap<>();
    private final LongAdder answered = new LongAdder();
    private final Clock clock;

    VerifiedTokens() {
        this(Clock.systemUTC());
    }

    VerifiedTokens(Clock clock) {
        this.clock = clock;
    }

    private record Verified(SecurityIdentity identity, long expiresAtSecond) {}

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /**
     * Before OIDC's provider (which ranks itself just above {@link #SYSTEM_FIRST}): a remembered
     * token is answered at once, any other goes on to OIDC.
     */
    @Override
    public int priority() {
        return Integer.MAX_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        SecurityIdentity identity = remembered(request.getToken().getToken());
        if (identity == null) {
            return Uni.createFrom().nullItem();
        }
        answered.increment();
        // The identity answers this request: it carries this request's routing context.
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder(identity);
        if (routing != null) {
            builder.addAttribute(RoutingContext.class.getName(), routing);
        }
        return Uni.createFrom().item(builder.build());
    }

    /** Remembers the finished identity of a token OIDC accepted, after any other augmentor. */
    @ApplicationScoped
    static class Remember implements SecurityIdentityAugmentor {

        private final VerifiedTokens tokens;

        Remember(VerifiedTokens tokens) {
            this.tokens = tokens;
        }

        @Override
        public int priority() {
            return Integer.MIN_VALUE;
        }

        @Override
        public Uni<SecurityIdentity> augment(
                SecurityIdentity identity, AuthenticationRequestContext context) {
            tokens.remember(identity);
            return Uni.createFrom().item(identity);
        }
    }

    /** Calls answered from a remembered token, without verifying it again. */
    long answered() {
        return answered.sum();
    }

    /** The identity of a token verified before and not expired, or null. */
    SecurityIdentity remembered(String token) {
        return rememberedAt(token, clock.instant().getEpochSecond());
    }

    SecurityIdentity rememberedAt(String token, long nowSecond) {
        Verified verified = byToken.get(token);
        if (verified == null) {
            return null;
        }
        if (nowSecond >= verified.expiresAtSecond()) {
            byToken.remove(token, verified);
            return null;
        }
        return verified.identity();
    }

    void remember(SecurityIdentity identity) {
        if (identity.isAnonymous()) {
            return;
        }
        TokenCredential credential = null;
        for (var candidate : identity.getCredentials()) {
            if (candidate instanceof TokenCredential token) {
                credential = token;
            }
        }
        Object expiry = identity.getAttribute(EXPIRY_ATTRIBUTE);
        if (credential == null || !(expiry instanceof Number expiresAt)) {
            return;
        }
        long now = clock.instant().getEpochSecond();
        if (now >= expiresAt.longValue()) {
            return;
        }
        if (byToken.size() >= MAX_TOKENS) {
            byToken.values().removeIf(v -> now >= v.expiresAtSecond());
            if (byToken.size() >= MAX_TOKENS) {
                byToken.clear();
            }
        }
        byToken.putIfAbsent(credential.getToken(), new Verified(identity, expiresAt.longValue()));
    }
}
