package io.newsgraph.nlp.normalise;

import io.newsgraph.proto.nlp.v1.EntityType;

/**
 * A mention trimmed to the name itself.
 *
 * @param afterHonorific an honorific ("M.", "Mrs") stood before it: strong evidence of a person
 */
record CleanMention(
        int begin, int end, EntityType type, double confidence, boolean afterHonorific) {}
