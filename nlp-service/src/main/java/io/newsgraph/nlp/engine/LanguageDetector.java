package io.newsgraph.nlp.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Language detection over the 103 languages of OpenNLP's langdetect-183 model, with OpenNLP's
 * probabilities computed by {@link CharNgramScorer} at less than half of OpenNLP's cost per
 * article.
 */
public final class LanguageDetector {

    private static final String MODEL_RESOURCE = "langdetect-183.bin";

    /** Fewer letters than this cannot be told apart reliably. */
    private static final int MIN_LETTERS = 20;

    /** The first characters decide; more text costs time without changing the answer. */
    private static final int MAX_SAMPLE_CHARS = 20_000;

    /**
     * A news paragraph's worth of text: enough for a near-certain answer on most articles, at a
     * fraction of the cost of the whole sample, which is read only when this one is unclear.
     */
    private static final int FIRST_SAMPLE_CHARS = 600;

    private static final double FIRST_SAMPLE_CONFIDENCE = 0.9;

    private final CharNgramScorer scorer;

    LanguageDetector(LanguageDetectorModel model) {
        this.scorer = new CharNgramScorer(model);
    }

    /** Loads the model from the classpath (the opennlp-models-langdetect jar). */
    public static LanguageDetector load() {
        try (InputStream in =
                LanguageDetector.class.getClassLoader().getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(MODEL_RESOURCE + " is not on the classpath");
            }
            return new LanguageDetector(new LanguageDetectorModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + MODEL_RESOURCE, e);
        }
    }

    /**
     * The most probable language of {@code text}.
     *
     * @return the ISO 639-1 code (639-3 where 639-1 has none), its probability, and whether the
     *     text was long and clear enough to trust it
     */
    public DetectedLanguage detect(String text) {
        // A text half as long again as the first sample already pays for trying the sample first.
        if (text.length() > FIRST_SAMPLE_CHARS + FIRST_SAMPLE_CHARS / 2) {
            int cut = text.lastIndexOf(' ', FIRST_SAMPLE_CHARS);
            DetectedLanguage first =
                    detectSample(text.substring(0, cut > 0 ? cut : FIRST_SAMPLE_CHARS));
            if (first.determined() && first.confidence() >= FIRST_SAMPLE_CONFIDENCE) {
                return first;
            }
        }
        return detectSample(
                text.length() <= MAX_SAMPLE_CHARS ? text : text.substring(0, MAX_SAMPLE_CHARS));
    }

    private DetectedLanguage detectSample(String sample) {
        double[] probabilities = scorer.probabilities(sample);
        int best = 0;
        double runnerUp = 0.0;
        for (int i = 1; i < probabilities.length; i++) {
            if (probabilities[i] > probabilities[best]) {
                runnerUp = probabilities[best];
                best = i;
            } else if (probabilities[i] > runnerUp) {
                runnerUp = probabilities[i];
            }
        }
        double confidence = probabilities[best];
        long letters = sample.codePoints().filter(Character::isLetter).limit(MIN_LETTERS).count();
        boolean clear = confidence >= 0.5 || confidence >= 1.5 * runnerUp;
        return new DetectedLanguage(
                LanguageCodes.toIso6391(scorer.language(best)),
                confidence,
                letters >= MIN_LETTERS && clear);
    }

    /**
     * @param code ISO 639-1 code of the most probable language
     * @param confidence its probability in [0, 1]
     * @param determined whether the text was long and clear enough to trust {@code code}
     */
    public record DetectedLanguage(String code, double confidence, boolean determined) {}
}
