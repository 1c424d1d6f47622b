package io.newsgraph.ingest.article;

import io.newsgraph.ingest.text.ArticleTextCleaner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Validates a submission, cleans its text and derives the keys that make resubmissions idempotent:
 * the identity key (same story) and the content hash (same revision).
 */
@ApplicationScoped
public class ArticlePreparer {

    /** Query parameters that only track a click and never change the story. */
    private static final Set<String> TRACKING_PARAMETERS =
            Set.of("fbclid", "gclid", "mc_cid", "mc_eid");

    private final Validator validator;
    private final ArticleTextCleaner cleaner;

    public ArticlePreparer(Validator validator, ArticleTextCleaner cleaner) {
        this.validator = validator;
        this.cleaner = cleaner;
    }

    /** Violations of a submission, field by field, in a stable order. */
    public List<FieldViolation> violations(ArticleSubmission submission) {
        if (submission == null) {
            return List.of(new FieldViolation("article", "a JSON article object is required"));
        }
        return validator.validate(submission).stream()
                .map(violation -> new FieldViolation(fieldName(violation), violation.getMessage()))
                .distinct()
                .sorted(Comparator.comparing(FieldViolation::field))
                .toList();
    }

    /** Cleans a valid submission; throws {@link InvalidArticleException} for an invalid one. */
    public PreparedArticle prepare(ArticleSubmission submission) {
        List<FieldViolation> violations = violations(submission);
        if (!violations.isEmpty()) {
            throw new InvalidArticleException(violations);
        }
        boolean html = submission.html() != null;
        String text =
                html
                        ? cleaner.cleanHtml(submission.html())
                        : cleaner.cleanPlainText(submission.body());
        if (text.isEmpty()) {
            throw new InvalidArticleException(
                    List.of(
                            new FieldViolation(
                                    html ? "html" : "body",
                                    "contains no article text once navigation and boilerplate are"
                                            + " removed")));
        }
        String title = cleaner.cleanTitle(submission.title());
        String source = blankToNull(submission.source());
        String externalId = blankToNull(submission.externalId());
        String url = blankToNull(submission.url());
        String language = blankToNull(submission.language());
        String languageHint = language == null ? null : language.toLowerCase(Locale.ROOT);
        Instant publishedAt =
                blankToNull(submission.publishedAt()) == null
                        ? null
                        : OffsetDateTime.parse(submission.publishedAt().trim()).toInstant();

        String identityKey;
        if (externalId != null) {
            identityKey = "ext:" + sha256(nullToEmpty(source).toLowerCase(Locale.ROOT), externalId);
        } else if (url != null) {
            identityKey = "url:" + sha256(canonicalUrl(url));
        } else {
            identityKey = "content:" + sha256(title, text);
        }
        String contentHash =
                sha256(
                        title,
                        text,
                        nullToEmpty(url),
                        nullToEmpty(source),
                        nullToEmpty(externalId),
                        nullToEmpty(languageHint),
                        publishedAt == null ? "" : publishedAt.toString());
        return new PreparedArticle(
                identityKey,
                contentHash,
                source,
                externalId,
                url,
                title,
                text,
                languageHint,
                publishedAt);
    }

    /**
     * The form of a URL that identifies a story: lower-case scheme and host, no default port, no
     * fragment and no click-tracking parameters.
     */
    static String canonicalUrl(String url) {
        URI uri = URI.create(url.trim());
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort =
                port == -1
                        || ("http".equals(scheme) && port == 80)
                        || ("https".equals(scheme) && port == 443);
        String path =
                uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = uri.getRawQuery();
        StringBuilder canonical = new StringBuilder(scheme).append("://").append(host);
        if (!defaultPort) {
            canonical.append(':').append(port);
        }
        canonical.append(path);
        if (query != null) {
            String kept =
                    List.of(query.split("&")).stream()
                            .filter(parameter -> !parameter.isEmpty())
                            .filter(parameter -> !isTracking(parameter))
                            .collect(Collectors.joining("&"));
            if (!kept.isEmpty()) {
                canonical.append('?').append(kept);
            }
        }
        return canonical.toString();
    }

    private static boolean isTracking(String parameter) {
        String name = parameter.split("=", 2)[0].toLowerCase(Locale.ROOT);
        return name.startsWith("utm_") || TRACKING_PARAMETERS.contains(name);
    }

    /** Property path without the method and parameter nodes that method validation adds. */
    private static String fieldName(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getName() != null) {
                names.add(node.getName());
            }
        }
        return names.isEmpty() ? "article" : String.join(".", names);
    }

    private static String sha256(String... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
