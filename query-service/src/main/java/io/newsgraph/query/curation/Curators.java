package io.newsgraph.query.curation;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Tells who is curating, from the bearer token of the current request. */
@RequestScoped
public class Curators {

    private final SecurityIdentity identity;

    public Curators(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Curator current() {
        String subject = null;
        String name = identity.getPrincipal().getName();
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            subject = token.getSubject();
            String preferred = token.getClaim("preferred_username");
            name = preferred != null ? preferred : subject != null ? subject : name;
        }
        return new Curator(name, subject);
    }
}
