package io.newsgraph.ingest.article;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Checks content, URL, language and date of a submission. */
public class SubmissionValidator
        implements ConstraintValidator<ValidSubmission, ArticleSubmission> {

    /** Largest accepted body or HTML page, in UTF-8 bytes. */
    public static final int MAX_CONTENT_BYTES = 2 * 1024 * 1024;

    private static final int MAX_URL_LENGTH = 2048;

    private static final Set<String> ISO_639_1 = isoLanguages();

    @Override
    public boolean isValid(ArticleSubmission article, ConstraintValidatorContext context) {
        if (article == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        boolean valid = validContent(article, context);
        valid &= validUrl(article.url(), context);
        valid &= validLanguage(article.language(), context);
        valid &= validPublishedAt(article.publishedAt(), context);
        return valid;
    }

    private static boolean validContent(
            ArticleSubmission article, ConstraintValidatorContext context) {
        if (article.body() == null && article.html() == null) {
            return violation(context, "body", "either body or html is required");
        }
        if (article.body() != null && article.html() != null) {
            return violation(context, "html", "give either body or html, not both");
        }
        String field = article.body() != null ? "body" : "html";
        String content = article.body() != null ? article.body() : article.html();
        if (content.isBlank()) {
            return violation(context, field, "must not be empty");
        }
        if (tooLarge(content)) {
            return violation(context, field, "must be at most 2 MB (2097152 bytes in UTF-8)");
        }
        return true;
    }

    private static boolean validUrl(String url, ConstraintValidatorContext context) {
        if (url == null || url.isBlank()) {
            return true;
        }
        if (url.length() > MAX_URL_LENGTH) {
            return violation(context, "url", "must be at most 2048 characters");
        }
        try {
            URI uri = new URI(url.trim());
            String scheme = uri.getScheme();
            boolean web = "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
            if (web && uri.getHost() != null && !uri.getHost().isEmpty()) {
                return true;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        return violation(context, "url", "must be an absolute http or https URL");
    }

    private static boolean validLanguage(String language, ConstraintValidatorContext context) {
        if (language == null || language.isBlank()) {
            return true;
        }
        if (ISO_639_1.contains(language.trim().toLowerCase(Locale.ROOT))) {
            return true;
        }
        return violation(
                context, "language", "must be an ISO 639-1 language code such as fr or en");
    }

    private static boolean validPublishedAt(
            String publishedAt, ConstraintValidatorContext context) {
        if (publishedAt == null || publishedAt.isBlank()) {
            return true;
        }
        try {
            OffsetDateTime.parse(publishedAt.trim(), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            return true;
        } catch (DateTimeParseException e) {
            return violation(
                    context,
                    "publishedAt",
                    "must be an ISO-8601 date-time with offset, such as 2025-03-20T09:30:00Z");
        }
    }

    private static boolean violation(
            ConstraintValidatorContext context, String field, String message) {
        context.buildConstraintViolationWithTemplate(message)
                .addPropertyNode(field)
                .addConstraintViolation();
        return false;
    }

    private static boolean tooLarge(String text) {
        // A UTF-16 char encodes to at most 3 UTF-8 bytes: short texts need no encoding pass.
        return text.length() * 3L > MAX_CONTENT_BYTES
                && text.getBytes(StandardCharsets.UTF_8).length > MAX_CONTENT_BYTES;
    }

    private static Set<String> isoLanguages() {
        Set<String> codes = new HashSet<>(Set.of(Locale.getISOLanguages()));
        // The JDK lists either the current or the withdrawn codes for Hebrew, Indonesian, Yiddish.
        codes.addAll(Set.of("he", "id", "yi", "iw", "in", "ji"));
        return Set.copyOf(codes);
    }
}
