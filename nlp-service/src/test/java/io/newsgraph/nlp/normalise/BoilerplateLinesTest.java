package io.newsgraph.nlp.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BoilerplateLinesTest {

    @Test
    void blanksPageChromeLinesKeepingEveryOffset() {
        String text =
                "Début du contenu principal.\n"
                        + "Paris accueille des discussions.\n"
                        + "À VOIR AUSSI | La Russie et l'Ukraine s'accusent\n"
                        + "  LIRE AUSSI : Macron à Berlin\n"
                        + "Read also: How the war in Ukraine reshaped spending\n"
                        + "Le texte continue à Kyiv.";

        String blanked = BoilerplateLines.blank(text);

        assertThat(blanked).hasSameSizeAs(text);
        assertThat(blanked.split("\n", -1))
                .containsExactly(
                        " ".repeat("Début du contenu principal.".length()),
                        "Paris accueille des discussions.",
                        " ".repeat("À VOIR AUSSI | La Russie et l'Ukraine s'accusent".length()),
                        " ".repeat("  LIRE AUSSI : Macron à Berlin".length()),
                        " ".repeat("Read also: How the war in Ukraine reshaped spending".length()),
                        "Le texte continue à Kyiv.");
    }

    @Test
    void blanksWireCreditsButKeepsTheDatelinePlace() {
        String text =
                "PARIS, 16 avril (AFP) - Le PSG s'est qualifié.\n"
                        + "(Reporting by Stephen Nellis; Editing by Leslie Adler)\n"
                        + "(avec AFP)";

        String blanked = BoilerplateLines.blank(text);

        assertThat(blanked).hasSameSizeAs(text);
        assertThat(blanked.split("\n", -1))
                .containsExactly(
                        "PARIS, 16 avril       - Le PSG s'est qualifié.",
                        " "
                                .repeat(
                                        "(Reporting by Stephen Nellis; Editing by Leslie Adler)"
                                                .length()),
                        " ".repeat("(avec AFP)".length()));
    }

    @Test
    void blanksPhotoCreditsButNotCaptionsWithoutACredit() {
        String text =
                "Le Tour partira d'Edimbourg.\n"
                        + "Photo : Julien Marchetti / AFP\n"
                        + "Photo: Emmanuel Macron à Rennes";

        assertThat(BoilerplateLines.blank(text).split("\n", -1))
                .containsExactly(
                        "Le Tour partira d'Edimbourg.",
                        " ".repeat("Photo : Julien Marchetti / AFP".length()),
                        "Photo: Emmanuel Macron à Rennes");
    }

    @Test
    void leavesArticleLinesThatOnlyMentionTheWordsAlone() {
        String text = "Il faut voir aussi que Paris a lu le rapport.\nWe read also the letter.";

        assertThat(BoilerplateLines.blank(text)).isSameAs(text);
    }

    @Test
    void blanksACreditAfterADateContributorLinesAndPhotoCreditsInParentheses() {
        String text =
                "Nov 17 (Reuters) - Meridane Therapeutics said on Tuesday its drug worked.\n"
                        + "Associated Press writer Marcus Ellery in Miami contributed to this"
                        + " report.\n"
                        + "(Photo : Thomas Ravel / AFP)\n"
                        + "Analysts said the report was contributed to this week's debate.";

        String blanked = BoilerplateLines.blank(text);

        assertThat(blanked).hasSameSizeAs(text);
        assertThat(blanked.split("\n", -1))
                .containsExactly(
                        "Nov 17           - Meridane Therapeutics said on Tuesday its drug worked.",
                        " "
                                .repeat(
                                        ("Associated Press writer Marcus Ellery in Miami"
                                                        + " contributed to this report.")
                                                .length()),
                        " ".repeat("(Photo : Thomas Ravel / AFP)".length()),
                        "Analysts said the report was contributed to this week's debate.");
    }

    @Test
    void blanksCopyrightLinesAndAWiresFooterLinkButNotProseAboutCopyright() {
        String text =
                "ST. PAUL, Minn. (AP) — Minnesota lawmakers return on Monday.\n"
                        + "© AFP\n"
                        + "(c) 2026 Reuters\n"
                        + "AP tennis: https://apnews.com/hub/tennis\n"
                        + "Copyright claims against OpenAI were heard in New York on Friday by a"
                        + " federal judge.";

        String blanked = BoilerplateLines.blank(text);

        assertThat(blanked).hasSameSizeAs(text);
        assertThat(blanked.split("\n", -1))
                .containsExactly(
                        "ST. PAUL, Minn.      — Minnesota lawmakers return on Monday.",
                        " ".repeat("© AFP".length()),
                        " ".repeat("(c) 2026 Reuters".length()),
                        " ".repeat("AP tennis: https://apnews.com/hub/tennis".length()),
                        "Copyright claims against OpenAI were heard in New York on Friday by a"
                                + " federal judge.");
    }
}
