package io.newsgraph.query.api;

import io.newsgraph.query.entity.EntityType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads query and path parameters, collecting every problem before failing so a client learns about
 * all its bad fields in one answer.
 */
public final class QueryParameters {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    private final List<Violation> violations = new ArrayList<>();

    public UUID uuid(String field, String value) {
        if (value == null || value.isBlank()) {
            violations.add(new Violation(field, "must be a UUID"));
            return null;
        }
        return optionalUuid(field, value).orElse(null);
    }

    public Optional<UUID> optionalUuid(String field, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            UUID uuid = UUID.fromString(value.trim());
            if (uuid.toString().equalsIgnoreCase(value.trim())) {
                return Optional.of(uuid);
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        violations.add(new Violation(field, "must be a UUID"));
        return Optional.empty();
    }

    public int limit(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value.trim());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        violations.add(new Violation("limit", "must be an integer between 1 and " + MAX_LIMIT));
        return DEFAULT_LIMIT;
    }

    public Optional<EntityType> type(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Optional<EntityType> type = EntityType.parse(value);
        if (type.isEmpty()) {
            violations.add(
                    new Violation("type", "must be one of PERSON, LOCATION, ORGANIZATION, MISC"));
        }
        return type;
    }

    /** An instant ("2025-03-01T08:00:00Z") or a date ("2025-03-01", meaning its UTC midnight). */
    public Optional<Instant> instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String trimmed = value.trim();
        try {
            return Optional.of(Instant.parse(trimmed));
        } catch (DateTimeParseException notAnInstant) {
            try {
                return Optional.of(
                        LocalDate.parse(trimmed).atStartOfDay(ZoneOffset.UTC).toInstant());
            } catch (DateTimeParseException notADate) {
                violations.add(
                        new Violation(
                                field, "must be an ISO-8601 instant or date, e.g. 2025-03-01"));
                return Optional.empty();
            }
        }
    }

    /** The values of a cursor of the given listing; a cursor from elsewhere is a violation. */
    public Optional<List<String>> cursor(String value, String kind, int valueCount) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Optional<List<String>> values = Cursor.decode(value.trim(), kind, valueCount);
        if (values.isEmpty()) {
            violations.add(new Violation("cursor", "is not a cursor returned by this listing"));
        }
        return values;
    }

    public void reject(String field, String message) {
        violations.add(new Violation(field, message));
    }

    /** Fails with a 400 problem listing every violation found so far. */
    public void validate() {
        if (!violations.isEmpty()) {
            throw ProblemException.badRequest(violations);
        }
    }
}
