package io.newsgraph.nlp.evaluation;

import io.newsgraph.proto.nlp.v1.EntityType;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** Side-by-side tables of several systems scored on one gold set. */
public final class EvaluationReport {

    private EvaluationReport() {}

    public static String table(GoldSet gold, List<Evaluation> systems) {
        StringBuilder out = new StringBuilder();
        int entities = gold.articles().stream().mapToInt(a -> a.entities().size()).sum();
        int mentions =
                gold.articles().stream()
                        .flatMap(a -> a.entities().stream())
                        .mapToInt(e -> e.mentions().size())
                        .sum();
        out.append(
                String.format(
                        Locale.ROOT,
                        "Gold set \"%s\": %d articles, %d entities, %d mentions%n",
                        gold.name(),
                        gold.articles().size(),
                        entities,
                        mentions));
        Set<String> languages = new TreeSet<>();
        systems.forEach(s -> languages.addAll(s.languages()));
        out.append(String.format(Locale.ROOT, "%-4s %-12s", "lang", "type"));
        for (Evaluation system : systems) {
            out.append(String.format(Locale.ROOT, " | %-28s", system.system() + " P / R / F1"));
        }
        out.append(String.format(Locale.ROOT, " | gold%n"));
        for (String language : languages) {
            for (EntityType type : Evaluation.ALL_TYPES) {
                row(out, language, type.name(), List.of(type), systems);
            }
            row(out, language, "PER+LOC+ORG", Evaluation.GATED_TYPES, systems);
            out.append(String.format(Locale.ROOT, "%-4s %-12s", language, "mentions F1"));
            for (Evaluation system : systems) {
                out.append(
                        String.format(
                                Locale.ROOT,
                                " | %-28s",
                                f(system.mentions(language).f1(Evaluation.GATED_TYPES))
                                        + " (PER+LOC+ORG)"));
            }
            out.append(String.format(Locale.ROOT, " |%n"));
            out.append(String.format(Locale.ROOT, "%-4s %-12s", language, "names right"));
            for (Evaluation system : systems) {
                out.append(
                        String.format(Locale.ROOT, " | %-28s", f(system.nameAccuracy(language))));
            }
            out.append(String.format(Locale.ROOT, " |%n"));
        }
        for (Evaluation system : systems) {
            out.append(
                    String.format(
                            Locale.ROOT,
                            "%s: %d entities reported more than once, %d reported entities"
                                    + " joining two%n",
                            system.system(),
                            system.split().size(),
                            system.merged().size()));
        }
        return out.toString();
    }

    private static void row(
            StringBuilder out,
            String language,
            String label,
            List<EntityType> types,
            List<Evaluation> systems) {
        out.append(String.format(Locale.ROOT, "%-4s %-12s", language, label));
        for (Evaluation system : systems) {
            Tally tally = system.entities(language);
            out.append(
                    String.format(
                            Locale.ROOT,
                            " | %s / %s / %-12s",
                            f(tally.precision(types)),
                            f(tally.recall(types)),
                            f(tally.f1(types))));
        }
        out.append(
                String.format(
                        Locale.ROOT,
                        " | %d%n",
                        systems.isEmpty() ? 0 : systems.get(0).entities(language).gold(types)));
    }

    private static String f(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
