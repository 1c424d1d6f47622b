package io.newsgraph.nlp.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

class ModelsReadinessCheckTest {

    @Test
    void downWhileTheModelsAreNotLoaded() {
        HealthCheckResponse response = new ModelsReadinessCheck(new NlpModels()).call();

        assertThat(response.getName()).isEqualTo("nlp-models");
        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
    }
}
