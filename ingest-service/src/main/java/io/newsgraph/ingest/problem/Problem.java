package io.newsgraph.ingest.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.newsgraph.ingest.article.FieldViolation;
import java.util.List;

/** RFC 9457 problem details, extended with the list of rejected fields. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        String type, String title, int status, String detail, List<FieldViolation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
