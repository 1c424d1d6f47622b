package io.newsgraph.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleFilesTest {

    @TempDir Path dir;

    @Test
    void textFileHeadlineIsFirstNonEmptyLineAndRestIsBody() throws Exception {
        Path file = dir.resolve("note.txt");
        Files.writeString(
                file, "\n\n  Macron reçoit Rubio  \n\nPremier paragraphe.\nSecond paragraphe.\n");

        List<ArticleFiles.Item> items = ArticleFiles.read(file);

        assertThat(items).hasSize(1);
        assertThat(items.get(0).label()).isEqualTo("note.txt");
        assertThat(items.get(0).article().get("title").asText()).isEqualTo("Macron reçoit Rubio");
        assertThat(items.get(0).article().get("body").asText())
                .isEqualTo("Premier paragraphe.\nSecond paragraphe.");
        assertThat(items.get(0).article().has("html")).isFalse();
    }

    @Test
    void htmlPageIsSentWholeWithTitleFromTitleElementOrH1() throws Exception {
        Path withTitle = dir.resolve("a.html");
        Files.writeString(
                withTitle,
                "<html><head><title>Airbus &amp;"
                        + " Safran</title></head><body><h1>Other</h1></body></html>");
        Path withH1 = dir.resolve("b.htm");
        Files.writeString(
                withH1,
                "<html><body><nav>Accueil</nav><h1>Grève à la"
                        + " SNCF</h1><p>Texte.</p></body></html>");

        ArticleFiles.Item first = ArticleFiles.read(withTitle).get(0);
        ArticleFiles.Item second = ArticleFiles.read(withH1).get(0);

        assertThat(first.article().get("title").asText()).isEqualTo("Airbus & Safran");
        assertThat(first.article().get("html").asText()).isEqualTo(Files.readString(withTitle));
        assertThat(first.article().has("body")).isFalse();
        assertThat(second.article().get("title").asText()).isEqualTo("Grève à la SNCF");
    }

    @Test
    void jsonLinesGiveOneArticlePerNonBlankLine() throws Exception {
        Path file = dir.resolve("feed.jsonl");
        Files.writeString(
                file,
                "{\"title\":\"Un\",\"body\":\"Texte un.\",\"externalId\":\"1\"}\n\n"
                        + "{\"title\":\"Two\",\"html\":\"<p>Two.</p>\",\"language\":\"en\"}\n");

        List<ArticleFiles.Item> items = ArticleFiles.read(file);

        assertThat(ArticleFiles.isBatch(file)).isTrue();
        assertThat(items)
                .extracting(ArticleFiles.Item::label)
                .containsExactly("feed.jsonl:1", "feed.jsonl:3");
        assertThat(items.get(0).article().get("externalId").asText()).isEqualTo("1");
        assertThat(items.get(1).article().get("language").asText()).isEqualTo("en");
    }

    @Test
    void badInputIsExplainedWithFileAndLine() throws Exception {
        Path broken = dir.resolve("broken.jsonl");
        Files.writeString(broken, "{\"title\":\"ok\",\"body\":\"x\"}\n{not json\n");
        Path pdf = dir.resolve("report.pdf");
        Files.writeString(pdf, "%PDF");

        assertThatThrownBy(() -> ArticleFiles.read(broken))
                .isInstanceOf(StackException.class)
                .hasMessageContaining("broken.jsonl line 2");
        assertThatThrownBy(() -> ArticleFiles.read(pdf))
                .hasMessageContaining("unsupported file type");
        assertThatThrownBy(() -> ArticleFiles.read(dir.resolve("missing.txt")))
                .hasMessageContaining("no such file");
    }

    @Test
    void shippedSamplesAllParse() throws Exception {
        Path samples = Path.of("../samples");
        try (var files = Files.list(samples)) {
            List<Path> all = files.sorted().toList();
            assertThat(all).hasSizeGreaterThanOrEqualTo(3);
            for (Path sample : all) {
                ArticleFiles.Item item = ArticleFiles.read(sample).get(0);
                assertThat(item.article().get("title").asText()).as(sample.toString()).isNotBlank();
            }
        }
    }
}
