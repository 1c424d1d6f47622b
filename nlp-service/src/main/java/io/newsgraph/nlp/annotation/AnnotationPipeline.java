package io.newsgraph.nlp.annotation;

import io.newsgraph.nlp.engine.LanguageDetector;
import io.newsgraph.nlp.engine.LanguageDetector.DetectedLanguage;
import io.newsgraph.nlp.engine.NerEngine;
import io.newsgraph.nlp.normalise.ArticleEntity;
import io.newsgraph.nlp.normalise.ArticleNormaliser;
import io.newsgraph.nlp.normalise.BoilerplateLines;
import io.newsgraph.proto.nlp.v1.AnnotateRequest;
import io.newsgraph.proto.nlp.v1.AnnotateResponse;
import io.newsgraph.proto.nlp.v1.Entity;
import io.newsgraph.proto.nlp.v1.LanguageSupport;
import io.newsgraph.proto.nlp.v1.Mention;
import java.util.List;
import java.util.Locale;

/**
 * What annotating one valid article means, from language to normalised entities, without threads or
 * metrics: the gRPC service, the evaluation and the benchmark all run exactly this.
 */
public final class AnnotationPipeline {

    /** BCP 47's "undetermined" language subtag, answered when the text cannot be told apart. */
    public static final String UNDETERMINED_LANGUAGE = "und";

    private final NerEngine engine;
    private final LanguageDetector detector;

    public AnnotationPipeline(NerEngine engine, LanguageDetector detector) {
        this.engine = engine;
        this.detector = detector;
    }

    /** Annotates a request that already passed validation. */
    public AnnotateResponse annotate(AnnotateRequest request) {
        String text = request.getText();
        AnnotateResponse.Builder response =
                AnnotateResponse.newBuilder().setCorrelationId(request.getCorrelationId());
        String language;
        if (!request.getLanguageHint().isEmpty()) {
            language = request.getLanguageHint().toLowerCase(Locale.ROOT);
            response.setLanguageConfidence(1.0);
        } else {
            DetectedLanguage detected = detector.detect(text);
            response.setLanguageConfidence(detected.confidence());
            if (!detected.determined()) {
                return response.setLanguage(UNDETERMINED_LANGUAGE)
                        .setLanguageSupport(LanguageSupport.UNDETERMINED)
                        .build();
            }
            language = detected.code();
        }
        response.setLanguage(language);
        if (!NerEngine.LANGUAGES.contains(language)) {
            return response.setLanguageSupport(LanguageSupport.UNSUPPORTED_LANGUAGE).build();
        }
        NerEngine.Result result = engine.annotate(language, BoilerplateLines.blank(text));
        List<ArticleEntity> entities =
                ArticleNormaliser.normalise(language, text, request.getTitle(), result.mentions());
        response.setLanguageSupport(LanguageSupport.SUPPORTED).setTokenCount(result.tokenCount());
        for (ArticleEntity entity : entities) {
            Entity.Builder proto =
                    response.addEntitiesBuilder()
                            .setName(entity.name())
                            .setType(entity.type())
                            .setSalience(entity.salience());
            for (ArticleEntity.ArticleMention mention : entity.mentions()) {
                proto.addMentions(
                        Mention.newBuilder()
                                .setBegin(mention.begin())
                                .setEnd(mention.end())
                                .setText(mention.text()));
            }
        }
        return response.build();
    }
}
