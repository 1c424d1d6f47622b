package io.newsgraph.nlp.engine;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.newsgraph.proto.nlp.v1.EntityType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Stanford CoreNLP named-entity recognition, one pipeline per language. A pipeline is shared by
 * every annotation thread: CoreNLP annotates separate documents concurrently with one pipeline.
 */
public final class NerEngine {

    public static final String FRENCH = "fr";
    public static final String ENGLISH = "en";
    public static final Set<String> LANGUAGES = Set.of(FRENCH, ENGLISH);

    private static final String NER_MODELS = "edu/stanford/nlp/models/ner/";

    private final Map<String, StanfordCoreNLP> pipelines;

    private NerEngine(Map<String, StanfordCoreNLP> pipelines) {
        this.pipelines = pipelines;
    }

    /** Loads both pipelines; their model files are unpacked onto the classpath at build time. */
    public static NerEngine load() {
        return new NerEngine(Map.of(FRENCH, french(), ENGLISH, english()));
    }

    /** The pipeline CoreNLP ships for French, without pos/depparse: NER does not use them. */
    static StanfordCoreNLP french() {
        Properties properties = new Properties();
        try (InputStream in =
                NerEngine.class
                        .getClassLoader()
                        .getResourceAsStream("StanfordCoreNLP-french.properties")) {
            if (in == null) {
                throw new IllegalStateException("StanfordCoreNLP-french.properties is missing");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        properties.setProperty("annotators", "tokenize,ssplit,mwt,ner");
        properties.setProperty("ner.model", NER_MODELS + "french-wikiner-4class.crf.ser.gz");
        return new StanfordCoreNLP(withNewsDefaults(properties));
    }

    /** CoNLL 4-class model; pos and lemma change no entity, so they are left out. */
    static StanfordCoreNLP english() {
        Properties properties = new Properties();
        properties.setProperty("annotators", "tokenize,ssplit,ner");
        properties.setProperty("tokenize.language", "en");
        properties.setProperty("ner.model", NER_MODELS + "english.conll.4class.distsim.crf.ser.gz");
        return new StanfordCoreNLP(withNewsDefaults(properties));
    }

    private static Properties withNewsDefaults(Properties properties) {
        properties.setProperty("ner.applyFineGrained", "false");
        properties.setProperty("ner.applyNumericClassifiers", "false");
        properties.setProperty("ner.useSUTime", "false");
        // One line of an article body is one paragraph: no sentence, and no name, crosses it.
        properties.setProperty("ssplit.newlineIsSentenceBreak", "always");
        return properties;
    }

    /**
     * Finds the named entities of {@code text}.
     *
     * @param language one of {@link #LANGUAGES}
     */
    public Result annotate(String language, String text) {
        StanfordCoreNLP pipeline = pipelines.get(language);
        if (pipeline == null) {
            throw new IllegalArgumentException("no NER pipeline for " + language);
        }
        CoreDocument document = new CoreDocument(text);
        pipeline.annotate(document);
        List<EngineMention> mentions = new ArrayList<>();
        for (CoreEntityMention mention : document.entityMentions()) {
            EntityType type = type(mention.entityType());
            if (type == null) {
                continue;
            }
            mentions.add(
                    new EngineMention(
                            mention.charOffsets().first(),
                            mention.charOffsets().second(),
                            type,
                            confidence(mention)));
        }
        return new Result(document.tokens().size(), mentions);
    }

    /** The CRF's probability of the span's label ("PER" in English, "I-PER" in French). */
    private static double confidence(CoreEntityMention mention) {
        Map<String, Double> confidences = mention.entityTypeConfidences();
        if (confidences == null || confidences.isEmpty()) {
            return 0.5;
        }
        String type = mention.entityType();
        for (Map.Entry<String, Double> label : confidences.entrySet()) {
            if (label.getKey().equals(type) || label.getKey().endsWith("-" + type)) {
                return label.getValue();
            }
        }
        return 0.5;
    }

    private static EntityType type(String engineType) {
        return switch (engineType) {
            case "PER", "PERSON" -> EntityType.PERSON;
            case "LOC", "LOCATION" -> EntityType.LOCATION;
            case "ORG", "ORGANIZATION" -> EntityType.ORGANIZATION;
            case "MISC" -> EntityType.MISC;
            default -> null;
        };
    }

    /**
     * @param tokenCount tokens the engine read, for throughput accounting
     * @param mentions the raw entity spans
     */
    public record Result(int tokenCount, List<EngineMention> mentions) {}
}
