package io.newsgraph.nlp.normalise;

import io.newsgraph.nlp.engine.EngineMention;
import io.newsgraph.proto.nlp.v1.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Trims an engine span to the name it contains: no punctuation, kicker, article, honorific or title
 * around it, and "MM. Rubio et Witkoff" becomes two names. Offsets stay those of the article text,
 * so every cleaned span is an exact substring of it.
 */
final class MentionCleaner {

    /** Pipes and bullets separate a kicker ("À VOIR AUSSI |") from the headline that follows. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s*[|•·»]\\s*");

    /** "le ministre français des [Affaires étrangères]": the span is the portfolio of a title. */
    private static final Pattern ROLE_CONTEXT =
            Pattern.compile(
                    "(?iu)\\b(ministres?|minist[eè]re|secr[eé]taires?|minister|ministry|secretary)"
                            + "\\b[\\p{L}\\s'’-]{0,40}?\\b(des|de la|de l['’]|du|de|of|for)\\s*$");

    private static final Set<String> ABBREVIATIONS_WITH_PERIOD =
            Set.of("Inc.", "Ltd.", "Jr.", "Sr.", "Corp.", "Co.", "Bros.", "St.");

    private MentionCleaner() {}

    static List<CleanMention> clean(String text, EngineMention mention) {
        int begin = afterLastSeparator(text, mention.begin(), mention.end());
        int[] span = trim(text, begin, mention.end());
        if (span == null) {
            return List.of();
        }
        EntityType type = mention.type();
        if (type == EntityType.ORGANIZATION && followsRoleTitle(text, span[0])) {
            return List.of();
        }
        List<int[]> parts =
                type == EntityType.PERSON || type == EntityType.LOCATION
                        ? splitCoordination(text, span, type)
                        : List.of(span);
        List<CleanMention> cleaned = new ArrayList<>(parts.size());
        boolean honorific = false;
        for (int[] part : parts) {
            CleanMention one = cleanPart(text, part, mention);
            if (one != null) {
                cleaned.add(one);
                honorific |= one.afterHonorific();
            }
        }
        if (honorific && cleaned.size() > 1) {
            // "MM. Rubio et Witkoff": the plural honorific covers every coordinated name.
            cleaned.replaceAll(
                    m -> new CleanMention(m.begin(), m.end(), m.type(), m.confidence(), true));
        }
        return cleaned;
    }

    private static CleanMention cleanPart(String text, int[] part, EngineMention mention) {
        EntityType type = mention.type();
        List<int[]> words = words(text, part[0], part[1]);
        boolean honorific = false;
        while (!words.isEmpty()) {
            int[] first = words.get(0);
            String word = text.substring(first[0], first[1]);
            String folded = NameLexicon.fold(word);
            boolean more = words.size() > 1;
            if (NameLexicon.HONORIFICS.contains(word)) {
                honorific = true;
                words.remove(0);
            } else if (type == EntityType.PERSON
                    && more
                    && NameLexicon.PERSON_TITLES.contains(folded)) {
                words.remove(0);
            } else if (Character.isLowerCase(word.codePointAt(0))) {
                if (type == EntityType.ORGANIZATION && NameLexicon.ROLE_NOUNS.contains(folded)) {
                    return null;
                }
                if (isElided(word)) {
                    words.set(0, new int[] {first[0] + 2, first[1]});
                    break;
                }
                if (type == EntityType.PERSON
                        && more
                        && NameLexicon.PERSON_PARTICLES.contains(word)) {
                    break;
                }
                if (type == EntityType.ORGANIZATION
                        && !NameLexicon.FUNCTION_WORDS.contains(folded)) {
                    // "ministère allemand des Affaires étrangères" is the body's name as written.
                    break;
                }
                words.remove(0);
            } else if (more && NameLexicon.LEADING_ARTICLES.contains(word)) {
                if (type == EntityType.PERSON && NameLexicon.SURNAME_PARTICLES.contains(word)) {
                    break;
                }
                if (NameLexicon.NAMES_WITH_ARTICLE.contains(foldedSpan(text, words))) {
                    break;
                }
                words.remove(0);
            } else {
                if (isElided(word)
                        && !NameLexicon.NAMES_WITH_ARTICLE.contains(foldedSpan(text, words))
                        && !(type == EntityType.PERSON && word.startsWith("D"))) {
                    words.set(0, new int[] {first[0] + 2, first[1]});
                }
                break;
            }
        }
        while (words.size() > 1) {
            int[] last = words.get(words.size() - 1);
            String word = text.substring(last[0], last[1]);
            if (Character.isLowerCase(word.codePointAt(0))
                    && NameLexicon.FUNCTION_WORDS.contains(NameLexicon.fold(word))) {
                words.remove(words.size() - 1);
            } else {
                break;
            }
        }
        if (words.isEmpty()) {
            return null;
        }
        int[] span = trim(text, words.get(0)[0], words.get(words.size() - 1)[1]);
        if (span == null || !looksLikeName(text, span)) {
            return null;
        }
        return new CleanMention(span[0], span[1], type, mention.confidence(), honorific);
    }

