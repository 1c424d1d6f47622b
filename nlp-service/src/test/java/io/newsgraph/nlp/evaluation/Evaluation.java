package io.newsgraph.nlp.evaluation;

import io.newsgraph.nlp.evaluation.GoldSet.GoldArticle;
import io.newsgraph.nlp.evaluation.GoldSet.GoldEntity;
import io.newsgraph.nlp.evaluation.GoldSet.Span;
import io.newsgraph.proto.nlp.v1.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores one system's entities against a gold set, per language and type.
 *
 * <p>Entity level: a reported entity and a gold entity are paired (one to one, most shared mentions
 * first) when they share at least one mention with exactly the same offsets; a pair is a true
 * positive when the types agree. Every other reported entity is a false positive — so the second
 * entity reported for one real-world entity ("Trump" beside "Donald Trump") costs precision — and
 * every other gold entity a false negative. Mention level: exact offsets and the type of the owning
 * entity, CoNLL style.
 */
public final class Evaluation {

    public static final List<EntityType> GATED_TYPES =
            List.of(EntityType.PERSON, EntityType.LOCATION, EntityType.ORGANIZATION);
    public static final List<EntityType> ALL_TYPES =
            List.of(
                    EntityType.PERSON,
                    EntityType.LOCATION,
                    EntityType.ORGANIZATION,
                    EntityType.MISC);

    private final String system;
    private final Map<String, Tally> entities = new TreeMap<>();
    private final Map<String, Tally> mentions = new TreeMap<>();
    private final Map<String, int[]> names = new TreeMap<>();
    private final List<String> split = new ArrayList<>();
    private final List<String> merged = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();

    public Evaluation(String system) {
        this.system = system;
    }

    public String system() {
        return system;
    }

    /** Scores the entities {@code predicted} for {@code article}. */
    public void add(GoldArticle article, List<PredictedEntity> predicted) {
        String language = article.language();
        Tally entityTally = entities.computeIfAbsent(language, l -> new Tally());
        Tally mentionTally = mentions.computeIfAbsent(language, l -> new Tally());
        int[] nameTally = names.computeIfAbsent(language, l -> new int[2]);
        List<GoldEntity> gold = article.entities();

        record Pair(int predicted, int gold, int shared, boolean sameType) {}
        List<Pair> pairs = new ArrayList<>();
        for (int p = 0; p < predicted.size(); p++) {
            Set<Span> spans = new HashSet<>(predicted.get(p).mentions());
            for (int g = 0; g < gold.size(); g++) {
                int shared = (int) gold.get(g).mentions().stream().filter(spans::contains).count();
                if (shared > 0) {
                    pairs.add(
                            new Pair(p, g, shared, predicted.get(p).type() == gold.get(g).type()));
                }
            }
        }
        pairs.sort(
                Comparator.comparingInt(Pair::shared)
                        .reversed()
                        .thenComparing(Pair::sameType, Comparator.reverseOrder()));
        boolean[] predictedPaired = new boolean[predicted.size()];
        boolean[] goldPaired = new boolean[gold.size()];
        for (Pair pair : pairs) {
            if (predictedPaired[pair.predicted()] || goldPaired[pair.gold()]) {
                continue;
            }
            predictedPaired[pair.predicted()] = true;
            goldPaired[pair.gold()] = true;
            PredictedEntity p = predicted.get(pair.predicted());
            GoldEntity g = gold.get(pair.gold());
            if (pair.sameType()) {
                entityTally.truePositive(g.type());
                nameTally[0]++;
                if (p.name().equals(g.name())) {
                    nameTally[1]++;
                } else {
                    errors.add(article.id() + " NAME  " + g.name() + " reported as " + p.name());
                }
            } else {
                entityTally.falsePositive(p.type());
                entityTally.falseNegative(g.type());
                errors.add(
                        article.id()
                                + " TYPE  "
                                + g.name()
                                + " "
                                + g.type()
                                + " reported as "
                                + p.type());
            }
        }
        for (int p = 0; p < predicted.size(); p++) {
            if (!predictedPaired[p]) {
                PredictedEntity entity = predicted.get(p);
                entityTally.falsePositive(entity.type());
                errors.add(
                        article.id()
                                + " FP    "
                                + entity.type()
                                + " "
                                + entity.name()
                                + " "
                                + surfaces(article.text(), entity.mentions()));
            }
        }
        for (int g = 0; g < gold.size(); g++) {
            if (!goldPaired[g]) {
                GoldEntity entity = gold.get(g);
                entityTally.falseNegative(entity.type());
                errors.add(article.id() + " FN    " + entity.type() + " " + entity.name());
            }
        }

        for (GoldEntity g : gold) {
            List<String> touching = new ArrayList<>();
            for (PredictedEntity p : predicted) {
                if (overlaps(p.mentions(), g.mentions())) {
                    touching.add(p.name());
                }
            }
            if (touching.size() > 1) {
                split.add(article.id() + ": " + g.name() + " reported as " + touching);
            }
        }
        for (PredictedEntity p : predicted) {
            List<String> touching = new ArrayList<>();
            for (GoldEntity g : gold) {
                if (overlaps(p.mentions(), g.mentions())) {
                    touching.add(g.name());
                }
            }
            if (touching.size() > 1) {
                merged.add(article.id() + ": " + p.name() + " joins " + touching);
            }
        }

        Map<Span, EntityType> goldMentions = new java.util.HashMap<>();
        gold.forEach(g -> g.mentions().forEach(s -> goldMentions.put(s, g.type())));
        Set<Span> seen = new HashSet<>();
        for (PredictedEntity p : predicted) {
            for (Span span : p.mentions()) {
                if (!seen.add(span)) {
                    continue;
                }
                if (goldMentions.get(span) == p.type()) {
                    mentionTally.truePositive(p.type());
                    goldMentions.remove(span);
                } else {
                    mentionTally.falsePositive(p.type());
                }
            }
        }
        goldMentions.values().forEach(mentionTally::falseNegative);
    }

    private static boolean overlaps(List<Span> a, List<Span> b) {
        for (Span x : a) {
            for (Span y : b) {
                if (x.overlaps(y)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> surfaces(String text, List<Span> spans) {
        return spans.stream().map(s -> text.substring(s.begin(), s.end())).toList();
    }

    public Set<String> languages() {
        return entities.keySet();
    }

    /** Entity-level counts of one language. */
    public Tally entities(String language) {
        return entities.getOrDefault(language, new Tally());
    }

    /** Mention-level counts of one language. */
    public Tally mentions(String language) {
        return mentions.getOrDefault(language, new Tally());
    }

    /** Entity-level counts over every language. */
    public Tally entities() {
        Tally all = new Tally();
        entities.values().forEach(all::add);
        return all;
    }

    /** Share of correctly found entities reported under their gold (fullest) name. */
    public double nameAccuracy(String language) {
        int[] tally = names.getOrDefault(language, new int[2]);
        return tally[0] == 0 ? 1.0 : (double) tally[1] / tally[0];
    }

    /** Gold entities reported as more than one entity: "reported once per article" fails. */
    public List<String> split() {
        return List.copyOf(split);
    }

    /** Reported entities that join two real-world entities. */
    public List<String> merged() {
        return List.copyOf(merged);
    }

    /** One line per error, for whoever improves the rules. */
    public List<String> errors() {
        return List.copyOf(errors);
    }
}
