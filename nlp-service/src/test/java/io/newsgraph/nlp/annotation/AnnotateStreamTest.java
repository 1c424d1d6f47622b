package io.newsgraph.nlp.annotation;

import static io.newsgraph.nlp.NlpTestClient.article;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsgraph.nlp.NlpTestClient;
import io.newsgraph.proto.nlp.v1.AnnotateRequest;
import io.newsgraph.proto.nlp.v1.AnnotateResponse;
import io.newsgraph.proto.nlp.v1.Entity;
import io.newsgraph.proto.nlp.v1.LanguageSupport;
import io.newsgraph.testsupport.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Multi;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AnnotateStreamTest {

    @TestHTTPResource("/")
    URL server;

    private NlpTestClient client;

    @BeforeEach
    void connect() {
        NlpTestClient.awaitModelsLoaded();
        client =
                NlpTestClient.withToken(
                        server, TestTokens.accessToken("ingest-service", "annotate"));
    }

    @AfterEach
    void disconnect() throws InterruptedException {
        client.close();
    }

    @Test
    void answersEveryArticleInRequestOrderWithItsCorrelationId() {
        String[] texts = {
            article("fr-paris-ukraine-talks.txt"),
            article("en-rubio-brussels.txt"),
            article("de-merz-berlin.txt"),
            "Le Premier ministre s'est rendu à Marseille avec Gérald Darmanin lundi matin.",
            article("en-rubio-brussels.txt"),
            article("fr-paris-ukraine-talks.txt"),
        };
        List<AnnotateRequest> requests = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            requests.add(
                    AnnotateRequest.newBuilder()
                            .setText(texts[i])
                            .setCorrelationId("article-" + i)
                            .build());
        }

        List<AnnotateResponse> responses =
                client.stub()
                        .annotateStream(Multi.createFrom().iterable(requests))
                        .collect()
                        .asList()
                        .await()
                        .atMost(Duration.ofMinutes(2));

        assertThat(responses)
                .extracting(AnnotateResponse::getCorrelationId)
                .containsExactly(
                        "article-0",
                        "article-1",
                        "article-2",
                        "article-3",
                        "article-4",
                        "article-5");
        assertThat(responses)
                .extracting(AnnotateResponse::getLanguage)
                .containsExactly("fr", "en", "de", "fr", "en", "fr");
        assertThat(responses.get(2).getLanguageSupport())
                .isEqualTo(LanguageSupport.UNSUPPORTED_LANGUAGE);
        // Articles annotated side by side on the shared pipelines give what one call alone gives.
        for (int i = 0; i < requests.size(); i++) {
            AnnotateResponse alone = client.annotate(requests.get(i));
            assertThat(responses.get(i).getEntitiesList())
                    .as("entities of %s", requests.get(i).getCorrelationId())
                    .isEqualTo(alone.getEntitiesList());
        }
    }

    @Test
    void anInvalidArticleIsAnsweredWithItsErrorAndTheStreamGoesOn() {
        Multi<AnnotateRequest> requests =
                Multi.createFrom()
                        .items(
                                AnnotateRequest.newBuilder()
                                        .setText("Emmanuel Macron est à Paris.")
                                        .setLanguageHint("fr")
                                        .setCorrelationId("good")
                                        .build(),
                                AnnotateRequest.newBuilder()
                                        .setText("")
                                        .setLanguageHint("french")
                                        .setCorrelationId("bad-one")
                                        .build(),
                                AnnotateRequest.newBuilder()
                                        .setText("Keir Starmer met Olaf Scholz in London.")
                                        .setLanguageHint("en")
                                        .setCorrelationId("good-too")
                                        .build());

        List<AnnotateResponse> responses =
                client.stub()
                        .annotateStream(requests)
                        .collect()
                        .asList()
                        .await()
                        .atMost(Duration.ofSeconds(60));

        assertThat(responses)
                .extracting(AnnotateResponse::getCorrelationId)
                .containsExactly("good", "bad-one", "good-too");
        assertThat(responses.get(0).hasError()).isFalse();
        assertThat(responses.get(0).getEntitiesList())
                .extracting(Entity::getName)
                .contains("Emmanuel Macron", "Paris");
        AnnotateResponse bad = responses.get(1);
        assertThat(bad.hasError()).isTrue();
        assertThat(bad.getError().getCode()).isEqualTo("INVALID_ARGUMENT");
        assertThat(bad.getError().getFieldsList())
                .containsExactlyInAnyOrder("text", "language_hint");
        assertThat(bad.getError().getMessage()).contains("text");
        assertThat(bad.getEntitiesList()).isEmpty();
        assertThat(bad.getLanguageSupport())
                .isEqualTo(LanguageSupport.LANGUAGE_SUPPORT_UNSPECIFIED);
        assertThat(responses.get(2).hasError()).isFalse();
        assertThat(responses.get(2).getEntitiesList())
                .extracting(Entity::getName)
                .contains("Keir Starmer", "London");
    }
}
