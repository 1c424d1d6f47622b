package io.newsgraph.nlp.evaluation;

import io.newsgraph.nlp.annotation.AnnotationPipeline;
import io.newsgraph.nlp.engine.LanguageDetector;
import io.newsgraph.nlp.engine.NerEngine;
import io.newsgraph.nlp.evaluation.GoldSet.GoldArticle;
import io.newsgraph.proto.nlp.v1.AnnotateRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores the raw engine and nlp-service's annotation path on gold files, in process (no gRPC, no
 * token): {@code GoldEvaluation [--errors] [gold.json...]}, by default the gold sets of the test
 * suite. The suite's GoldEvaluationTest runs the same scoring through the gRPC service.
 */
public final class GoldEvaluation {

    /** The articles the benchmark annotates: the same 22 since the benchmark was first run. */
    public static final List<String> BENCHMARK_SETS =
            List.of("gold/tuning.json", "gold/dev.json", "gold/dev2.json", "gold/held-out.json");

    public static final List<String> GOLD_SETS =
            List.of(
                    "gold/tuning.json",
                    "gold/dev.json",
                    "gold/dev2.json",
                    "gold/held-out.json",
                    "gold/held-out-2.json",
                    "gold/held-out-3.json",
                    "gold/dev3.json",
                    "gold/held-out-4.json",
                    "gold/held-out-5.json",
                    "gold/held-out-6.json",
                    "gold/held-out-7.json",
                    "gold/held-out-8.json",
                    "gold/held-out-9.json",
                    "gold/held-out-10.json",
                    "gold/held-out-11.json",
                    "gold/held-out-12.json",
                    "gold/held-out-13.json",
                    "gold/held-out-14.json",
                    "gold/held-out-15.json",
                    "gold/held-out-16.json",
                    "gold/held-out-17.json",
                    "gold/held-out-18.json",
                    "gold/held-out-19.json",
                    "gold/held-out-20.json",
                    "gold/held-out-21.json",
                    "gold/held-out-22.json",
                    "gold/held-out-23.json",
                    "gold/held-out-24.json",
                    "gold/held-out-25.json",
                    "gold/held-out-26.json",
                    "gold/held-out-27.json",
                    "gold/held-out-28.json",
                    "gold/held-out-29.json",
                    "gold/held-out-30.json",
                    "gold/held-out-31.json",
                    "gold/held-out-32.json",
                    "gold/held-out-33.json",
                    "gold/held-out-34.json",
                    "gold/held-out-35.json",
                    "gold/held-out-36.json",
                    "gold/held-out-37.json",
                    "gold/held-out-38.json",
                    "gold/held-out-39.json",
                    "gold/held-out-40.json",
                    "gold/held-out-41.json",
                    "gold/held-out-42.json",
                    "gold/held-out-43.json",
                    "gold/held-out-44.json",
                    "gold/held-out-45.json",
                    "gold/held-out-46.json",
                    "gold/held-out-47.json",
                    "gold/held-out-48.json",
                    "gold/held-out-49.json",
                    "gold/held-out-50.json",
                    "gold/held-out-51.json",
                    "gold/held-out-52.json",
                    "gold/held-out-53.json",
                    "gold/held-out-54.json",
                    "gold/held-out-55.json",
                    "gold/held-out-56.json",
                    "gold/held-out-57.json",
                    "gold/held-out-58.json",
                    "gold/held-out-59.json",
                    "gold/held-out-60.json",
                    "gold/held-out-61.json",
                    "gold/held-out-62.json",
                    "gold/held-out-63.json",
                    "gold/held-out-64.json",
                    "gold/held-out-65.json",
                    "gold/held-out-66.json",
                    "gold/held-out-67.json",
                    "gold/held-out-68.json",
                    "gold/held-out-69.json",
                    "gold/held-out-70.json",
                    "gold/held-out-71.json",
                    "gold/held-out-72.json",
                    "gold/held-out-73.json");

    private GoldEvaluation() {}

    public static void main(String[] args) {
        boolean errors = false;
        List<GoldSet> sets = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("--errors")) {
                errors = true;
            } else if (Files.exists(Path.of(arg))) {
                sets.add(GoldSet.file(Path.of(arg)));
            } else {
                sets.add(GoldSet.resource(arg));
            }
        }
        if (sets.isEmpty()) {
            GOLD_SETS.forEach(resource -> sets.add(GoldSet.resource(resource)));
        }
        NerEngine engine = NerEngine.load();
        AnnotationPipeline service = new AnnotationPipeline(engine, LanguageDetector.load());
        for (GoldSet set : sets) {
            Evaluation raw = new Evaluation("raw CoreNLP");
            Evaluation normalised = new Evaluation("nlp-service");
            for (GoldArticle article : set.articles()) {
                raw.add(article, rawEntities(engine, article));
                normalised.add(
                        article,
                        PredictedEntity.of(
                                service.annotate(
                                        AnnotateRequest.newBuilder()
                                                .setText(article.text())
                                                .setTitle(article.title())
                                                .build())));
            }
            System.out.println(EvaluationReport.table(set, List.of(raw, normalised)));
            if (errors) {
                normalised.errors().forEach(line -> System.out.println("  " + line));
                normalised.split().forEach(line -> System.out.println("  SPLIT " + line));
                normalised.merged().forEach(line -> System.out.println("  MERGED " + line));
                System.out.println();
            }
        }
    }

    /** The engine's spans on the article as written, grouped the way a naive client would. */
    public static List<PredictedEntity> rawEntities(NerEngine engine, GoldArticle article) {
        return PredictedEntity.rawEngine(
                article.text(), engine.annotate(article.language(), article.text()).mentions());
    }
}
