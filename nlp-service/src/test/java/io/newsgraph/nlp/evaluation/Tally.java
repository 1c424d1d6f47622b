package io.newsgraph.nlp.evaluation;

import io.newsgraph.proto.nlp.v1.EntityType;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/** True positives, false positives and false negatives per entity type. */
public final class Tally {

    private final Map<EntityType, int[]> counts = new EnumMap<>(EntityType.class);

    void truePositive(EntityType type) {
        counts(type)[0]++;
    }

    void falsePositive(EntityType type) {
        counts(type)[1]++;
    }

    void falseNegative(EntityType type) {
        counts(type)[2]++;
    }

    void add(Tally other) {
        other.counts.forEach(
                (type, c) -> {
                    int[] mine = counts(type);
                    for (int i = 0; i < 3; i++) {
                        mine[i] += c[i];
                    }
                });
    }

    private int[] counts(EntityType type) {
        return counts.computeIfAbsent(type, t -> new int[3]);
    }

    /** Gold entities (or mentions) of these types. */
    public int gold(Collection<EntityType> types) {
        return sum(types, 0) + sum(types, 2);
    }

    public int truePositives(Collection<EntityType> types) {
        return sum(types, 0);
    }

    public double precision(Collection<EntityType> types) {
        int tp = sum(types, 0);
        int predicted = tp + sum(types, 1);
        return predicted == 0 ? 1.0 : (double) tp / predicted;
    }

    public double recall(Collection<EntityType> types) {
        int tp = sum(types, 0);
        int gold = tp + sum(types, 2);
        return gold == 0 ? 1.0 : (double) tp / gold;
    }

    /** Micro-averaged F1 over the given types. */
    public double f1(Collection<EntityType> types) {
        double p = precision(types);
        double r = recall(types);
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    private int sum(Collection<EntityType> types, int index) {
        int sum = 0;
        for (EntityType type : types) {
            int[] c = counts.get(type);
            sum += c == null ? 0 : c[index];
        }
        return sum;
    }
}
