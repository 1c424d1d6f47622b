package io.newsgraph.query.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Opaque keyset cursors: the sort key of the last row of a page, tagged with the listing it belongs
 * to, so a cursor from one listing is rejected by another and the encoding can evolve.
 */
public final class Cursor {

    private static final char SEPARATOR = '\u001f';

    private Cursor() {}

    public static String encode(String kind, Object... values) {
        StringBuilder raw = new StringBuilder(kind);
        for (Object value : values) {
            raw.append(SEPARATOR).append(value);
        }
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(raw.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The values of a cursor of the given listing, or empty if it is not one. */
    public static Optional<List<String>> decode(String cursor, String kind, int valueCount) {
        String raw;
        try {
            raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= raw.length(); i++) {
            if (i == raw.length() || raw.charAt(i) == SEPARATOR) {
                parts.add(raw.substring(start, i));
                start = i + 1;
            }
        }
        if (parts.size() != valueCount + 1 || !parts.get(0).equals(kind)) {
            return Optional.empty();
        }
        return Optional.of(List.copyOf(parts.subList(1, parts.size())));
    }
}
