package io.newsgraph.query.entity;

import java.util.Locale;
import java.util.Optional;

/** The kinds of named entity newsgraph tracks; the same four as the NLP contract. */
public enum EntityType {
    PERSON,
    LOCATION,
    ORGANIZATION,
    MISC;

    /** Reads a type as clients spell it in query parameters ("person" or "PERSON"). */
    public static Optional<EntityType> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(value.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The type of an entity in the NLP contract; empty for unspecified or unknown values. */
    public static Optional<EntityType> fromProto(io.newsgraph.proto.nlp.v1.EntityType type) {
        return switch (type) {
            case PERSON -> Optional.of(PERSON);
            case LOCATION -> Optional.of(LOCATION);
            case ORGANIZATION -> Optional.of(ORGANIZATION);
            case MISC -> Optional.of(MISC);
            default -> Optional.empty();
        };
    }

    public io.newsgraph.proto.nlp.v1.EntityType toProto() {
        return switch (this) {
            case PERSON -> io.newsgraph.proto.nlp.v1.EntityType.PERSON;
            case LOCATION -> io.newsgraph.proto.nlp.v1.EntityType.LOCATION;
            case ORGANIZATION -> io.newsgraph.proto.nlp.v1.EntityType.ORGANIZATION;
            case MISC -> io.newsgraph.proto.nlp.v1.EntityType.MISC;
        };
    }
}
