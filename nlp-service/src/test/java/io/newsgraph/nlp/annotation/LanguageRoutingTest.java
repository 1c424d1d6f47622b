package io.newsgraph.nlp.annotation;

import static io.newsgraph.nlp.NlpTestClient.article;
import static io.newsgraph.nlp.NlpTestClient.requireEntity;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsgraph.nlp.NlpTestClient;
import io.newsgraph.proto.nlp.v1.AnnotateRequest;
import io.newsgraph.proto.nlp.v1.AnnotateResponse;
import io.newsgraph.proto.nlp.v1.EntityType;
import io.newsgraph.proto.nlp.v1.LanguageSupport;
import io.newsgraph.testsupport.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LanguageRoutingTest {

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
    void detectsFrench() {
        AnnotateResponse response = annotate(article("fr-paris-ukraine-talks.txt"), "");

        assertThat(response.getLanguage()).isEqualTo("fr");
        assertThat(response.getLanguageSupport()).isEqualTo(LanguageSupport.SUPPORTED);
        assertThat(response.getLanguageConfidence()).isGreaterThan(0.9).isLessThanOrEqualTo(1.0);
        assertThat(response.getEntitiesList()).isNotEmpty();
    }

    @Test
    void detectsEnglish() {
        AnnotateResponse response = annotate(article("en-rubio-brussels.txt"), "");

        assertThat(response.getLanguage()).isEqualTo("en");
        assertThat(response.getLanguageSupport()).isEqualTo(LanguageSupport.SUPPORTED);
        assertThat(response.getLanguageConfidence()).isGreaterThan(0.9);
    }

    @Test
    void validHintWinsOverDetection() {
        String english = "Emmanuel Macron met Olaf Scholz in Berlin on Monday to discuss Ukraine.";

        AnnotateResponse response = annotate(english, "FR");

        assertThat(response.getLanguage()).isEqualTo("fr");
        assertThat(response.getLanguageConfidence()).isEqualTo(1.0);
        assertThat(response.getLanguageSupport()).isEqualTo(LanguageSupport.SUPPORTED);
        assertThat(requireEntity(response, "Emmanuel Macron").getType())
                .isEqualTo(EntityType.PERSON);
    }

    @Test
    void germanIsAnsweredAsUnsupportedWithoutEntities() {
        AnnotateResponse response = annotate(article("de-merz-berlin.txt"), "");

        assertThat(response.getLanguage()).isEqualTo("de");
        assertThat(response.getLanguageSupport()).isEqualTo(LanguageSupport.UNSUPPORTED_LANGUAGE);
        assertThat(response.getEntitiesList()).isEmpty();
    }

    @Test
    void spanishIsAnsweredAsUnsupportedWithoutEntities() {
        AnnotateResponse response = annotate(article("es-sanchez-madrid.txt"), "");

        assertThat(response.getLanguage()).isEqualTo("es");
        assertThat(response.getLanguageSupport()).isEqualTo(LanguageSupport.UNSUPPORTED_LANGUAGE);
        assertThat(response.getEntitiesList()).isEmpty();
    }

    @Test
    void hintedUnsupportedLanguageIsAnsweredAsSuch() {
        AnnotateResponse response = annotate(article("fr-paris-ukraine-talks.txt"), "it");

        assertThat(response.getLanguage()).isEqualTo("it");
        assertThat(response.getLanguageSupport()).isEqualTo(LanguageSupport.UNSUPPORTED_LANGUAGE);
        assertThat(response.getEntitiesList()).isEmpty();
    }

    @Test
    void tooShortToTellIsUndetermined() {
        AnnotateResponse response = annotate("Paris, 12:30.", "");

        assertThat(response.getLanguageSupport()).isEqualTo(LanguageSupport.UNDETERMINED);
        assertThat(response.getLanguage()).as("BCP 47 undetermined").isEqualTo("und");
        assertThat(response.getEntitiesList()).isEmpty();
    }

    private AnnotateResponse annotate(String text, String hint) {
        return client.annotate(
                AnnotateRequest.newBuilder().setText(text).setLanguageHint(hint).build());
    }
}
