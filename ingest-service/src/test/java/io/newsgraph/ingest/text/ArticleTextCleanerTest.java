package io.newsgraph.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleTextCleanerTest {

    private final ArticleTextCleaner cleaner = new ArticleTextCleaner();

    @Test
    void plainTextLosesSkipLinksAndReadAlsoLinesButKeepsItsParagraphs() {
        String body =
                "Début du contenu principal.\r\n"
                        + "Paris accueille jeudi une série de discussions sur l'Ukraine.\n"
                        + "À VOIR AUSSI | La Russie et l'Ukraine s'accusent mutuellement\n"
                        + "\n\n"
                        + "M. Witkoff a rencontré  jeudi\tle conseiller Andriy Yermak.\n"
                        + "LIRE AUSSI : Le Kremlin répond\n"
                        + "Read more\n"
                        + "Skip to content\n";

        assertThat(cleaner.cleanPlainText(body))
                .isEqualTo(
                        "Paris accueille jeudi une série de discussions sur l'Ukraine.\n"
                                + "\n"
                                + "M. Witkoff a rencontré jeudi le conseiller Andriy Yermak.");
    }

    @Test
    void textIsNormalisedToNfcWithPlainSpaces() {
        String decomposed =
                "Le ministre de la De\u0301fense a dit\u00a0: \u00abnon\u202f\u00bb.\u200b";
        assertThat(cleaner.cleanPlainText(decomposed))
                .isEqualTo("Le ministre de la Défense a dit : «non ».");
    }

    @Test
    void htmlKeepsTheArticleBodyOnePargraphPerLine() {
        String html =
                """
                <html><head><script>alert('x')</script><style>.a{}</style></head><body>
                <header>Le Journal</header><nav><ul><li>Monde</li><li>Sport</li></ul></nav>
                <div class="content">
                  <p>Premier paragraphe avec <a href="/x">un lien</a>.</p>
                  <p>Lire aussi | Autre histoire</p>
                  <div>Deuxième<br/>ligne</div>
                  <aside>Newsletter</aside>
                </div>
                <footer>Contact</footer></body></html>
                """;
        assertThat(cleaner.cleanHtml(html))
                .isEqualTo("Premier paragraphe avec un lien.\nDeuxième\nligne");
    }

    @Test
    void htmlPrefersTheArticleElementOverThePageAroundIt() {
        String html =
                "<body><div>Menu du site</div><article><p>Le texte.</p></article>"
                        + "<div>Articles populaires</div></body>";
        assertThat(cleaner.cleanHtml(html)).isEqualTo("Le texte.");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Début du contenu principal.",
                "Aller au contenu",
                "Aller au contenu principal",
                "Skip to content",
                "Skip to main content",
                "À VOIR AUSSI | La Russie et l'Ukraine",
                "À lire aussi : le sommet",
                "LIRE AUSSI",
                "Read also: Paris talks",
                "Read more",
                "► Voir aussi - Le direct"
            })
    void boilerplateLinesAreRecognised(String line) {
        assertThat(ArticleTextCleaner.isBoilerplate(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Il faut lire aussi les conclusions du rapport.",
                "Read more carefully, the minister said.",
                "Aller au contenu du texte n'est pas simple, dit-il."
            })
    void sentencesMentioningTheKeywordsAreKept(String line) {
        assertThat(ArticleTextCleaner.isBoilerplate(line)).isFalse();
    }

    @Test
    void titleBecomesOneLine() {
        assertThat(cleaner.cleanTitle("  Rencontres\n à  Paris ")).isEqualTo("Rencontres à Paris");
    }
}
