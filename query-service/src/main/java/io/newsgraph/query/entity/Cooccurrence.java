package io.newsgraph.query.entity;

import java.util.UUID;

/** An entity named in the same articles as another, and in how many of them. */
public record Cooccurrence(UUID id, String name, EntityType type, long articleCount) {}
