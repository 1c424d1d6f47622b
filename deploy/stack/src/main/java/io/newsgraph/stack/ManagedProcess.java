package io.newsgraph.stack;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A child process of the stack with its log file; stopping it stops its whole process tree, because
 * launch scripts such as kc.sh keep the real JVM as their child.
 */
public class ManagedProcess {

    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private final String name;
    private final Process process;
    private final Path log;
    private volatile boolean stopping;

    protected ManagedProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /** Wraps an already started process in a more specific type. */
    protected ManagedProcess(ManagedProcess started) {
        this(started.name, started.process, started.log);
    }

    /**
     * Starts {@code command} with stdout and stderr in {@code log}. The child gets its own session
     * so that Ctrl-C reaches only the launcher, which then stops the parts in order.
     */
    public static ManagedProcess start(
            String name, List<String> command, Map<String, String> env, Path workDir, Path log)
            throws IOException {
        Files.createDirectories(log.getParent());
        List<String> fullCommand = new ArrayList<>();
        if (Files.isExecutable(SETSID)) {
            fullCommand.add(SETSID.toString());
        }
        fullCommand.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(fullCommand);
        builder.directory(workDir.toFile());
        builder.environment().putAll(env);
        builder.redirectErrorStream(true);
        builder.redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        builder.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        return new ManagedProcess(name, builder.start(), log);
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public ProcessHandle handle() {
        return process.toHandle();
    }

    public Path log() {
        return log;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public boolean isStopping() {
        return stopping;
    }

    public Optional<Integer> exitCode() {
        return process.isAlive() ? Optional.empty() : Optional.of(process.exitValue());
    }

    /**
     * Fails with the end of the log if the process already died, so waits never hang on a corpse.
     */
    public void checkAlive(String waitingFor) {
        if (!process.isAlive()) {
            throw new StackException(
                    name
                            + " exited with code "
                            + process.exitValue()
                            + " while "
                            + waitingFor
                            + ". Its log is "
                            + log
                            + ", last lines:\n"
                            + tail(40));
        }
    }

    public void stop(Duration grace) {
        stopping = true;
        stopTree(process.toHandle(), grace);
    }

    public String tail(int lines) {
        return tail(log, lines);
    }

    public static String tail(Path file, int lines) {
        if (!Files.exists(file)) {
            return "(no log at " + file + ")";
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long length = raf.length();
            long start = Math.max(0, length - 64 * 1024);
            raf.seek(start);
            byte[] bytes = new byte[(int) (length - start)];
            raf.readFully(bytes);
            String[] all = new String(bytes, StandardCharsets.UTF_8).split("\n");
            int from = Math.max(0, all.length - lines);
            StringBuilder out = new StringBuilder();
            for (int i = from; i < all.length; i++) {
                out.append("    | ").append(all[i]).append('\n');
            }
            return out.toString();
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e.getMessage() + ")";
        }
    }

    /**
     * SIGTERM to the process and every descendant (deepest first), then SIGKILL to whatever is
     * still alive after {@code grace}; returns when all of them are gone.
     */
    public static void stopTree(ProcessHandle root, Duration grace) {
        List<ProcessHandle> tree = new ArrayList<>(root.descendants().toList());
        tree.sort(Comparator.comparingInt(ManagedProcess::depthBelowInit).reversed());
        tree.add(root);
        tree.forEach(ProcessHandle::destroy);
        Instant deadline = Instant.now().plus(grace);
        for (ProcessHandle handle : tree) {
            long left = Math.max(1, Duration.between(Instant.now(), deadline).toMillis());
            try {
                handle.onExit().get(left, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (Exception timedOut) {
                // handled below by SIGKILL
            }
        }
        for (ProcessHandle handle : tree) {
            if (handle.isAlive()) {
                handle.destroyForcibly();
                try {
                    handle.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
                } catch (Exception ignored) {
                    // a process that survives SIGKILL is beyond our reach
                }
            }
        }
    }

    private static int depthBelowInit(ProcessHandle handle) {
        int depth = 0;
        Optional<ProcessHandle> parent = handle.parent();
        while (parent.isPresent() && depth < 64) {
            depth++;
            parent = parent.get().parent();
        }
        return depth;
    }
}
