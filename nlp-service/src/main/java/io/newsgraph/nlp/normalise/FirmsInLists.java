package io.newsgraph.nlp.normalise;

import io.newsgraph.proto.nlp.v1.EntityType;
import java.util.ArrayList;
import java.util.List;

/**
 * Companies whose names are also common words or places ("Shell", "Amazon"), which the lists only
 * let tip a close call, told by the company they keep: listed beside a company the lists know for
 * sure ("from Shell, ExxonMobil and Air Liquide", "Microsoft and Amazon"), such a name is that
 * company.
 */
final class FirmsInLists {

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
            String key = EntityResolver.key(text.substring(m.begin(), m.end()));
            KnownNames.Known known = KnownNames.SHIPPED.lookup(key);
            if (known == null
                    || known.type() != EntityType.ORGANIZATION
                    || !KnownNames.SHIPPED.ambiguous(key)) {
                continue;
            }
            if (listedWithASureFirm(text, result, i, i - 1)
                    || listedWithASureFirm(text, result, i, i + 1)) {
                result.set(i, m.withEvidence(EntityType.ORGANIZATION));
            }
        }
        return result;
    }

    private static boolean listedWithASureFirm(
            String text, List<CleanMention> mentions, int i, int neighbour) {
        CleanMention other = CleanMention.listedBeside(text, mentions, i, neighbour);
        if (other == null) {
            return false;
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
