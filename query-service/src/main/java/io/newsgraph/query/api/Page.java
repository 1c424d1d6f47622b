package io.newsgraph.query.api;

import java.util.List;
import java.util.function.Function;

/** One page of results and the opaque cursor of the next page, null on the last one. */
public record Page<T>(List<T> items, String next) {

    /**
     * Builds a page from a query that fetched one row more than the limit, which tells whether a
     * next page exists without counting.
     */
    public static <T> Page<T> of(List<T> rowsPlusOne, int limit, Function<T, String> cursorOf) {
        if (rowsPlusOne.size() <= limit) {
            return new Page<>(List.copyOf(rowsPlusOne), null);
        }
        List<T> items = List.copyOf(rowsPlusOne.subList(0, limit));
        return new Page<>(items, cursorOf.apply(items.get(limit - 1)));
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), next);
    }
}
