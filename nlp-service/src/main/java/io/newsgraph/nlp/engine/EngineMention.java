package io.newsgraph.nlp.engine;

import io.newsgraph.proto.nlp.v1.EntityType;

/**
 * A named-entity span as the NER engine reported it, before any clean-up.
 *
 * @param begin UTF-16 offset of the first character in the article text
 * @param end UTF-16 offset after the last character
 * @param type the engine's type
 * @param confidence the engine's probability for that type, in [0, 1]
 */
public record EngineMention(int begin, int end, EntityType type, double confidence) {}
