package io.newsgraph.nlp.annotation;

import static io.newsgraph.nlp.NlpTestClient.article;
import static io.newsgraph.nlp.NlpTestClient.assertOffsetsExact;
import static io.newsgraph.nlp.NlpTestClient.entity;
import static io.newsgraph.nlp.NlpTestClient.mentionTexts;
import static io.newsgraph.nlp.NlpTestClient.requireEntity;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsgraph.nlp.NlpTestClient;
import io.newsgraph.proto.nlp.v1.AnnotateRequest;
import io.newsgraph.proto.nlp.v1.AnnotateResponse;
import io.newsgraph.proto.nlp.v1.Entity;
import io.newsgraph.proto.nlp.v1.EntityType;
import io.newsgraph.proto.nlp.v1.LanguageSupport;
import io.newsgraph.proto.nlp.v1.Mention;
import io.newsgraph.testsupport.OidcTestResource;
import io.newsgraph.testsupport.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = OidcTestResource.class, restrictToAnnotatedClass = false)
class NlpGrpcServiceTest {

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
    void frenchSampleYieldsOneNormalisedEntityPerRealWorldEntity() {
        String text = article("fr-paris-ukraine-talks.txt");

        AnnotateResponse response =
                client.annotate(
                        AnnotateRequest.newBuilder()
                                .setText(text)
                                .setTitle(
                                        "Marco Rubio et Steve Witkoff à Paris pour parler de"
                                                + " l'Ukraine")
                                .setCorrelationId("fr-sample")
                                .build());

        printEntities("French sample", response);
        assertThat(response.getLanguage()).isEqualTo("fr");
        assertThat(response.getLanguageSupport()).isEqualTo(LanguageSupport.SUPPORTED);
        assertThat(response.getCorrelationId()).isEqualTo("fr-sample");
        assertThat(response.getTokenCount()).isGreaterThan(500);
        assertOffsetsExact(text, response);

        assertThat(requireEntity(response, "Emmanuel Macron").getType())
                .isEqualTo(EntityType.PERSON);
        assertThat(requireEntity(response, "Marco Rubio").getType()).isEqualTo(EntityType.PERSON);
        Entity witkoff = requireEntity(response, "Steve Witkoff");
        assertThat(witkoff.getType()).isEqualTo(EntityType.PERSON);
        assertThat(mentionTexts(witkoff)).contains("Steve Witkoff").contains("Witkoff");
        assertThat(witkoff.getMentionsList().stream().map(Mention::getBegin))
                .as("the Witkoff after each \"M. \"")
                .contains(
                        text.indexOf("M. Witkoff") + 3,
                        text.indexOf("M. Witkoff", text.indexOf("M. Witkoff") + 1) + 3);
        Entity trump = requireEntity(response, "Donald Trump");
        assertThat(trump.getType()).isEqualTo(EntityType.PERSON);
        assertThat(mentionTexts(trump)).contains("Donald Trump", "Trump").hasSizeGreaterThan(5);
        assertThat(entity(response, "Trump")).as("Trump is Donald Trump").isEmpty();
        assertThat(requireEntity(response, "Paris").getType()).isEqualTo(EntityType.LOCATION);
        assertThat(requireEntity(response, "Ukraine").getType()).isEqualTo(EntityType.LOCATION);
        assertThat(requireEntity(response, "OTAN").getType()).isEqualTo(EntityType.ORGANIZATION);

        assertThat(response.getEntitiesList())
                .extracting(Entity::getName)
                .doesNotContain("État", "États membres", "Witkoff", "Rubio", "Macron")
                .doesNotHaveDuplicates();
        assertThat(allMentions(response))
                .extracting(Mention::getText)
                .noneMatch(t -> t.startsWith("M.") || t.startsWith("MM.") || t.contains("|"));
        assertNoMentionOnLine(text, response, "Début du contenu principal.");
        assertNoMentionOnLine(text, response, "À VOIR AUSSI");
        assertThat(response.getEntitiesList())
                .allSatisfy(e -> assertThat(e.getSalience()).isBetween(0.0, 1.0));
        assertThat(response.getEntities(0).getName())
                .as("most salient: mentioned often, early and in the title")
                .isIn("Steve Witkoff", "Marco Rubio", "Ukraine", "Donald Trump", "Paris");
    }

