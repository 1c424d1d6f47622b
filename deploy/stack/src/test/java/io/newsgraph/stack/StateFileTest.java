package io.newsgraph.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateFileTest {

    @TempDir Path dir;

    @Test
    void downStopsRecordedProcessTreeAndRemovesTheFile() throws Exception {
        Path file = dir.resolve("stack.pid");
        // A shell with a child, like kc.sh and its JVM.
        Process parent = new ProcessBuilder("sh", "-c", "sleep 300 & wait").start();
        try {
            StateFile state = new StateFile(file);
            await(() -> parent.toHandle().descendants().findAny().isPresent());
            state.record("keycloak", parent.toHandle());
            List<ProcessHandle> tree =
                    List.of(
                            parent.toHandle(),
                            parent.toHandle().descendants().findFirst().orElseThrow());

            assertThat(StateFile.read(file))
                    .extracting(StateFile.Entry::name)
                    .containsExactly("keycloak", "keycloak/child");

            List<String> stopped = StateFile.stopAll(file);

            assertThat(stopped).isNotEmpty().allMatch(line -> line.startsWith("keycloak"));
            assertThat(tree).noneMatch(ProcessHandle::isAlive);
            assertThat(file).doesNotExist();
        } finally {
            parent.destroyForcibly();
        }
    }

    @Test
    void recycledPidIsNotTouched() throws Exception {
        Path file = dir.resolve("stack.pid");
        Process other = new ProcessBuilder("sleep", "300").start();
        try {
            // Same pid, different start time: not the process the stack started.
            Files.writeString(file, "kafka " + other.pid() + " 1000\n");

            assertThat(StateFile.stopAll(file)).isEmpty();
            assertThat(other.isAlive()).isTrue();
            assertThat(file).doesNotExist();
        } finally {
            other.destroyForcibly();
        }
    }

    @Test
    void stoppingATreeStopsChildrenThatIgnoreTheParentsDeath() throws Exception {
        Process parent = new ProcessBuilder("sh", "-c", "trap '' TERM; sleep 300 & wait").start();
        await(() -> parent.toHandle().descendants().findAny().isPresent());
        ProcessHandle child = parent.toHandle().descendants().findFirst().orElseThrow();

        ManagedProcess.stopTree(parent.toHandle(), Duration.ofSeconds(2));

        assertThat(parent.isAlive()).isFalse();
        assertThat(child.isAlive()).isFalse();
    }

    private static void await(java.util.function.BooleanSupplier condition)
            throws InterruptedException {
        for (int i = 0; i < 100 && !condition.getAsBoolean(); i++) {
            Thread.sleep(50);
        }
        assertThat(condition.getAsBoolean()).isTrue();
    }
}
