package io.newsgraph.query.entity;

/**
 * An entity matching a search with its sort key: how well it matched (0 exact, 1 prefix of a word,
 * 2 anywhere) then its normalized name.
 */
record SearchHit(NamedEntityRow entity, int rank, String normalizedKey) {}
