package io.newsgraph.nlp.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.newsgraph.nlp.evaluation.GoldEvaluation;
import io.newsgraph.nlp.evaluation.GoldSet;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The detector computes the langdetect model's probabilities itself, without OpenNLP's String per
 * n-gram: what clients read in {@code language} and {@code language_confidence} must stay what
 * OpenNLP's own detector says.
 */
class LanguageDetectorTest {

    private static LanguageDetectorModel model;
    private static CharNgramScorer scorer;

    @BeforeAll
    static void loadModel() throws IOException {
        try (InputStream in =
                LanguageDetectorTest.class
                        .getClassLoader()
                        .getResourceAsStream("langdetect-183.bin")) {
            model = new LanguageDetectorModel(in);
        }
        scorer = new CharNgramScorer(model);
    }

    @Test
    void probabilitiesAreOpenNlpsOnEveryGoldArticleAndOnAwkwardTexts() {
        List<String> texts = new ArrayList<>();
        for (String set : GoldEvaluation.GOLD_SETS) {
            for (GoldSet.GoldArticle article : GoldSet.resource(set).articles()) {
                texts.add(article.text());
                texts.add(article.text().substring(0, Math.min(600, article.text().length())));
            }
        }
        texts.addAll(
                List.of(
                        "Der Bundeskanzler traf am Montag in Berlin die Ministerpräsidenten der"
                                + " Länder, um über den Haushalt zu beraten.",
                        "El presidente del Gobierno anunció ayer en Madrid un nuevo plan de"
                                + " vivienda para los jóvenes.",
                        "İstanbul'da düzenlenen zirvede İçişleri Bakanı açıklama yaptı.",
                        "Москва и Киев обменялись пленными в понедельник, сообщили власти.",
                        "東京都は月曜日、新しい防災計画を発表した。",
                        "BREAKING!!! Read more at https://example.org/news?id=42 or mail"
                                + " desk@example.org #politique @AFP 😀😀 rt: hahaha 2026 ... ",
                        "a",
                        "𝐁𝐎𝐋𝐃 𝐓𝐄𝐗𝐓 in mathematical letters and \uD800 a lone surrogate",
                        "   \t 12 345 678   "));
        for (String text : texts) {
            Map<String, Double> expected = new HashMap<>();
            for (Language language : new LanguageDetectorME(model).predictLanguages(text)) {
                expected.put(language.getLang(), language.getConfidence());
            }
            double[] actual = scorer.probabilities(text);
            assertThat(actual).hasSize(expected.size());
            for (int i = 0; i < actual.length; i++) {
                assertThat(actual[i])
                        .as("%s of %.40s", scorer.language(i), text)
                        .isCloseTo(expected.get(scorer.language(i)), within(1e-12));
            }
        }
    }

    @Test
    void answersTheLanguageAndWhetherItCanBeTrusted() {
        LanguageDetector detector = new LanguageDetector(model);

        LanguageDetector.DetectedLanguage french =
                detector.detect(
                        "Le président de la République a reçu mardi à l'Élysée les représentants"
                                + " des syndicats agricoles.");
        LanguageDetector.DetectedLanguage english =
                detector.detect(
                        "The prime minister told reporters on Tuesday that the talks would"
                                + " resume next week.");
        LanguageDetector.DetectedLanguage german =
                detector.detect(
                        "Der Bundeskanzler traf am Montag in Berlin die Ministerpräsidenten der"
                                + " Länder.");
        LanguageDetector.DetectedLanguage tooShort = detector.detect("Paris");

        assertThat(french.code()).isEqualTo("fr");
        assertThat(french.determined()).isTrue();
        assertThat(french.confidence()).isGreaterThan(0.0).isLessThanOrEqualTo(1.0);
        assertThat(english.code()).isEqualTo("en");
        assertThat(english.determined()).isTrue();
        assertThat(german.code()).isEqualTo("de");
        assertThat(tooShort.determined()).isFalse();
    }
}
