package io.newsgraph.ingest.text;

import jakarta.enterprise.context.ApplicationScoped;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns what a newsroom sends (plain text or an HTML page) into the article text newsgraph stores.
 * The result is the reference for every mention offset downstream, so cleaning happens exactly
 * once, here, before the article is stored.
 */
@ApplicationScoped
public class ArticleTextCleaner {

    /** Page furniture that is never article text. */
    private static final String NON_ARTICLE_ELEMENTS =
            String.join(
                    ", ",
                    "script",
                    "style",
                    "noscript",
                    "template",
                    "nav",
                    "header",
                    "footer",
                    "aside",
                    "form",
                    "button",
                    "iframe",
                    "svg",
                    "[role=navigation]",
                    "[role=banner]",
                    "[role=contentinfo]",
                    "[role=complementary]",
                    "[aria-hidden=true]",
                    "[hidden]");

    /** Accessibility skip-links copied along with the text ("Début du contenu principal."). */
    private static final Pattern SKIP_LINK =
            Pattern.compile(
                    "(?:d[ée]but du contenu(?: principal)?|(?:aller|passer) (?:au|à la|a la)"
                        + " (?:contenu|navigation|menu|recherche)(?: principal(?:e)?)?|skip to"
                        + " (?:the )?(?:main )?(?:content|navigation|search)|skip navigation|jump"
                        + " to (?:main )?content|retour en haut(?: de (?:la )?page)?|back to top)"
                        + "\\s*[.!]?",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * Links to other stories ("À VOIR AUSSI | …", "Lire aussi : …", "Read more"): the keyword
     * alone, or followed by a separator and the linked headline.
     */
    private static final Pattern RELATED_LINK =
            Pattern.compile(
                    "[►▶▸»>•·*→\\-–—\\s]*(?:[àa] voir aussi|voir aussi|[àa] lire aussi|lire"
                        + " aussi|[àa] lire [ée]galement|lire [ée]galement|lire la suite|[àa]"
                        + " [ée]couter aussi|sur le m[êe]me sujet|read also|also read|read more|see"
                        + " also|related(?: articles?| stories)?|more on this story)"
                        + "\\s*(?:[|:>»–—\\-].*)?",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Characters that carry no text: zero-width spaces, BOM, soft hyphens, word joiners. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\uFEFF\\u00AD\\u2060]");

    /** Control characters other than the line feed. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");

    private static final Pattern LINE_BREAKS =
            Pattern.compile("\\r\\n?|[\\u2028\\u2029\\u000B\\f]");

    private static final Pattern HORIZONTAL_SPACE = Pattern.compile("[\\h\\t]+");

    /** Cleans a plain-text body; paragraphs separated by blank lines keep one blank line. */
    public String cleanPlainText(String body) {
        return cleanLines(body, true);
    }

    /** Extracts the article body of an HTML page, one paragraph per line. */
    public String cleanHtml(String html) {
        Document document = Jsoup.parse(html);
        document.select(NON_ARTICLE_ELEMENTS).remove();
        return cleanLines(blockText(articleRoot(document)), false);
    }

    /** Normalises a headline: NFC, single spaces, no line breaks. */
    public String cleanTitle(String title) {
        String text = normalizeCharacters(title).replace('\n', ' ');
        return HORIZONTAL_SPACE.matcher(text).replaceAll(" ").trim();
    }

    /** The element that holds the story: the longest {@code <article>}, else {@code <main>}. */
    private static Element articleRoot(Document document) {
        List<Element> articles = document.select("article");
        if (!articles.isEmpty()) {
            return articles.stream()
                    .max(Comparator.comparingInt(article -> article.text().length()))
                    .orElseThrow();
        }
        Element main = document.selectFirst("main, [role=main]");
        if (main != null) {
            return main;
        }
        return document.body() != null ? document.body() : document;
    }

    /** Text of an element with a line break around every block element and at every br. */
    private static String blockText(Element root) {
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(
                new NodeVisitor() {
                    @Override
                    public void head(Node node, int depth) {
                        if (node instanceof TextNode textNode) {
                            text.append(textNode.getWholeText().replace('\n', ' '));
                        } else if (node instanceof Element element) {
                            if (element.nameIs("br") || element.isBlock()) {
                                text.append('\n');
                            }
                        }
                    }

                    @Override
                    public void tail(Node node, int depth) {
                        if (node instanceof Element element && element.isBlock()) {
                            text.append('\n');
                        }
                    }
                },
                root);
        return text.toString();
    }

    private static String normalizeCharacters(String text) {
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFC);
        normalized = LINE_BREAKS.matcher(normalized).replaceAll("\n");
        normalized = INVISIBLE.matcher(normalized).replaceAll("");
        return CONTROL.matcher(normalized).replaceAll("");
    }

    private static String cleanLines(String raw, boolean keepBlankLines) {
        String[] lines = normalizeCharacters(raw).split("\n", -1);
        List<String> kept = new ArrayList<>(lines.length);
        boolean pendingBlank = false;
        for (String line : lines) {
            String cleaned = HORIZONTAL_SPACE.matcher(line).replaceAll(" ").trim();
            if (cleaned.isEmpty()) {
                pendingBlank = !kept.isEmpty();
                continue;
            }
            if (isBoilerplate(cleaned)) {
                continue;
            }
            if (pendingBlank && keepBlankLines) {
                kept.add("");
            }
            pendingBlank = false;
            kept.add(cleaned);
        }
        return String.join("\n", kept);
    }

    static boolean isBoilerplate(String line) {
        return SKIP_LINK.matcher(line).matches() || RELATED_LINK.matcher(line).matches();
    }
}
