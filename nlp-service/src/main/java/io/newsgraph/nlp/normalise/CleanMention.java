package io.newsgraph.nlp.normalise;

import io.newsgraph.proto.nlp.v1.EntityType;

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
}
