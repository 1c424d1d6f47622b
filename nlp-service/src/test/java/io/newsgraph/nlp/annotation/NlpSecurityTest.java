package io.newsgraph.nlp.annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.newsgraph.nlp.NlpTestClient;
import io.newsgraph.proto.nlp.v1.AnnotateRequest;
import io.newsgraph.proto.nlp.v1.AnnotateResponse;
import io.newsgraph.proto.nlp.v1.LanguageSupport;
import io.newsgraph.testsupport.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Multi;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class NlpSecurityTest {

    private static final AnnotateRequest REQUEST =
            AnnotateRequest.newBuilder()
                    .setText("Emmanuel Macron a reçu Marco Rubio à Paris jeudi.")
                    .setLanguageHint("fr")
                    .build();

    @TestHTTPResource("/")
    URL server;

    @BeforeEach
    void modelsLoaded() {
        NlpTestClient.awaitModelsLoaded();
    }

    @Test
    void callWithoutTokenIsUnauthenticated() throws InterruptedException {
        try (NlpTestClient client = NlpTestClient.anonymous(server)) {
            assertThat(statusOf(client)).isEqualTo(Status.Code.UNAUTHENTICATED);
        }
    }

    @Test
    void callWithForgedExpiredOrForeignTokenIsUnauthenticated() throws InterruptedException {
        for (String token :
                new String[] {
                    TestTokens.tampered("ingest-service", "annotate"),
                    TestTokens.expired("ingest-service", "annotate"),
                    TestTokens.forAudience("account", "ingest-service", "annotate"),
                    "not-a-jwt"
                }) {
            try (NlpTestClient client = NlpTestClient.withToken(server, token)) {
                assertThat(statusOf(client)).isEqualTo(Status.Code.UNAUTHENTICATED);
            }
        }
    }

    @Test
    void callWithoutAnnotateRoleIsPermissionDenied() throws InterruptedException {
        try (NlpTestClient client =
                NlpTestClient.withToken(
                        server, TestTokens.accessToken("reader", "reader", "ingest"))) {
            assertThat(statusOf(client)).isEqualTo(Status.Code.PERMISSION_DENIED);
            StatusRuntimeException streamFailure =
                    catchThrowableOfType(
                            StatusRuntimeException.class,
                            () ->
                                    client.stub()
                                            .annotateStream(Multi.createFrom().item(REQUEST))
                                            .collect()
                                            .asList()
                                            .await()
                                            .atMost(Duration.ofSeconds(30)));
            assertThat(streamFailure.getStatus().getCode())
                    .isEqualTo(Status.Code.PERMISSION_DENIED);
        }
    }

    @Inject VerifiedTokens verifiedTokens;

    @Test
    void aTokenIsVerifiedOnceAndItsRolesStillDecideEveryCall() throws InterruptedException {
        String annotator = TestTokens.accessToken("ingest-service", "annotate");
        String reader = TestTokens.accessToken("reader", "reader");
        try (NlpTestClient client = NlpTestClient.withToken(server, annotator);
                NlpTestClient other = NlpTestClient.withToken(server, reader)) {
            client.annotate(REQUEST);
            assertThat(verifiedTokens.remembered(annotator)).isNotNull();
            long answered = verifiedTokens.answered();
            assertThat(client.annotate(REQUEST).getEntitiesCount()).isPositive();
            assertThat(verifiedTokens.answered()).isGreaterThan(answered);
            assertThat(statusOf(other)).isEqualTo(Status.Code.PERMISSION_DENIED);
            assertThat(statusOf(other)).isEqualTo(Status.Code.PERMISSION_DENIED);
        }
    }

    @Test
    void callWithAnnotateRoleIsServed() throws InterruptedException {
        try (NlpTestClient client =
                NlpTestClient.withToken(
                        server, TestTokens.accessToken("ingest-service", "annotate"))) {
            AnnotateResponse response = client.annotate(REQUEST);

            assertThat(response.getLanguageSupport()).isEqualTo(LanguageSupport.SUPPORTED);
            assertThat(response.getEntitiesList()).isNotEmpty();
        }
    }

    private static Status.Code statusOf(NlpTestClient client) {
        StatusRuntimeException failure =
                catchThrowableOfType(StatusRuntimeException.class, () -> client.annotate(REQUEST));
        assertThat(failure).as("the call must fail").isNotNull();
        return failure.getStatus().getCode();
    }
}
