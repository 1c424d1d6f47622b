package io.newsgraph.e2e;

import io.newsgraph.stack.KeycloakAdmin;
import io.newsgraph.stack.ManagedProcess;
import io.newsgraph.stack.NewsgraphClient;
import io.newsgraph.stack.Ports;
import io.newsgraph.stack.Stack;
import io.newsgraph.stack.StackConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * One whole newsgraph on free ports for every end-to-end test class of the JVM: a Keycloak from the
 * distribution zip with the dev realm, embedded PostgreSQL, a KRaft broker, and the three packaged
 * services. Starting it takes most of the suite's time, so it starts once and stops after the last
 * class.
 */
public final class SharedStack
        implements BeforeAllCallback, ParameterResolver, TestWatcher, AutoCloseable {

    static final Path ROOT =
            Path.of(System.getProperty("newsgraph.root", "../..")).toAbsolutePath().normalize();

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(SharedStack.class);

    private static volatile Running running;

    /** The started stack with what tests need to call it. */
    public record Running(Stack stack, StackConfig config, NewsgraphClient client) {

        public KeycloakAdmin admin() {
            // The bootstrap admin KeycloakProcess creates in the test's own Keycloak.
            return KeycloakAdmin.withPassword(
                    config.keycloakUrl(), StackConfig.REALM, "master", "admin", "admin");
        }
    }

    private static volatile boolean failed;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot()
                .getStore(NAMESPACE)
                .computeIfAbsent("stack", key -> startStack(), SharedStack.class);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Running.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        beforeAll(context);
        return running;
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        failed = true;
        printLogs();
    }

    private static SharedStack startStack() {
        try {
            Path keycloakHome =
                    StackConfig.findKeycloakHome(
                            Path.of(
                                    System.getProperty(
                                            "newsgraph.e2e.keycloak", "target/keycloak")));
            Path dataRoot = Path.of(System.getProperty("newsgraph.e2e.data", "target/e2e-data"));
            Files.createDirectories(dataRoot);
            Path dataDir = Files.createTempDirectory(dataRoot, "stack-");
            StackConfig ports = StackConfig.withFreePorts(ROOT, dataDir, keycloakHome);
            StackConfig config =
                    new StackConfig(
                            ROOT,
                            dataDir,
                            keycloakHome,
                            ports.kafkaLib(),
                            ports.realmFile(),
                            dataRoot.resolve("postgres-bin"),
                            ports.ingestPort(),
                            ports.nlpPort(),
                            ports.queryPort(),
                            ports.keycloakPort(),
                            ports.kafkaPort(),
                            ports.kafkaControllerPort(),
                            ports.postgresPort());
            Stack stack = new Stack(config, message -> System.out.println("[stack] " + message));
            // Also stops the stack when the test JVM is killed by the build's timeout.
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "e2e-stack-stop"));
            running = new Running(stack, config, config.client());
            long t0 = System.nanoTime();
            try {
                stack.start();
            } catch (Exception e) {
                failed = true;
                printLogs();
                throw e;
            }
            System.out.printf(
                    "[stack] up in %.1f s, data in %s%n",
                    (System.nanoTime() - t0) / 1e9, config.dataDir());
            return new SharedStack();
        } catch (IOException e) {
            throw new IllegalStateException("the end-to-end stack did not start", e);
        }
    }

    /** Stops the stack after the last test class; JUnit closes stored AutoCloseables. */
    @Override
    public void close() {
        Running stopping = running;
        if (stopping == null) {
            return;
        }
        stopping.stack().close();
        if (!failed) {
            // Data of a failed run stays under target/e2e-data for a look at the logs.
            deleteRecursively(stopping.config().dataDir());
        }
        List<Integer> open =
                stopping.config().ports().values().stream().filter(p -> !Ports.isFree(p)).toList();
        if (!open.isEmpty()) {
            throw new IllegalStateException("ports still listening after stop: " + open);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.out.println("could not delete " + dir + ": " + e.getMessage());
        }
    }

    private static void printLogs() {
        Running current = running;
        if (current == null) {
            return;
        }
        for (ManagedProcess process : current.stack().processes()) {
            System.out.println("---- " + process.name() + " (" + process.log() + ")");
            System.out.println(process.tail(60));
        }
    }
}