    @Test
    void englishArticleYieldsPeoplePlacesAndOrganisations() {
        String text = article("en-rubio-brussels.txt");

        AnnotateResponse response =
                client.annotate(
                        AnnotateRequest.newBuilder()
                                .setText(text)
                                .setTitle("Rubio meets Sybiha in Brussels as NATO presses Trump")
                                .build());

        printEntities("English article", response);
        assertThat(response.getLanguage()).isEqualTo("en");
        assertThat(response.getLanguageSupport()).isEqualTo(LanguageSupport.SUPPORTED);
        assertOffsetsExact(text, response);
        Entity rubio = requireEntity(response, "Marco Rubio");
        assertThat(rubio.getType()).isEqualTo(EntityType.PERSON);
        assertThat(mentionTexts(rubio)).containsExactly("Marco Rubio", "Rubio", "Rubio");
        Entity trump = requireEntity(response, "Donald Trump");
        assertThat(trump.getType()).isEqualTo(EntityType.PERSON);
        assertThat(mentionTexts(trump)).contains("Trump", "Donald Trump");
        assertThat(requireEntity(response, "Sarah Mitchell").getType())
                .isEqualTo(EntityType.PERSON);
        assertThat(requireEntity(response, "Vladimir Putin").getType())
                .isEqualTo(EntityType.PERSON);
        assertThat(requireEntity(response, "Brussels").getType()).isEqualTo(EntityType.LOCATION);
        assertThat(requireEntity(response, "Moscow").getType()).isEqualTo(EntityType.LOCATION);
        Entity washington = requireEntity(response, "Washington");
        assertThat(washington.getType()).isEqualTo(EntityType.LOCATION);
        assertThat(mentionTexts(washington)).containsExactly("WASHINGTON", "Washington");
        assertThat(requireEntity(response, "NATO").getType()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(requireEntity(response, "Microsoft").getType())
                .isEqualTo(EntityType.ORGANIZATION);
        assertThat(requireEntity(response, "European Union").getType())
                .isEqualTo(EntityType.ORGANIZATION);
        assertThat(requireEntity(response, "Brookings Institution").getType())
                .isEqualTo(EntityType.ORGANIZATION);
        assertThat(allMentions(response))
                .extracting(Mention::getText)
                .doesNotContain("he", "Dr. Sarah Mitchell", "Mr. Rubio");
        assertNoMentionOnLine(text, response, "Read also:");
    }

    @Test
    void offsetsCountUtf16CodeUnitsPastEmojiAndAccents() {
        String text =
                "🇺🇦🇫🇷 Réunion à l'Élysée : Emmanuel Macron a reçu Volodymyr Zelensky à Paris."
                        + " 😀 « M. Zelensky » a remercié la France.";

        AnnotateResponse response =
                client.annotate(
                        AnnotateRequest.newBuilder().setText(text).setLanguageHint("fr").build());

        assertOffsetsExact(text, response);
        Entity macron = requireEntity(response, "Emmanuel Macron");
        assertThat(macron.getMentions(0).getBegin()).isEqualTo(text.indexOf("Emmanuel Macron"));
        Entity zelensky = requireEntity(response, "Volodymyr Zelensky");
        assertThat(mentionTexts(zelensky)).containsExactly("Volodymyr Zelensky", "Zelensky");
    }

    private static List<Mention> allMentions(AnnotateResponse response) {
        return response.getEntitiesList().stream()
                .flatMap(e -> e.getMentionsList().stream())
                .toList();
    }

    private static void assertNoMentionOnLine(
            String text, AnnotateResponse response, String lineStart) {
        int begin = text.indexOf(lineStart);
        assertThat(begin).as("the article has the line %s", lineStart).isNotNegative();
        int end = text.indexOf('\n', begin);
        assertThat(allMentions(response))
                .as("mentions on the boilerplate line %s", lineStart)
                .noneMatch(m -> m.getBegin() < end && m.getEnd() > begin);
    }

    private static void printEntities(String article, AnnotateResponse response) {
        StringBuilder listing = new StringBuilder(article).append(':');
        for (Entity entity : response.getEntitiesList()) {
            listing.append(
                    String.format(
                            "%n  %-13s %-42s %.3f %s",
                            entity.getType(),
                            entity.getName(),
                            entity.getSalience(),
                            mentionTexts(entity)));
        }
        System.out.println(listing);
    }
}
