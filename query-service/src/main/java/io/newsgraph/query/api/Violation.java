package io.newsgraph.query.api;

/** One bad request field and what is wrong with it. */
public record Violation(String field, String message) {}