    /** A name has two letters or more, a capital, and is not only common capitalised words. */
    private static boolean looksLikeName(String text, int[] span) {
        String surface = text.substring(span[0], span[1]);
        if (surface.codePoints().filter(Character::isLetterOrDigit).count() < 2) {
            return false;
        }
        boolean capitalised = false;
        boolean onlyCommonWords = true;
        for (int[] word : words(text, span[0], span[1])) {
            String w = text.substring(word[0], word[1]);
            int firstCodePoint = w.codePointAt(0);
            if (Character.isUpperCase(firstCodePoint)
                    || Character.isTitleCase(firstCodePoint)
                    || Character.isDigit(firstCodePoint)) {
                capitalised = true;
                String bare = w.replaceAll("[^\\p{L}\\p{N}'’-]", "");
                if (!NameLexicon.COMMON_WORDS.contains(NameLexicon.fold(bare))) {
                    onlyCommonWords = false;
                }
            }
        }
        return capitalised && !onlyCommonWords;
    }

    private static List<int[]> splitCoordination(String text, int[] span, EntityType type) {
        List<int[]> words = words(text, span[0], span[1]);
        if (words.size() < 3 || NameLexicon.COORDINATED_NAMES.contains(foldedSpan(text, words))) {
            return List.of(span);
        }
        List<int[]> parts = new ArrayList<>();
        int partBegin = span[0];
        for (int i = 0; i < words.size(); i++) {
            int[] word = words.get(i);
            String w = text.substring(word[0], word[1]);
            boolean conjunction =
                    w.equals("et")
                            || w.equals("and")
                            || (w.equals("&") && type == EntityType.PERSON);
            if (conjunction && i > 0 && i < words.size() - 1) {
                parts.add(new int[] {partBegin, words.get(i - 1)[1]});
                partBegin = words.get(i + 1)[0];
            } else if (w.endsWith(",") && i < words.size() - 1) {
                parts.add(new int[] {partBegin, word[1] - 1});
                partBegin = words.get(i + 1)[0];
            }
        }
        parts.add(new int[] {partBegin, span[1]});
        if (parts.size() == 1) {
            return parts;
        }
        for (int[] part : parts) {
            if (part[1] <= part[0] || !hasCapital(text, part)) {
                return List.of(span);
            }
        }
        return parts;
    }

    private static boolean hasCapital(String text, int[] span) {
        return text.substring(span[0], span[1]).codePoints().anyMatch(Character::isUpperCase);
    }

    private static int afterLastSeparator(String text, int begin, int end) {
        Matcher separator = SEPARATOR.matcher(text).region(begin, end);
        int after = begin;
        while (separator.find()) {
            after = separator.end();
        }
        return after;
    }

    private static boolean followsRoleTitle(String text, int begin) {
        int lineStart = text.lastIndexOf('\n', begin - 1) + 1;
        String before = text.substring(Math.max(lineStart, begin - 80), begin);
        return ROLE_CONTEXT.matcher(before).find();
    }

    /** "L'Ukraine", "d'Ukraine": an elided article glued to the name. */
    private static boolean isElided(String word) {
        return word.length() > 2
                && "LlDd".indexOf(word.charAt(0)) >= 0
                && (word.charAt(1) == '\'' || word.charAt(1) == '’')
                && Character.isLetter(word.codePointAt(2));
    }

    /** Drops punctuation around a span; keeps the period of "U.S." or "Inc.". */
    static int[] trim(String text, int begin, int end) {
        int b = begin;
        int e = end;
        while (b < e && !Character.isLetterOrDigit(text.codePointAt(b))) {
            b += Character.charCount(text.codePointAt(b));
        }
        while (e > b) {
            int last = text.codePointBefore(e);
            if (Character.isLetterOrDigit(last) || (last == '.' && keepsPeriod(text, b, e))) {
                break;
            }
            e -= Character.charCount(last);
        }
        if (e - b > 2 && (text.startsWith("'s", e - 2) || text.startsWith("’s", e - 2))) {
            return trim(text, b, e - 2);
        }
        return b < e ? new int[] {b, e} : null;
    }

    private static boolean keepsPeriod(String text, int begin, int end) {
        int wordStart = end - 1;
        while (wordStart > begin && !isSpace(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = text.substring(wordStart, end);
        return ABBREVIATIONS_WITH_PERIOD.contains(word)
                || word.substring(0, word.length() - 1).indexOf('.') >= 0;
    }

    static List<int[]> words(String text, int begin, int end) {
        List<int[]> words = new ArrayList<>();
        int i = begin;
        while (i < end) {
            while (i < end && isSpace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < end && !isSpace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                words.add(new int[] {start, i});
            }
        }
        return words;
    }

    private static String foldedSpan(String text, List<int[]> words) {
        StringBuilder folded = new StringBuilder();
        for (int[] word : words) {
            if (!folded.isEmpty()) {
                folded.append(' ');
            }
            folded.append(text, word[0], word[1]);
        }
        return NameLexicon.fold(folded.toString());
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
