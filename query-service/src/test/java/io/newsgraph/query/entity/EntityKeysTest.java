package io.newsgraph.query.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntityKeysTest {

    @Test
    void caseAccentsAndPunctuationDoNotMatter() {
        assertThat(EntityKeys.normalize("Emmanuel MACRÓN")).isEqualTo("emmanuel macron");
        assertThat(EntityKeys.normalize("  emmanuel   macron ")).isEqualTo("emmanuel macron");
        assertThat(EntityKeys.normalize("Jean-Luc Mélenchon")).isEqualTo("jean luc melenchon");
        assertThat(EntityKeys.normalize("Jean–Luc, Mélenchon!")).isEqualTo("jean luc melenchon");
        assertThat(EntityKeys.normalize("Île-de-France")).isEqualTo("ile de france");
        assertThat(EntityKeys.normalize("Zürich")).isEqualTo("zurich");
    }

    @Test
    void dotsAndApostrophesJoinWhatTheySeparate() {
        assertThat(EntityKeys.normalize("U.S.")).isEqualTo(EntityKeys.normalize("US"));
        assertThat(EntityKeys.normalize("M. Witkoff")).isEqualTo("m witkoff");
        assertThat(EntityKeys.normalize("O’Neill")).isEqualTo(EntityKeys.normalize("O'Neill"));
        assertThat(EntityKeys.normalize("Côte d'Ivoire")).isEqualTo("cote divoire");
    }

    @Test
    void lettersWithoutDecompositionAreFolded() {
        assertThat(EntityKeys.normalize("Œuvre d’Orient")).isEqualTo("oeuvre dorient");
        assertThat(EntityKeys.normalize("Łódź")).isEqualTo("lodz");
        assertThat(EntityKeys.normalize("Straße")).isEqualTo("strasse");
        assertThat(EntityKeys.normalize("Søren")).isEqualTo("soren");
    }

    @Test
    void nothingButPunctuationHasNoKey() {
        assertThat(EntityKeys.normalize("?!—")).isEmpty();
        assertThat(EntityKeys.normalize(null)).isEmpty();
    }

    @Test
    void entityIdsDependOnlyOnTypeAndKey() {
        assertThat(EntityKeys.entityId(EntityType.PERSON, "emmanuel macron"))
                .isEqualTo(EntityKeys.entityId(EntityType.PERSON, "emmanuel macron"))
                .isNotEqualTo(EntityKeys.entityId(EntityType.ORGANIZATION, "emmanuel macron"));
    }

    @Test
    void personKeysDropTitlesAndEveryKeyDropsPossessives() {
        assertThat(EntityKeys.key(EntityType.PERSON, "M. Witkoff")).isEqualTo("witkoff");
        assertThat(EntityKeys.key(EntityType.PERSON, "MM. Rubio")).isEqualTo("rubio");
        assertThat(EntityKeys.key(EntityType.PERSON, "Mme Kallas")).isEqualTo("kallas");
        assertThat(EntityKeys.key(EntityType.PERSON, "Dr. Jane Doe")).isEqualTo("jane doe");
        assertThat(EntityKeys.key(EntityType.PERSON, "Witkoff’s")).isEqualTo("witkoff");
        assertThat(EntityKeys.key(EntityType.ORGANIZATION, "NATO's")).isEqualTo("nato");
        // Only people have titles; a lone title stays what it is.
        assertThat(EntityKeys.key(EntityType.ORGANIZATION, "M. Bricolage"))
                .isEqualTo("m bricolage");
        assertThat(EntityKeys.key(EntityType.PERSON, "Dr")).isEqualTo("dr");
        assertThat(EntityKeys.searchKey("M. WITKÖFF")).isEqualTo("witkoff");
    }

    @Test
    void fullNamesAreWrittenShorterByTheirTrailingWords() {
        assertThat(EntityKeys.tokenSuffixes("ursula von der leyen"))
                .containsExactly("von der leyen", "der leyen", "leyen");
        assertThat(EntityKeys.tokenSuffixes("macron")).isEmpty();
        assertThat(EntityKeys.tokenCount("ursula von der leyen")).isEqualTo(4);
    }
}
