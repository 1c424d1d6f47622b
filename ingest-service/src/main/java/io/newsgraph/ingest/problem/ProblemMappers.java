package io.newsgraph.ingest.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.newsgraph.ingest.admin.AdminResource;
import io.newsgraph.ingest.article.ArticleNotFoundException;
import io.newsgraph.ingest.article.FieldViolation;
import io.newsgraph.ingest.article.IntakeRateLimitedException;
import io.newsgraph.ingest.article.InvalidArticleException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every client error of the REST API as application/problem+json. */
public class ProblemMappers {

    private static final String INVALID_ARTICLE = "urn:newsgraph:problem:invalid-article";
    private static final String MALFORMED_JSON = "urn:newsgraph:problem:malformed-json";
    private static final String NOT_FOUND = "urn:newsgraph:problem:article-not-found";
    private static final String NOT_FAILED = "urn:newsgraph:problem:article-not-failed";
    private static final String RATE_LIMITED = "urn:newsgraph:problem:rate-limited";

    @ServerExceptionMapper
    public Response invalidArticle(InvalidArticleException failure) {
        return problem(
                new Problem(
                        INVALID_ARTICLE,
                        "Invalid article",
                        400,
                        failure.violations().stream()
                                .map(violation -> violation.field() + " " + violation.message())
                                .collect(Collectors.joining("; ")),
                        failure.violations()));
    }

    @ServerExceptionMapper
    public Response notFound(ArticleNotFoundException failure) {
        return problem(
                new Problem(NOT_FOUND, "Article not found", 404, failure.getMessage(), null));
    }

    @ServerExceptionMapper
    public Response notFailed(AdminResource.NotFailedException failure) {
        return problem(
                new Problem(NOT_FAILED, "Article not failed", 409, failure.getMessage(), null));
    }

    /** 429 with Retry-After: the client sent more articles than its allowance. */
    @ServerExceptionMapper
    public Response rateLimited(IntakeRateLimitedException failure) {
        Problem problem =
                new Problem(RATE_LIMITED, "Too many articles", 429, failure.getMessage(), null);
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .header("Retry-After", failure.retryAfterSeconds())
                .entity(problem)
                .build();
    }

    /** The JSON reader reports unparseable bodies as a bare 400; other statuses pass through. */
    @ServerExceptionMapper
    public Response webApplication(WebApplicationException failure) {
        if (failure.getCause() instanceof JsonProcessingException json) {
            return malformed(json);
        }
        return failure.getResponse();
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException failure) {
        return malformed(failure);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException failure) {
        return malformed(failure);
    }

    private static Response malformed(JsonProcessingException failure) {
        String field = "request";
        if (failure instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            field =
                    mapping.getPath().stream()
                            .map(
                                    reference ->
                                            reference.getFieldName() != null
                                                    ? reference.getFieldName()
                                                    : "[" + reference.getIndex() + "]")
                            .collect(Collectors.joining("."))
                            .replace(".[", "[");
        }
        String message = failure.getOriginalMessage();
        return problem(
                new Problem(
                        MALFORMED_JSON,
                        "Malformed JSON",
                        400,
                        message,
                        List.of(
                                new FieldViolation(
                                        field, "is not valid JSON of the expected type"))));
    }

    private static Response problem(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
