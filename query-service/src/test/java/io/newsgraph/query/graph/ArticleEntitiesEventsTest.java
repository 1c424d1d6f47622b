package io.newsgraph.query.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsgraph.query.entity.EntityType;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ArticleEntitiesEventsTest {

    private static final String ID = "3f1c2a52-7d41-4b8e-9f3a-2c6d1e0b9a77";

    @Test
    void readsTheCanonicalJsonAndIgnoresUnknownFields() throws Exception {
        ArticleUpdate update =
                ArticleEntitiesEvents.parse(
                        """
                        {"articleId": "%s", "revision": 3, "title": "Talks", "language": "fr",
                         "publishedAt": "2025-03-01T08:00:00Z", "text": "Macron à Kyiv.",
                         "addedLater": {"anything": true},
                         "entities": [
                           {"name": "Emmanuel Macron", "type": "PERSON", "salience": 0.9,
                            "mentions": [{"begin": 0, "end": 6, "text": "Macron"}]},
                           {"name": "Kyiv", "type": "LOCATION", "salience": 0.4,
                            "mentions": [{"end": 13, "begin": 9, "text": "Kyiv"}]}
                         ]}
                        """
                                .formatted(ID));

        assertThat(update.articleId()).isEqualTo(UUID.fromString(ID));
        assertThat(update.revision()).isEqualTo(3);
        assertThat(update.publishedAt()).isEqualTo(Instant.parse("2025-03-01T08:00:00Z"));
        assertThat(update.receivedAt()).isNull();
        assertThat(update.url()).isNull();
        assertThat(update.entities())
                .extracting(ArticleUpdate.Finding::name, ArticleUpdate.Finding::type)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Emmanuel Macron", EntityType.PERSON),
                        org.assertj.core.groups.Tuple.tuple("Kyiv", EntityType.LOCATION));
        assertThat(update.entities().get(1).mentions())
                .containsExactly(new ArticleUpdate.Span(9, 13, "Kyiv"));
    }

    @Test
    void mentionsOutsideTheTextAndEntitiesWithoutTypeAreDropped() throws Exception {
        ArticleUpdate update =
                ArticleEntitiesEvents.parse(
                        """
                        {"articleId": "%s", "revision": 1, "text": "Rubio spoke.",
                         "entities": [
                           {"name": "Marco Rubio", "type": "PERSON", "mentions": [
                             {"begin": 0, "end": 5, "text": "wrong text is replaced"},
                             {"begin": 8, "end": 40, "text": "past the end"},
                             {"begin": 4, "end": 4, "text": ""}]},
                           {"name": "Something", "mentions": [{"begin": 0, "end": 5}]}
                         ]}
                        """
                                .formatted(ID));

        assertThat(update.entities()).hasSize(1);
        assertThat(update.entities().get(0).mentions())
                .containsExactly(new ArticleUpdate.Span(0, 5, "Rubio"));
    }

    @Test
    void recordsThatAreNotArticleEventsAreMalformed() {
        assertThatThrownBy(() -> ArticleEntitiesEvents.parse(null))
                .isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> ArticleEntitiesEvents.parse("{not json"))
                .isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> ArticleEntitiesEvents.parse("{\"articleId\": \"42\"}"))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("not a UUID");
        assertThatThrownBy(
                        () ->
                                ArticleEntitiesEvents.parse(
                                        "{\"articleId\": \"" + ID + "\", \"revision\": -1}"))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("negative");
    }
}
