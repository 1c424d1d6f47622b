package io.newsgraph.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsgraph.stack.ArticleFiles;
import io.newsgraph.stack.KeycloakAdmin;
import io.newsgraph.stack.NewsgraphClient;
import io.newsgraph.stack.StackException;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A newsroom integration's life through {@code deploy/newsgraph onboard} and {@code revoke}: its
 * credentials work at once, and after revocation Keycloak issues it nothing more.
 */
@ExtendWith(SharedStack.class)
class OnboardingIT {

    private static KeycloakAdmin admin;
    private static NewsgraphClient client;

    @BeforeAll
    static void connect(SharedStack.Running stack) {
        admin = stack.admin();
        client = stack.client();
    }

    @Test
    void onboardedNewsroomSubmitsAndRevokedNewsroomGetsNoNewToken() {
        String name = "newsroom-" + UUID.randomUUID().toString().substring(0, 8);
        KeycloakAdmin.Integration integration = admin.onboard(name, false, Optional.empty());
        assertThat(integration.clientId()).isEqualTo(name);
        assertThat(integration.secret()).hasSizeGreaterThanOrEqualTo(32);
        assertThat(integration.roles()).containsExactly("ingest");

        String token = client.clientCredentialsToken(name, integration.secret());
        NewsgraphClient.ApiResponse submitted = client.submitArticle(token, article());
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
        assertThat(client.searchEntities(token, "macron").status())
                .as("without --reader the newsroom cannot query")
                .isEqualTo(403);

        assertThat(admin.revoke(name)).isTrue();
        assertThat(admin.exists(name)).isFalse();
        assertThatThrownBy(() -> client.clientCredentialsToken(name, integration.secret()))
                .isInstanceOf(StackException.class)
                .hasMessageContaining("HTTP 401");
        // Services verify tokens locally: one issued before revocation lives until it expires.
        assertThat(client.submitArticle(token, article()).status()).isEqualTo(202);
        assertThat(admin.revoke(name)).as("revoking twice finds nothing").isFalse();
    }

    @Test
    void readerFlagAddsQueryAccess() {
        String name = "newsroom-" + UUID.randomUUID().toString().substring(0, 8);
        KeycloakAdmin.Integration integration = admin.onboard(name, true, Optional.empty());
        try {
            assertThat(integration.roles()).containsExactly("ingest", "reader");
            String token = client.clientCredentialsToken(name, integration.secret());
            assertThat(client.searchEntities(token, "macron").status()).isEqualTo(200);
            assertThatThrownBy(() -> admin.onboard(name, false, Optional.empty()))
                    .hasMessageContaining("already exists");
        } finally {
            admin.revoke(name);
        }
    }

    @Test
    void serviceIdentitiesAndBadNamesCannotBeOnboarded() {
        assertThatThrownBy(() -> admin.onboard("ingest-service", true, Optional.empty()))
                .hasMessageContaining("service identity");
        assertThatThrownBy(() -> admin.onboard("Bad Name", false, Optional.empty()))
                .hasMessageContaining("lower-case");
        assertThatThrownBy(() -> admin.revoke("nlp-service"))
                .hasMessageContaining("service identity");
    }

    private static ObjectNode article() {
        ObjectNode article = ArticleFiles.fromText("Intégration\nUne rédaction envoie un article.");
        article.put("source", "e2e-onboarding");
        article.put("externalId", "onboarding-" + UUID.randomUUID());
        return article;
    }
}
