package io.newsgraph.nlp.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsgraph.nlp.engine.EngineMention;
import io.newsgraph.nlp.evaluation.GoldEvaluation;
import io.newsgraph.nlp.evaluation.GoldSet;
import io.newsgraph.nlp.normalise.ArticleEntity.ArticleMention;
import io.newsgraph.proto.nlp.v1.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Whatever spans the engine reports (overlapping, nested, cut inside a word, of any type), the
 * normalisation answers: no article is lost to an exception, and every mention it gives is the
 * exact text at its offsets. Seeded, so a failure replays.
 */
class ArbitrarySpansTest {

    private static final int ROUNDS_PER_ARTICLE = 25;
    private static final EntityType[] TYPES = {
        EntityType.PERSON, EntityType.LOCATION, EntityType.ORGANIZATION, EntityType.MISC
    };

    @Test
    void anySpansOfTheEngineGiveExactMentionsAndNoFailure() {
        Random random = new Random(20261126);
        int articles = 0;
        for (String set : GoldEvaluation.GOLD_SETS) {
            for (GoldSet.GoldArticle article : GoldSet.resource(set).articles()) {
                String text = article.text();
                for (int round = 0; round < ROUNDS_PER_ARTICLE; round++) {
                    List<EngineMention> spans = new ArrayList<>();
                    int count = 1 + random.nextInt(40);
                    for (int i = 0; i < count; i++) {
                        int begin = random.nextInt(text.length() - 1);
                        int end = Math.min(text.length(), begin + 1 + random.nextInt(60));
                        spans.add(
                                new EngineMention(
                                        begin,
                                        end,
                                        TYPES[random.nextInt(TYPES.length)],
                                        random.nextDouble()));
                    }
                    for (ArticleEntity entity :
                            ArticleNormaliser.normalise(
                                    article.language(), text, article.title(), spans)) {
                        assertThat(entity.mentions()).isNotEmpty();
                        for (ArticleMention mention : entity.mentions()) {
                            assertThat(text.substring(mention.begin(), mention.end()))
                                    .as("%s round %d", article.id(), round)
                                    .isEqualTo(mention.text());
                        }
                    }
                }
                articles++;
            }
        }
        assertThat(articles).isGreaterThan(20);
    }
}
