package io.newsgraph.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns a newsroom's files into intake requests: plain text (first line is the headline), a saved
 * web page (sent as HTML, the service strips the boilerplate), or JSON lines of articles.
 */
public final class ArticleFiles {

    private ArticleFiles() {}

    /** One article to submit, with the label shown in progress lines. */
    public record Item(String label, ObjectNode article) {}

    public static boolean isBatch(Path file) {
        return extension(file).equals("jsonl");
    }

    public static List<Item> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new StackException(file + ": no such file");
        }
        String content = Files.readString(file, StandardCharsets.UTF_8);
        String name = file.getFileName().toString();
        return switch (extension(file)) {
            case "txt" -> List.of(new Item(name, fromText(content)));
            case "html", "htm" -> List.of(new Item(name, fromHtml(content)));
            case "jsonl" -> fromJsonLines(name, content);
            default ->
                    throw new StackException(
                            file + ": unsupported file type (use .txt, .html or .jsonl)");
        };
    }

    /** First non-empty line is the title, the rest the body. */
    public static ObjectNode fromText(String content) {
        String text = content.replace("\r\n", "\n").strip();
        int newline = text.indexOf('\n');
        String title = newline < 0 ? text : text.substring(0, newline).strip();
        String body = newline < 0 ? "" : text.substring(newline + 1).strip();
        ObjectNode article = NewsgraphClient.json().createObjectNode();
        article.put("title", title);
        article.put("body", body);
        return article;
    }

    /** Title from {@code <title>}, else the first {@code <h1>}; the whole page goes as html. */
    public static ObjectNode fromHtml(String html) {
        Document document = Jsoup.parse(html);
        String title = document.title().strip();
        if (title.isEmpty()) {
            Element h1 = document.selectFirst("h1");
            title = h1 == null ? "" : h1.text().strip();
        }
        ObjectNode article = NewsgraphClient.json().createObjectNode();
        article.put("title", title);
        article.put("html", html);
        return article;
    }

    private static List<Item> fromJsonLines(String name, String content) {
        List<Item> items = new ArrayList<>();
        String[] lines = content.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = NewsgraphClient.json().readTree(lines[i]);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new StackException(
                        name
                                + " line "
                                + (i + 1)
                                + ": not valid JSON ("
                                + e.getOriginalMessage()
                                + ")");
            }
            if (!(node instanceof ObjectNode article)) {
                throw new StackException(
                        name + " line " + (i + 1) + ": expected one article object per line");
            }
            items.add(new Item(name + ":" + (i + 1), article));
        }
        return items;
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
