package io.newsgraph.query.entity;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The matching key of an entity name: "Emmanuel MACRÓN", "emmanuel macron" and "Emmanuel-Macron"
 * are one key, so an entity is found whatever case, accents or punctuation a writer used.
 */
public final class EntityKeys {

    /** Titles that precede a person's name in French and English news and are not part of it. */
    private static final Set<String> HONORIFICS =
            Set.of(
                    "m", "mm", "mme", "mmes", "mlle", "mr", "mrs", "ms", "miss", "dr", "pr", "prof",
                    "sir", "dame", "me");

    private static final Pattern POSSESSIVE = Pattern.compile("['\u2019\u02bc]s$");

    private EntityKeys() {}

    /**
     * The resolution key of a name of this type: {@link #normalize} without an English possessive
     * ("NATO's") and, for people, without leading titles ("M. Witkoff", "Dr Jane Doe").
     */
    public static String key(EntityType type, String name) {
        if (name == null) {
            return "";
        }
        String key = normalize(POSSESSIVE.matcher(name.strip()).replaceFirst(""));
        return type == EntityType.PERSON ? withoutHonorifics(key) : key;
    }

    /** The key a search text is matched with: like a person's, titles dropped. */
    public static String searchKey(String text) {
        return withoutHonorifics(normalize(text));
    }

    /** The shorter keys a full name can be written as: "steve witkoff" → ["witkoff"]. */
    public static List<String> tokenSuffixes(String key) {
        List<String> suffixes = new ArrayList<>();
        for (int at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) {
            suffixes.add(key.substring(at + 1));
        }
        return suffixes;
    }

    public static int tokenCount(String key) {
        return key.isEmpty() ? 0 : (int) key.chars().filter(c -> c == ' ').count() + 1;
    }

    private static String withoutHonorifics(String key) {
        String rest = key;
        int space = rest.indexOf(' ');
        while (space > 0 && HONORIFICS.contains(rest.substring(0, space))) {
            rest = rest.substring(space + 1);
            space = rest.indexOf(' ');
        }
        return rest;
    }

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
