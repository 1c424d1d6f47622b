package io.newsgraph.query.entity;

import java.util.UUID;

/** The identifying columns of an entity, as search and detail queries read them. */
public record NamedEntityRow(UUID id, String name, EntityType type) {}
