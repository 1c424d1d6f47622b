package io.newsgraph.query.entity;

import io.newsgraph.query.api.Cursor;
import io.newsgraph.query.api.QueryParameters;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A validated trending request: entities named in [until - window, until) ordered by how many more
 * articles name them than in the window before. The cursor keeps {@code until}, so paging while
 * articles arrive stays on one snapshot of time.
 */
public record TrendingQuery(
        Duration window,
        Instant until,
        Optional<EntityType> type,
        int limit,
        Optional<After> after) {

    private static final String CURSOR_KIND = "trending.v1";
    private static final Pattern WINDOW = Pattern.compile("(\\d{1,4})([mhd])");
    private static final Duration MAX_WINDOW = Duration.ofDays(90);

    /** The sort key of the last entity of the previous page. */
    public record After(long change, long articleCount, UUID id) {}

    public static TrendingQuery of(
            String window, String until, String type, String limit, String cursor) {
        QueryParameters params = new QueryParameters();
        Duration duration = Duration.ofHours(24);
        if (window != null && !window.isBlank()) {
            Matcher matcher = WINDOW.matcher(window.trim());
            Duration parsed = null;
            if (matcher.matches()) {
                long amount = Long.parseLong(matcher.group(1));
                parsed =
                        switch (matcher.group(2)) {
                            case "m" -> Duration.ofMinutes(amount);
                            case "h" -> Duration.ofHours(amount);
                            default -> Duration.ofDays(amount);
                        };
            }
            if (parsed == null || parsed.isZero() || parsed.compareTo(MAX_WINDOW) > 0) {
                params.reject("window", "must be minutes, hours or days up to 90d, e.g. 24h, 7d");
            } else {
                duration = parsed;
            }
        }
        Optional<Instant> end = params.instant("until", until);
        Optional<EntityType> entityType = params.type(type);
        int pageSize = params.limit(limit);
        Optional<List<String>> cursorValues = params.cursor(cursor, CURSOR_KIND, 4);
        Optional<After> after = Optional.empty();
        Instant snapshot = end.orElse(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        if (cursorValues.isPresent()) {
            try {
                List<String> values = cursorValues.get();
                snapshot = Instant.parse(values.get(0));
                after =
                        Optional.of(
                                new After(
                                        Long.parseLong(values.get(1)),
                                        Long.parseLong(values.get(2)),
                                        UUID.fromString(values.get(3))));
            } catch (RuntimeException e) {
                params.reject("cursor", "is not a cursor returned by this listing");
            }
        }
        params.validate();
        return new TrendingQuery(duration, snapshot, entityType, pageSize, after);
    }

    public Instant from() {
        return until.minus(window);
    }

    public Instant previousFrom() {
        return until.minus(window.multipliedBy(2));
    }

    String cursorOf(Trending last) {
        return Cursor.encode(CURSOR_KIND, until, last.change(), last.articleCount(), last.id());
    }
}
