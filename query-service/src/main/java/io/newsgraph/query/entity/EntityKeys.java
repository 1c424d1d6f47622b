package io.newsgraph.query.entity;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.UUID;

/**
 * The matching key of an entity name: "Emmanuel MACRÓN", "emmanuel macron" and "Emmanuel-Macron"
 * are one key, so an entity is found whatever case, accents or punctuation a writer used.
 */
public final class EntityKeys {

    private EntityKeys() {}

    /**
     * Lower-cases, strips accents, drops apostrophes and dots (so "U.S." meets "US") and turns
     * every other punctuation or symbol into a single space.
     */
    public static String normalize(String name) {
        if (name == null) {
            return "";
        }
        String decomposed =
                Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD);
        StringBuilder key = new StringBuilder(decomposed.length());
        boolean pendingSpace = false;
        for (int i = 0; i < decomposed.length(); ) {
            int codePoint = decomposed.codePointAt(i);
            i += Character.charCount(codePoint);
            int type = Character.getType(codePoint);
            if (type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK
                    || isJoiner(codePoint)) {
                continue;
            }
            if (Character.isLetterOrDigit(codePoint)) {
                if (pendingSpace && key.length() > 0) {
                    key.append(' ');
                }
                pendingSpace = false;
                key.append(fold(codePoint));
            } else {
                pendingSpace = true;
            }
        }
        return key.toString();
    }

    /**
     * The id an entity gets when first created: derived from its type and key, so replaying the
     * topic into an empty database recreates the same ids.
     */
    public static UUID entityId(EntityType type, String key) {
        return UUID.nameUUIDFromBytes((type.name() + ":" + key).getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isJoiner(int codePoint) {
        return codePoint == '\''
                || codePoint == '.'
                || codePoint == '\u2019'
                || codePoint == '\u02bc'
                || codePoint == '`'
                || codePoint == '\u00b4';
    }

    /** Letters that Unicode decomposition leaves alone but readers consider plain Latin. */
    private static String fold(int codePoint) {
        return switch (codePoint) {
            case 'œ' -> "oe";
            case 'æ' -> "ae";
            case 'ß' -> "ss";
            case 'ø' -> "o";
            case 'ł' -> "l";
            case 'đ', 'ð' -> "d";
            case 'þ' -> "th";
            case 'ı' -> "i";
            default -> new String(Character.toChars(codePoint));
        };
    }
}
