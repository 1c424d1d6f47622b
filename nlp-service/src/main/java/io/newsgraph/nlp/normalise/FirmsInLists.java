package io.newsgraph.nlp.normalise;

import io.newsgraph.proto.nlp.v1.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Companies whose names are also common words or places ("Shell", "Amazon"), which the lists only
 * let tip a close call, told by the company they keep: listed beside a company the lists know for
 * sure ("from Shell, ExxonMobil and Air Liquide", "Microsoft and Amazon"), such a name is that
 * company. So is a one-word name on no list that the engine took for a person, when "and" lists it
 * with such a company ("Index Ventures and [Creandum]", "L3Harris and [Peraton]").
 */
final class FirmsInLists {

    /** " and ", " et ", " & ", maybe after a comma: the last link of a list. */
    private static final Pattern AND_GAP = Pattern.compile(",? (?:and|et|&) ");

    private FirmsInLists() {}

    /**
     * @param text the article text
     * @param mentions cleaned mentions in text order
     * @return the same mentions, ambiguous known firms listed with sure ones carrying that evidence
     */
    static List<CleanMention> mark(String text, List<CleanMention> mentions) {
        List<CleanMention> result = new ArrayList<>(mentions);
        for (int i = 0; i < result.size(); i++) {
            CleanMention m = result.get(i);
            if (m.type() == EntityType.ORGANIZATION || m.evidence() != null) {
                continue;
            }
            String surface = text.substring(m.begin(), m.end());
            String key = EntityResolver.key(surface);
            KnownNames.Known known = KnownNames.SHIPPED.lookup(key);
            boolean ambiguousFirm =
                    known != null
                            && known.type() == EntityType.ORGANIZATION
                            && KnownNames.SHIPPED.ambiguous(key);
            boolean unknownWord =
                    known == null
                            && m.type() == EntityType.PERSON
                            && !m.afterHonorific()
                            && !surface.contains(" ")
                            && !GivenNames.SHIPPED.contains(surface);
            if (!ambiguousFirm && !unknownWord) {
                continue;
            }
            if (listedWithASureFirm(text, result, i, i - 1, !ambiguousFirm)
                    || listedWithASureFirm(text, result, i, i + 1, !ambiguousFirm)) {
                result.set(i, m.withEvidence(EntityType.ORGANIZATION));
            }
        }
        return result;
    }

    /**
     * @param byAndOnly whether only "and" may list them: "le secrétaire général de l'OTAN, Rutte"
     *     names who heads it
     */
    private static boolean listedWithASureFirm(
            String text, List<CleanMention> mentions, int i, int neighbour, boolean byAndOnly) {
        CleanMention other = CleanMention.listedBeside(text, mentions, i, neighbour);
        if (other == null) {
            return false;
        }
        if (byAndOnly) {
            CleanMention first = mentions.get(Math.min(i, neighbour));
            CleanMention second = mentions.get(Math.max(i, neighbour));
            if (!AND_GAP.matcher(text.substring(first.end(), second.begin())).matches()) {
                return false;
            }
        }
        String key = EntityResolver.key(text.substring(other.begin(), other.end()));
        KnownNames.Known known = KnownNames.SHIPPED.lookup(key);
        return known != null
                && known.type() == EntityType.ORGANIZATION
                && !KnownNames.SHIPPED.ambiguous(key)
                && KnownNames.SHIPPED.writtenAsListed(
                        key, text.substring(other.begin(), other.end()));
    }
}
