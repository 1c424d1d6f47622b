package io.newsgraph.ingest.article;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The cross-field and format rules of an {@link ArticleSubmission}; each violation names its field.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SubmissionValidator.class)
public @interface ValidSubmission {
    String message() default "invalid article";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
