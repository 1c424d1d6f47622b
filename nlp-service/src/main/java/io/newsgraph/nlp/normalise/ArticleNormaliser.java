package io.newsgraph.nlp.normalise;

import io.newsgraph.nlp.engine.EngineMention;
import java.util.ArrayList;
import java.util.List;

/** Turns the engine's raw spans for one article into the entities newsgraph reports. */
public final class ArticleNormaliser {

    private ArticleNormaliser() {}

    /**
     * @param text the article text the offsets refer to
     * @param title the headline, used only to weigh salience
     * @param mentions the engine's spans over {@code text}
     */
    public static List<ArticleEntity> normalise(
            String text, String title, List<EngineMention> mentions) {
        List<CleanMention> cleaned = new ArrayList<>(mentions.size());
        for (EngineMention mention : mentions) {
            cleaned.addAll(MentionCleaner.clean(text, mention));
        }
        return EntityResolver.resolve(text, title, cleaned);
    }
}
