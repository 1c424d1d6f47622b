package io.newsgraph.query.article;

import java.util.UUID;

/** One place in an article's text where an entity is named: UTF-16 offsets, end exclusive. */
public record MentionRow(UUID entityId, int begin, int end, String text) {}
