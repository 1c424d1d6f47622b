package io.newsgraph.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * {@code deploy/.data/stack.pid}: every process a stack started, so that {@code deploy/newsgraph
 * down} can stop them after the launcher was killed with SIGKILL. Entries carry the process start
 * time, so a recycled pid is never mistaken for ours.
 */
public final class StateFile {

    /** One recorded process. */
    public record Entry(String name, long pid, long startMillis) {

        Optional<ProcessHandle> liveHandle() {
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(
                            handle ->
                                    startMillis <= 0
                                            || handle.info()
                                                    .startInstant()
                                                    .map(
                                                            i ->
                                                                    Math.abs(
                                                                                    i.toEpochMilli()
                                                                                            - startMillis)
                                                                            < 2000)
                                                    .orElse(true));
        }

        String line() {
            return name + " " + pid + " " + startMillis;
        }
    }

    private final Path file;
    private final List<Entry> entries = new ArrayList<>();

    public StateFile(Path file) {
        this.file = file;
    }

    public Path path() {
        return file;
    }

    public static Entry entryOf(String name, ProcessHandle handle) {
        long start = handle.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
        return new Entry(name, handle.pid(), start);
    }

    /** Records the process and its current descendants (again later to catch late children). */
    public synchronized void record(String name, ProcessHandle handle) {
        add(entryOf(name, handle));
        handle.descendants().forEach(child -> add(entryOf(name + "/child", child)));
        write();
    }

    /** Records only this process (PostgreSQL's backends come and go and stop with it). */
    public synchronized void recordSingle(String name, ProcessHandle handle) {
        add(entryOf(name, handle));
        write();
    }

    private void add(Entry entry) {
        if (entries.stream().noneMatch(e -> e.pid() == entry.pid())) {
            entries.add(entry);
        }
    }

    public synchronized void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            System.err.println("Could not delete " + file + ": " + e.getMessage());
        }
    }

    private void write() {
        StringBuilder text =
                new StringBuilder(
                        "# newsgraph local stack: name pid start-millis (read by `deploy/newsgraph"
                                + " down`)\n");
        entries.forEach(e -> text.append(e.line()).append('\n'));
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, text);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new StackException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    public static List<Entry> read(Path file) throws IOException {
        List<Entry> entries = new ArrayList<>();
        if (!Files.exists(file)) {
            return entries;
        }
        for (String line : Files.readAllLines(file)) {
            String[] parts = line.trim().split("\\s+");
            if (line.startsWith("#") || parts.length < 3) {
                continue;
            }
            try {
                entries.add(
                        new Entry(parts[0], Long.parseLong(parts[1]), Long.parseLong(parts[2])));
            } catch (NumberFormatException ignored) {
                // a damaged line names no process we could stop safely
            }
        }
        return entries;
    }

    /** The launcher of the stack recorded in {@code file}, if it is still running. */
    public static Optional<ProcessHandle> liveLauncher(Path file) throws IOException {
        return read(file).stream()
                .filter(e -> e.name().equals("launcher"))
                .findFirst()
                .flatMap(Entry::liveHandle)
                .filter(h -> h.pid() != ProcessHandle.current().pid());
    }

    /**
     * Stops what {@code file} lists: asks a live launcher to shut down (it stops everything in
     * order), then stops whatever is left, PostgreSQL last with a fast shutdown. Returns the names
     * of what was stopped.
     */
    public static List<String> stopAll(Path file) throws IOException {
        List<String> stopped = new ArrayList<>();
        List<Entry> entries = read(file);
        Optional<ProcessHandle> launcher = liveLauncher(file);
        if (launcher.isPresent()) {
            launcher.get().destroy();
            try {
                launcher.get().onExit().get(120, TimeUnit.SECONDS);
            } catch (Exception e) {
                launcher.get().destroyForcibly();
            }
            stopped.add("launcher (pid " + launcher.get().pid() + ")");
        }
        List<Entry> postgres = new ArrayList<>();
        for (int i = entries.size() - 1; i >= 0; i--) {
            Entry entry = entries.get(i);
            if (entry.name().equals("launcher")) {
                continue;
            }
            if (entry.name().startsWith("postgres")) {
                postgres.add(entry);
                continue;
            }
            Optional<ProcessHandle> handle = entry.liveHandle();
            if (handle.isPresent()) {
                ManagedProcess.stopTree(handle.get(), Duration.ofSeconds(30));
                stopped.add(entry.name() + " (pid " + entry.pid() + ")");
            }
        }
        for (Entry entry : postgres) {
            Optional<ProcessHandle> handle = entry.liveHandle();
            if (handle.isPresent()) {
                stopPostgres(handle.get());
                stopped.add(entry.name() + " (pid " + entry.pid() + ")");
            }
        }
        Files.deleteIfExists(file);
        return stopped;
    }

    /** SIGINT is PostgreSQL's fast shutdown: roll back sessions, checkpoint, exit. */
    private static void stopPostgres(ProcessHandle postmaster) {
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(postmaster.pid()))
                    .inheritIO()
                    .start()
                    .waitFor(10, TimeUnit.SECONDS);
            postmaster.onExit().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            ManagedProcess.stopTree(postmaster, Duration.ofSeconds(5));
        }
    }
}
