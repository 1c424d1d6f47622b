package io.newsgraph.ingest.article;

/** One rejected field of a submission, as REST problem details and gRPC BadRequest report it. */
public record FieldViolation(String field, String message) {}
