package io.newsgraph.query.entity;

/**
 * An entity matching a search with its sort key: how well it matched (0 the whole name or alias, 1
 * its beginning, 2 the beginning of a later word), then how much it is in the news, then its name.
 */
record SearchHit(NamedEntityRow entity, int rank, long articleCount, String normalizedKey) {}
