package io.newsgraph.nlp.normalise;

import io.newsgraph.proto.nlp.v1.EntityType;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The shipped knowledge of well-known names: organisations, countries and regions, buildings that
 * stand for an office ({@code knowledge/organisations.txt}), capitals, divisions and venues ({@code
 * places.txt}), products and events ({@code products-and-events.txt}), one entity a line, its type
 * and its names. It is evidence beside the engine, whose French model types many companies as
 * places, people or MISC and misses others outright: a known name gets its type in the vote, is
 * found where the engine missed it, and the names of one line are one entity. Its format and how
 * editors extend it are in the file and the nlp-service README.
 */
final class KnownNames {

    static final String RESOURCE = "knowledge/organisations.txt";

    /** Products, works, awards, indices and events (MISC) that news names without introducing. */
    static final String MISC_RESOURCE = "knowledge/products-and-events.txt";

    /** Capitals, the first-level divisions of countries, venues and landmarks. */
    static final String PLACES_RESOURCE = "knowledge/places.txt";

    /** The lists nlp-service ships, read as one: a name may be claimed by one line of them. */
    static final KnownNames SHIPPED = load(RESOURCE, MISC_RESOURCE, PLACES_RESOURCE);

    /**
     * One real-world entity of the list.
     *
     * @param id its line's number among the lines of every list read, the same for all its names
     * @param type its type
     * @param country whether it is listed among the countries and territories, whose national teams
     *     news names by the country alone
     * @param town whether it is listed among the cities and towns, whose clubs match reports name
     *     by the town alone
     */
    record Known(int id, EntityType type, boolean country, boolean town) {}

    /** The heading of the list's section of cities and towns. */
    static final String TOWNS_HEADING = "## Cities and towns";

    /**
     * Whether the article normalised on this thread reports matches: there "Nantes a battu Lens"
     * names two clubs, and the list of towns is no evidence of a place (nor searched for).
     */
    private static final ThreadLocal<Boolean> TOWNS_NAME_CLUBS =
            ThreadLocal.withInitial(() -> Boolean.FALSE);

    /** Runs {@code work} with the list's towns set aside when {@code matchReport}. */
    static <T> T inArticle(boolean matchReport, Supplier<T> work) {
        if (!matchReport) {
            return work.get();
        }
        TOWNS_NAME_CLUBS.set(Boolean.TRUE);
        try {
            return work.get();
        } finally {
            TOWNS_NAME_CLUBS.remove();
        }
    }

    private static boolean setAside(Known known) {
        return known != null && known.town() && TOWNS_NAME_CLUBS.get();
    }

    /** The heading of the list's section of countries and territories. */
    static final String COUNTRIES_HEADING = "## Countries and territories";

    /**
     * A place in a text where a known name is written.
     *
     * @param begin UTF-16 offset of its first character
     * @param end offset after its last character
     */
    record Found(int begin, int end, Known known) {}

    /** Every name, ambiguous or not, by its comparison key ({@link EntityResolver#key}). */
    private final Map<String, Known> byKey;

    /** Which names, if any, are ambiguous (only evidence, never searched for). */
    private final Map<String, Boolean> ambiguousByKey;

    /** The unambiguous names as written, by their first word, longest first. */
    private final Map<String, List<String>> searchableByFirstWord;

    /**
     * The low bits of the first words' hashes: most words of an article open no listed name and are
     * passed over without building a string for them.
     */
    private final BitSet firstWordHashes;

    private static final int FIRST_WORD_HASH_BITS = 1 << 16;

    /** Keys listed only as acronyms in capitals ("GAO"): "Gao" the town is not one of them. */
    private final Set<String> acronymKeys;

    private KnownNames(
            Map<String, Known> byKey,
            Map<String, Boolean> ambiguousByKey,
            Map<String, List<String>> searchableByFirstWord,
            Set<String> acronymKeys) {
        this.byKey = byKey;
        this.ambiguousByKey = ambiguousByKey;
        this.searchableByFirstWord = searchableByFirstWord;
        this.firstWordHashes = new BitSet(FIRST_WORD_HASH_BITS);
        for (String word : searchableByFirstWord.keySet()) {
            firstWordHashes.set(word.hashCode() & (FIRST_WORD_HASH_BITS - 1));
        }
        this.acronymKeys = acronymKeys;
    }

    static KnownNames load(String... resources) {
        List<String> lines = new ArrayList<>();
        List<String> origins = new ArrayList<>();
        for (String resource : resources) {
            List<String> file = KnowledgeFiles.lines(resource);
            for (int n = 0; n < file.size(); n++) {
                lines.add(file.get(n));
                origins.add(resource + ":" + (n + 1));
            }
        }
        return parse(lines, origins);
    }

    /** Parses one list; refuses a line without type or name and a name two lines claim. */
    static KnownNames parse(List<String> lines, String origin) {
        List<String> origins = new ArrayList<>(lines.size());
        for (int n = 0; n < lines.size(); n++) {
            origins.add(origin + ":" + (n + 1));
        }
        return parse(lines, origins);
    }

