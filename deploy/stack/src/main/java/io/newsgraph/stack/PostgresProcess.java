package io.newsgraph.stack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;

/**
 * PostgreSQL from the zonky binaries, with a data directory that survives restarts so articles stay
 * between two {@code up}s; creates the newsgraph role and the services' databases.
 */
public final class PostgresProcess implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final Path dataDir;
    private final int port;

    private PostgresProcess(EmbeddedPostgres postgres, Path dataDir, int port) {
        this.postgres = postgres;
        this.dataDir = dataDir;
        this.port = port;
    }

    /**
     * @param dataDir the cluster's data directory (created by initdb on first use)
     * @param binariesDir where the binaries are unpacked (kept apart from data: zonky cleans it)
     */
    public static PostgresProcess start(
            Path dataDir, Path binariesDir, int port, Path log, List<String> databases)
            throws IOException {
        Files.createDirectories(dataDir);
        Files.createDirectories(binariesDir);
        Files.createDirectories(log.getParent());
        EmbeddedPostgres postgres =
                EmbeddedPostgres.builder()
                        .setPort(port)
                        .setDataDirectory(dataDir)
                        .setCleanDataDirectory(false)
                        .setOverrideWorkingDirectory(binariesDir.toFile())
                        .setRegisterShutdownHook(false)
                        .setPGStartupWait(Duration.ofSeconds(60))
                        .setServerConfig("listen_addresses", "127.0.0.1")
                        .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                        .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                        .start();
        PostgresProcess process = new PostgresProcess(postgres, dataDir, port);
        try {
            process.createRoleAndDatabases(databases);
        } catch (SQLException e) {
            process.close();
            throw new StackException("PostgreSQL started but setting up databases failed: " + e, e);
        }
        return process;
    }

    private void createRoleAndDatabases(List<String> databases) throws SQLException {
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
                Statement statement = connection.createStatement()) {
            statement.execute(
                    "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '"
                            + StackConfig.DB_USER
                            + "') THEN CREATE ROLE "
                            + StackConfig.DB_USER
                            + " LOGIN PASSWORD '"
                            + StackConfig.DB_PASSWORD
                            + "'; END IF; END $$");
            for (String database : databases) {
                try (PreparedStatement exists =
                        connection.prepareStatement(
                                "SELECT 1 FROM pg_database WHERE datname = ?")) {
                    exists.setString(1, database);
                    try (ResultSet rs = exists.executeQuery()) {
                        if (!rs.next()) {
                            statement.execute(
                                    "CREATE DATABASE "
                                            + database
                                            + " OWNER "
                                            + StackConfig.DB_USER);
                        }
                    }
                }
            }
        }
    }

    public int port() {
        return port;
    }

    /** The postmaster's pid, as PostgreSQL itself records it. */
    public OptionalLong pid() {
        return postmasterPid(dataDir);
    }

    public static OptionalLong postmasterPid(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        try {
            if (Files.exists(pidFile)) {
                String first = Files.readAllLines(pidFile).get(0).trim();
                return OptionalLong.of(Long.parseLong(first));
            }
        } catch (IOException | RuntimeException ignored) {
            // no readable pid file: no running server we know of
        }
        return OptionalLong.empty();
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }
}
