package io.newsgraph.ingest.article;

import java.util.UUID;

/**
 * The outcome of one submission: the article's id, status and revision, and whether this submission
 * created a new revision ({@code changed}) or repeated stored content.
 */
public record Acceptance(UUID id, ArticleStatus status, int revision, boolean changed) {}
