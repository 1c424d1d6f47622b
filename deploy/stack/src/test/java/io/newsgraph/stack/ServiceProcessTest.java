package io.newsgraph.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceProcessTest {

    @TempDir Path dir;

    @Test
    void stagedApplicationSurvivesARebuildOfTheService() throws Exception {
        Path app = dir.resolve("ingest-service/target/quarkus-app");
        Files.createDirectories(app.resolve("lib/main"));
        Files.writeString(app.resolve("quarkus-run.jar"), "run v1");
        Files.writeString(app.resolve("lib/main/ingest.jar"), "classes v1");

        Path staged = ServiceProcess.stage(app, dir.resolve("data/apps/ingest-service"));
        // What `mvn clean package` does to the original while the stack runs.
        Files.delete(app.resolve("lib/main/ingest.jar"));
        Files.writeString(app.resolve("lib/main/ingest-new.jar"), "classes v2");

        assertThat(staged.resolve("quarkus-run.jar")).hasContent("run v1");
        assertThat(staged.resolve("lib/main/ingest.jar")).hasContent("classes v1");
        assertThat(staged.resolve("lib/main/ingest-new.jar")).doesNotExist();
    }

    @Test
    void missingJarIsReportedWithTheBuildCommand() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () ->
                                ServiceProcess.start(
                                        "nlp-service",
                                        dir.resolve(
                                                "nlp-service/target/quarkus-app/quarkus-run.jar"),
                                        Ports.freePorts(1)[0],
                                        java.util.Map.of(),
                                        dir.resolve("logs/nlp-service.log")))
                .isInstanceOf(StackException.class)
                .hasMessageContaining("nlp-service is not built")
                .hasMessageContaining("./mvnw -DskipTests install");
    }
}
