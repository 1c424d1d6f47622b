package io.newsgraph.nlp.normalise;

import io.newsgraph.proto.nlp.v1.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Places the engine took for people, told by their surroundings: English places of less-known towns
 * ("authorities in [Quang Ngai] and [Hue]", "homes in Dublin, [Cork] and Galway", "evacuees were
 * directed to [Hinton] and Grande Prairie") read as surnames by a model trained on people-heavy
 * news. A preposition of place before the name, or a place listed beside it, is evidence it is a
 * place; a given name, an honorific or a possessive keeps it a person. So is a town of up to three
 * words on no list that the engine took for a body ("rallies in Macon and [Augusta]", "its plant in
 * [Ghent]", "a news conference in [Baton Rouge]"), outside match reports, where towns name clubs.
 */
final class PlacesTakenForPeople {

    /** English words after which a name is where something is ("in Cork", "around El Fasher"). */
    private static final Set<String> PLACE_PREPOSITIONS =
            Set.of("in", "into", "around", "near", "outside");

    /** An engine guess this sure is taken as the list's type. */
    private static final double SURE = 0.9;

    private PlacesTakenForPeople() {}

    /**
     * @param text the article text
     * @param mentions cleaned mentions in text order
     * @param matchReport whether the article reports matches, where towns name clubs ("in Salt Lake
     *     City, and Milwaukee beat Chicago")
     * @return the same mentions, those that are places by their context carrying that evidence
     */
    static List<CleanMention> mark(String text, List<CleanMention> mentions, boolean matchReport) {
        List<CleanMention> result = new ArrayList<>(mentions);
        for (int pass = 0; pass < 2; pass++) {
            // Twice, so a list's evidence reaches back: "[Hinton] and Grande Prairie".
            for (int i = 0; i < result.size(); i++) {
                CleanMention m = result.get(i);
                if (!candidate(text, m) || (matchReport && m.type() == EntityType.ORGANIZATION)) {
                    continue;
                }
                if (afterPlacePreposition(text, m)
                        || listedWithPlace(text, result, i, i - 1)
                        || listedWithPlace(text, result, i, i + 1)) {
                    result.set(i, m.withEvidence(EntityType.LOCATION));
                }
            }
        }
        return result;
    }

    private static boolean commaOnly(String text, CleanMention a, CleanMention b) {
        CleanMention first = a.begin() < b.begin() ? a : b;
        CleanMention second = first == a ? b : a;
        return text.substring(first.end(), second.begin()).equals(", ");
    }

    /** A name the engine called a person, with nothing of a person about it. */
    private static boolean candidate(String text, CleanMention m) {
        if (m.evidence() != null || m.afterHonorific()) {
            return false;
        }
        String surface = text.substring(m.begin(), m.end());
        if (m.type() == EntityType.ORGANIZATION) {
            // "rallies in Macon and [Augusta]": a one-word town the engine took for a body, not
            // an acronym or a listed body.
            return townLike(surface)
                    && !surface.chars().allMatch(c -> !Character.isLowerCase(c))
                    && notListedOtherThanTown(surface);
        }
        if (m.type() != EntityType.PERSON) {
            return false;
        }
        if (GivenNames.SHIPPED.contains(surface.split("[\\s-]+")[0])) {
            return false;
        }
        // "in Trump's first term": a possessive is someone's.
        return !possessive(text, m);
    }

    /** On no list, or listed as a town: "conference in [Liverpool]" whatever its club. */
    private static boolean notListedOtherThanTown(String surface) {
        KnownNames.Known known = KnownNames.SHIPPED.lookup(EntityResolver.key(surface));
        return known == null || known.town();
    }

    /**
     * Up to three words: "Ghent", "Baton Rouge", "Les Cayes", not "London North Eastern Railway".
     * ("Johnson Matthey Group" and "Court of Appeal" carry their evidence of a body already.)
     */
    private static boolean townLike(String surface) {
        return EntityResolver.key(surface).split(" ").length <= 3;
    }

    private static boolean possessive(String text, CleanMention m) {
        return m.end() + 1 < text.length()
                && (text.charAt(m.end()) == '\'' || text.charAt(m.end()) == '\u2019')
                && text.charAt(m.end() + 1) == 's';
    }

    private static boolean afterPlacePreposition(String text, CleanMention m) {
        String[] before = ContextEvidence.wordsBefore(text, m.begin(), 1);
        return before[0] != null && PLACE_PREPOSITIONS.contains(before[0]);
    }

    private static boolean listedWithPlace(
            String text, List<CleanMention> mentions, int i, int neighbour) {
        CleanMention other = CleanMention.listedBeside(text, mentions, i, neighbour);
        if (other != null && commaOnly(text, mentions.get(i), other)) {
            // "Le maire de Nice, Christian Estrosi, n'est pas visé": two names and a comma may be
            // a place and who runs it; a list goes on, or ends with "and".
            int beyond = neighbour < i ? i + 1 : i - 1;
            if (CleanMention.listedBeside(text, mentions, i, beyond) == null) {
                return false;
            }
        }
        if (other == null || possessive(text, other)) {
            // "Kyren Wilson or China's Zhao Xintong": a place owning a name is not listed.
            return false;
        }
        KnownNames.Known known =
                KnownNames.SHIPPED.lookup(
                        EntityResolver.key(text.substring(other.begin(), other.end())));
        return other.evidence() == EntityType.LOCATION
                || (known != null && known.type() == EntityType.LOCATION)
                || (other.evidence() == null
                        && other.type() == EntityType.LOCATION
                        && other.confidence() >= SURE);
    }
}
