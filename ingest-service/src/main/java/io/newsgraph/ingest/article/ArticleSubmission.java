package io.newsgraph.ingest.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * One article as a newsroom sends it, over REST or gRPC. Fields stay strings so that a bad URL,
 * date or language comes back as a violation naming that field rather than as a parse error.
 */
@ValidSubmission
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleSubmission(
        @Size(max = 512, message = "must be at most 512 characters") String externalId,
        @Size(max = 256, message = "must be at most 256 characters") String source,
        String url,
        @NotBlank(message = "is required")
                @Size(max = 2000, message = "must be at most 2000 characters")
                String title,
        String body,
        String html,
        String language,
        String publishedAt) {}