    /**
     * Parses lines read from one or more files, {@code origins} saying where each line is written
     * ("knowledge/organisations.txt:12"), for the messages that refuse a line.
     */
    private static KnownNames parse(List<String> lines, List<String> origins) {
        Map<String, Known> byKey = new HashMap<>();
        Map<String, Boolean> ambiguous = new HashMap<>();
        Map<String, List<String>> searchable = new HashMap<>();
        Map<String, Boolean> onlyCapitals = new HashMap<>();
        boolean countries = false;
        boolean towns = false;
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.startsWith("## ")) {
                countries = line.startsWith(COUNTRIES_HEADING);
                towns = line.startsWith(TOWNS_HEADING);
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = origins.get(n);
            String[] fields = line.split("\\|");
            if (fields.length < 2) {
                throw new IllegalArgumentException(where + ": expected TYPE | name [| alias ...]");
            }
            EntityType type =
                    switch (fields[0].strip()) {
                        case "ORG" -> EntityType.ORGANIZATION;
                        case "LOC" -> EntityType.LOCATION;
                        case "PER" -> EntityType.PERSON;
                        case "MISC" -> EntityType.MISC;
                        default ->
                                throw new IllegalArgumentException(
                                        where + ": unknown type " + fields[0].strip());
                    };
            Known known =
                    new Known(
                            n + 1,
                            type,
                            countries && type == EntityType.LOCATION,
                            towns && type == EntityType.LOCATION);
            for (int f = 1; f < fields.length; f++) {
                String name = fields[f].strip();
                boolean isAmbiguous = name.startsWith("~");
                if (isAmbiguous) {
                    name = name.substring(1).strip();
                }
                String key = EntityResolver.key(name);
                if (key.isEmpty()) {
                    throw new IllegalArgumentException(where + ": empty name");
                }
                Known previous = byKey.putIfAbsent(key, known);
                if (previous != null && previous.id() != known.id()) {
                    throw new IllegalArgumentException(
                            where
                                    + ": \""
                                    + name
                                    + "\" is already on "
                                    + origins.get(previous.id() - 1));
                }
                ambiguous.merge(key, isAmbiguous, Boolean::logicalOr);
                onlyCapitals.merge(
                        key,
                        name.codePoints()
                                .filter(Character::isLetter)
                                .allMatch(Character::isUpperCase),
                        Boolean::logicalAnd);
                if (!isAmbiguous) {
                    searchable
                            .computeIfAbsent(firstWord(name, 0), w -> new ArrayList<>())
                            .add(name);
                }
            }
        }
        searchable
                .values()
                .forEach(names -> names.sort(Comparator.comparingInt(String::length).reversed()));
        Set<String> acronyms = new HashSet<>();
        onlyCapitals.forEach(
                (key, capitals) -> {
                    if (capitals) {
                        acronyms.add(key);
                    }
                });
        return new KnownNames(
                Map.copyOf(byKey),
                Map.copyOf(ambiguous),
                Map.copyOf(searchable),
                Set.copyOf(acronyms));
    }

    /**
     * Whether {@code surface} is written as the list writes the name of {@code key}: a name listed
     * only in capitals ("GAO", "CGT") is that body only when written in capitals.
     */
    boolean writtenAsListed(String key, String surface) {
        return !acronymKeys.contains(key)
                || surface.codePoints()
                        .filter(Character::isLetter)
                        .allMatch(Character::isUpperCase);
    }

    /** The known entity a name is, by its comparison key, or null. */
    Known lookup(String key) {
        Known known = byKey.get(key);
        return setAside(known) ? null : known;
    }

    /** Whether the name of that key is also a common word, a place or a person's name. */
    boolean ambiguous(String key) {
        return ambiguousByKey.getOrDefault(key, false);
    }

    /**
     * Where {@code text} writes an unambiguous known name exactly, on word boundaries; the longest
     * name wins where two overlap ("Air France-KLM" over "Air France").
     */
    List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        int coveredUntil = 0;
        int i = 0;
        int length = text.length();
        while (i < length) {
            if (!Character.isLetterOrDigit(text.charAt(i)) || !startsWord(text, i)) {
                i++;
                continue;
            }
            int wordEnd = i;
            int hash = 0;
            while (wordEnd < length && Character.isLetterOrDigit(text.charAt(wordEnd))) {
                // String.hashCode's own arithmetic, over the word where it stands.
                hash = 31 * hash + text.charAt(wordEnd);
                wordEnd++;
            }
            if (i >= coveredUntil && firstWordHashes.get(hash & (FIRST_WORD_HASH_BITS - 1))) {
                List<String> names = searchableByFirstWord.get(text.substring(i, wordEnd));
                if (names != null) {
                    for (String name : names) {
                        int end = i + name.length();
                        if (text.startsWith(name, i) && endsWord(text, end)) {
                            Known known = byKey.get(EntityResolver.key(name));
                            if (!setAside(known)) {
                                found.add(new Found(i, end, known));
                                coveredUntil = end;
                            }
                            break;
                        }
                    }
                }
            }
            i = wordEnd;
        }
        return found;
    }

    /** The letters and digits from {@code begin}: the word a name starts with. */
    private static String firstWord(String text, int begin) {
        int end = begin;
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        return text.substring(begin, end);
    }

    /**
     * Not inside a word, nor after a hyphen that joins it to a name ("Air France-[KLM]"); after an
     * elided article it is ("d'[Arianespace]").
     */
    private static boolean startsWord(String text, int begin) {
        if (begin == 0) {
            return true;
        }
        char before = text.charAt(begin - 1);
        if (Character.isLetterOrDigit(before)) {
            return false;
        }
        return !(before == '-' && begin > 1 && Character.isLetterOrDigit(text.charAt(begin - 2)));
    }

    /** Not followed by more of a word, nor by a hyphen and a capital ("[Air France]-KLM"). */
    private static boolean endsWord(String text, int end) {
        if (end == text.length()) {
            return true;
        }
        char after = text.charAt(end);
        if (Character.isLetterOrDigit(after)) {
            return false;
        }
        return !(after == '-'
                && end + 1 < text.length()
                && Character.isUpperCase(text.charAt(end + 1)));
    }
}
