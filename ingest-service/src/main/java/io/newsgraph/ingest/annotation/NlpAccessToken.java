package io.newsgraph.ingest.annotation;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * ingest-service's own client-credentials access token for nlp-service, fetched once and reused
 * until it nears expiry.
 */
@ApplicationScoped
public class NlpAccessToken {

    private final OidcClient oidcClient;
    private volatile Tokens current;

    public NlpAccessToken(OidcClient oidcClient) {
        this.oidcClient = oidcClient;
    }

    public Uni<String> get() {
        Tokens tokens = current;
        if (tokens != null
                && !tokens.isAccessTokenExpired()
                && !tokens.isAccessTokenWithinRefreshInterval()) {
            return Uni.createFrom().item(tokens.getAccessToken());
        }
        return oidcClient.getTokens().invoke(fresh -> current = fresh).map(Tokens::getAccessToken);
    }

    /** Forgets the token, e.g. after nlp-service rejected it. */
    public void invalidate() {
        current = null;
    }
}
