package io.newsgraph.ingest.annotation;

/**
 * nlp-service answered with something that cannot be published, such as a mention whose offsets do
 * not point at its text in the article. Retrying gets the same answer.
 */
public class InvalidAnnotationException extends RuntimeException {

    public InvalidAnnotationException(String message) {
        super(message);
    }
}
