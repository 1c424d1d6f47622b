package io.newsgraph.ingest.article;

import static io.newsgraph.ingest.Submissions.article;
import static io.newsgraph.ingest.Submissions.asNewsroom;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rejected submission answers problem+json naming the bad field. */
@QuarkusTest
class ArticleValidationTest {

    private static final String OVER_TWO_MB = "a".repeat(2 * 1024 * 1024 + 1);

    static Stream<Arguments> invalidArticles() {
        return Stream.of(
                invalid("missing title", "title", article -> article.remove("title")),
                invalid("blank title", "title", article -> article.put("title", "   ")),
                invalid("neither body nor html", "body", article -> article.remove("body")),
                invalid(
                        "both body and html",
                        "html",
                        article -> article.put("html", "<p>Texte</p>")),
                invalid("empty body", "body", article -> article.put("body", "")),
                invalid("body over 2 MB", "body", article -> article.put("body", OVER_TWO_MB)),
                invalid(
                        "html over 2 MB",
                        "html",
                        article -> {
                            article.remove("body");
                            article.put("html", "<p>" + OVER_TWO_MB + "</p>");
                        }),
                invalid(
                        "html without article text",
                        "html",
                        article -> {
                            article.remove("body");
                            article.put(
                                    "html", "<nav><a href='/'>Accueil</a></nav><p>Lire aussi</p>");
                        }),
                invalid(
                        "unknown language code",
                        "language",
                        article -> article.put("language", "xx")),
                invalid("language name", "language", article -> article.put("language", "french")),
                invalid("relative URL", "url", article -> article.put("url", "/2025/03/paris")),
                invalid("non-web URL", "url", article -> article.put("url", "ftp://example.org/a")),
                invalid(
                        "malformed URL",
                        "url",
                        article -> article.put("url", "http://exa mple.org/")),
                invalid(
                        "date in words",
                        "publishedAt",
                        article -> article.put("publishedAt", "yesterday")),
                invalid(
                        "impossible date",
                        "publishedAt",
                        article -> article.put("publishedAt", "2025-13-45T10:00:00Z")),
                invalid(
                        "date without offset",
                        "publishedAt",
                        article -> article.put("publishedAt", "2025-03-20T10:00:00")));
    }

    private static Arguments invalid(
            String description, String field, Consumer<Map<String, Object>> change) {
        return Arguments.of(description, field, change);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("invalidArticles")
    void invalidArticleIsRejectedNamingTheField(
            String description, String field, Consumer<Map<String, Object>> change) {
        Map<String, Object> submitted = article("Titre", "Emmanuel Macron à Paris.");
        change.accept(submitted);

        asNewsroom()
                .body(submitted)
                .post("/api/v1/articles")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("title", equalTo("Invalid article"))
                .body("violations.field", hasItem(field));

        // Inside a batch the same article is rejected on its own, naming the same field.
        asNewsroom()
                .body(List.of(submitted, article("Titre", "Texte valide.")))
                .post("/api/v1/articles/batch")
                .then()
                .statusCode(207)
                .body("results.code", equalTo(List.of(400, 202)))
                .body("results[0].violations.field", hasItem(field));
    }

    @Test
    void wrongJsonTypeNamesTheField() {
        Map<String, Object> submitted = article("Titre", "Texte.");
        submitted.put("title", Map.of("fr", "Titre"));
        asNewsroom()
                .body(submitted)
                .post("/api/v1/articles")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Malformed JSON"))
                .body("violations.field", equalTo(List.of("title")));
    }

    @Test
    void allViolationsOfOneArticleAreReportedTogether() {
        Map<String, Object> submitted = article(" ", null);
        submitted.remove("body");
        submitted.put("language", "zz");
        submitted.put("url", "not a url");
        submitted.put("publishedAt", "20/03/2025");

        asNewsroom()
                .body(submitted)
                .post("/api/v1/articles")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body(
                        "violations.field",
                        equalTo(List.of("body", "language", "publishedAt", "title", "url")))
                .body("detail", containsString("language"));
    }

    @Test
    void batchOfMoreThan500ArticlesIsRejected() {
        List<Map<String, Object>> batch =
                Collections.nCopies(501, article("Titre", "Texte de la dépêche."));
        asNewsroom()
                .body(batch)
                .post("/api/v1/articles/batch")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", equalTo(List.of("articles")))
                .body("violations[0].message", containsString("500"));
    }

    @Test
    void batchItemsAreValidatedOneByOne() {
        Map<String, Object> bad = article("Titre", "Texte.");
        bad.put("language", "xx");
        asNewsroom()
                .body(List.of(bad))
                .post("/api/v1/articles/batch")
                .then()
                .statusCode(207)
                .body("results[0].code", equalTo(400))
                .body("results[0].violations.field", equalTo(List.of("language")));
    }

    @Test
    void malformedJsonIsAProblemToo() {
        asNewsroom()
                .body("{\"title\": \"Titre\", \"body\": ")
                .post("/api/v1/articles")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("request"));
    }

    @Test
    void missingJsonBodyIsAProblem() {
        asNewsroom()
                .post("/api/v1/articles")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("article"));
    }
}
