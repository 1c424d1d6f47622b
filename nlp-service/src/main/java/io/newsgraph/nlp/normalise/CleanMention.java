package io.newsgraph.nlp.normalise;

import io.newsgraph.proto.nlp.v1.EntityType;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A mention trimmed to the name itself.
 *
 * @param afterHonorific an honorific ("M.", "Mrs") stood before it: strong evidence of a person
 * @param evidence the type the words around the name point to ("the software unit X", "X province")
 *     or that a known place name has, else null
 */
record CleanMention(
        int begin,
        int end,
        EntityType type,
        double confidence,
        boolean afterHonorific,
        EntityType evidence) {

    CleanMention withHonorific() {
        return new CleanMention(begin, end, type, confidence, true, evidence);
    }

    CleanMention withEvidence(EntityType newEvidence) {
        return new CleanMention(begin, end, type, confidence, afterHonorific, newEvidence);
    }

    /** What separates the names of one list: "Dublin, Cork and Galway", "Shell, BP et Total". */
    /**
     * What separates the names of one list: "Dublin, Cork and Galway", "du MoDem et d'Horizons",
     * "Les Républicains (LR) et Renaissance".
     */
    private static final Pattern LIST_GAP =
            Pattern.compile(
                    "\\)?(?:,? (?:and|or|et|ou) (?:de la |de l['’]|de |du |des |d['’]|à |au |aux"
                            + " )?|, )");

    /**
     * The mention at {@code neighbour}, when it and the one at {@code i} are names of one list
     * ("Dublin, Cork and Galway"), else null.
     *
     * @param mentions mentions in text order
     */
    static CleanMention listedBeside(
            String text, List<CleanMention> mentions, int i, int neighbour) {
        if (neighbour < 0 || neighbour >= mentions.size()) {
            return null;
        }
        CleanMention first = mentions.get(Math.min(i, neighbour));
        CleanMention second = mentions.get(Math.max(i, neighbour));
        if (second.begin() < first.end()
                || !LIST_GAP.matcher(text.substring(first.end(), second.begin())).matches()) {
            return null;
        }
        return mentions.get(neighbour);
    }
}
