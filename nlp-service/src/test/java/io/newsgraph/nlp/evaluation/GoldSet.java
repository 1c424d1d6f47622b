package io.newsgraph.nlp.evaluation;

import io.newsgraph.proto.nlp.v1.EntityType;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A hand-annotated set of articles in the gold JSON format described in the nlp-service README:
 * each article's text and every real-world entity in it, with its fullest name, its type and the
 * UTF-16 offsets of each of its mentions.
 *
 * @param name the set's name ("tuning", "held-out")
 */
public record GoldSet(String name, String description, List<GoldArticle> articles) {

    /** One annotated article. */
    public record GoldArticle(
            String id, String language, String title, String text, List<GoldEntity> entities) {}

    /** One real-world entity of an article and all the places the article names it. */
    public record GoldEntity(String name, EntityType type, List<Span> mentions) {}

    /** UTF-16 offsets into the article text, end exclusive. */
    public record Span(int begin, int end) {
        boolean overlaps(Span other) {
            return begin < other.end && other.begin < end;
        }
    }

    /** Reads a gold file from the test classpath ("gold/held-out.json"). */
    public static GoldSet resource(String resource) {
        try (InputStream in = GoldSet.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException(
                        "no gold file " + resource + " on the classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static GoldSet file(Path path) {
        try {
            return parse(Files.readString(path), path.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses and checks a gold file: every mention's {@code text} must be the exact substring at
     * its offsets, types must be contract types (or their CoNLL labels) and mentions must not
     * overlap, so a mistyped offset fails loudly instead of skewing the scores.
     */
    public static GoldSet parse(String json, String origin) {
        JsonObject root = new JsonObject(json);
        List<GoldArticle> articles = new ArrayList<>();
        for (Object a : root.getJsonArray("articles")) {
            JsonObject article = (JsonObject) a;
            String id = article.getString("id");
            String text = article.getString("text");
            List<GoldEntity> entities = new ArrayList<>();
            List<Span> all = new ArrayList<>();
            for (Object e : article.getJsonArray("entities", new JsonArray())) {
                JsonObject entity = (JsonObject) e;
                String name = entity.getString("name");
                List<Span> mentions = new ArrayList<>();
                for (Object m : entity.getJsonArray("mentions")) {
                    JsonObject mention = (JsonObject) m;
                    Span span = new Span(mention.getInteger("begin"), mention.getInteger("end"));
                    String where = origin + " " + id + " " + name + " " + mention.encode();
                    if (span.begin() < 0
                            || span.end() > text.length()
                            || span.end() <= span.begin()) {
                        throw new IllegalArgumentException("offsets outside the text: " + where);
                    }
                    String expected = mention.getString("text");
                    if (expected != null
                            && !expected.equals(text.substring(span.begin(), span.end()))) {
                        throw new IllegalArgumentException(
                                "text is \""
                                        + text.substring(span.begin(), span.end())
                                        + "\": "
                                        + where);
                    }
                    mentions.add(span);
                }
                if (mentions.isEmpty()) {
                    throw new IllegalArgumentException(
                            origin + " " + id + ": " + name + " has no mention");
                }
                mentions.sort(Comparator.comparingInt(Span::begin));
                all.addAll(mentions);
                entities.add(
                        new GoldEntity(name, type(entity.getString("type"), origin), mentions));
            }
            all.sort(Comparator.comparingInt(Span::begin));
            for (int i = 1; i < all.size(); i++) {
                if (all.get(i - 1).overlaps(all.get(i))) {
                    throw new IllegalArgumentException(
                            origin
                                    + " "
                                    + id
                                    + ": overlapping mentions "
                                    + all.get(i - 1)
                                    + " "
                                    + all.get(i));
                }
            }
            articles.add(
                    new GoldArticle(
                            id,
                            article.getString("language"),
                            article.getString("title", ""),
                            text,
                            List.copyOf(entities)));
        }
        return new GoldSet(
                root.getString("set", origin),
                root.getString("description", ""),
                List.copyOf(articles));
    }

    /** Contract types, or the CoNLL labels PER, LOC, ORG, MISC that map to them. */
    static EntityType type(String label, String origin) {
        return switch (label.toUpperCase(Locale.ROOT)) {
            case "PER", "PERSON" -> EntityType.PERSON;
            case "LOC", "LOCATION" -> EntityType.LOCATION;
            case "ORG", "ORGANIZATION" -> EntityType.ORGANIZATION;
            case "MISC" -> EntityType.MISC;
            default ->
                    throw new IllegalArgumentException(origin + ": unknown entity type " + label);
        };
    }
}
