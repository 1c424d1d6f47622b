package io.newsgraph.ingest.article;

import java.util.UUID;

/**
 * CDI event fired once a new revision is committed, so annotation starts without waiting for a
 * poll.
 */
public record ArticleReceived(UUID id, int revision) {}
