package io.newsgraph.query.graph;

/** A record on the topic that is not a usable article event; it is logged and skipped. */
public class MalformedEventException extends Exception {

    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
