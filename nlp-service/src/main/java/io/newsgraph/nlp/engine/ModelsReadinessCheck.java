package io.newsgraph.nlp.engine;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Not ready until both NER pipelines and the language detector are in memory. */
@Readiness
@ApplicationScoped
public class ModelsReadinessCheck implements HealthCheck {

    private final NlpModels models;

    ModelsReadinessCheck(NlpModels models) {
        this.models = models;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response =
                HealthCheckResponse.named("nlp-models")
                        .withData("languages", String.join(",", NerEngine.LANGUAGES));
        if (models.ready()) {
            return response.up().withData("loadMillis", models.loadMillis()).build();
        }
        models.failure().ifPresent(e -> response.withData("error", String.valueOf(e)));
        return response.down().build();
    }
}
