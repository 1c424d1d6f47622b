package io.newsgraph.nlp.normalise;

import io.newsgraph.proto.nlp.v1.EntityType;
import java.util.List;

/**
 * One real-world entity of an article with all of its mentions.
 *
 * @param name the fullest form the article uses ("Steve Witkoff", not "M. Witkoff")
 * @param salience how central the entity is to the article, in [0, 1]
 */
public record ArticleEntity(
        String name, EntityType type, double salience, List<ArticleMention> mentions) {

    /** A mention by UTF-16 offsets into the article text; {@code text} is that exact substring. */
    public record ArticleMention(int begin, int end, String text) {}
}
