package org.letsconnect.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresTest {

    @Test
    void sharedServerCreatesDatabasesThatAcceptJdbcConnections() throws Exception {
        Postgres postgres = Postgres.shared();
        assertSame(postgres, Postgres.shared());

        String first = postgres.createDatabase("Orders-Test");
        String second = postgres.createDatabase("Orders-Test");
        assertTrue(first.startsWith("orders_test_"), first);
        assertNotEquals(first, second);
        assertEquals("postgresql://localhost:" + postgres.port() + "/" + first, postgres.reactiveUrl(first));

        // the URL, user and password exactly as a service gets them
        Properties credentials = new Properties();
        credentials.setProperty("user", postgres.username());
        credentials.setProperty("password", postgres.password());
        try (Connection connection = new org.postgresql.Driver().connect(postgres.jdbcUrl(first), credentials);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE greeting (text varchar NOT NULL)");
            statement.execute("INSERT INTO greeting VALUES ('hello')");
            try (ResultSet result = statement.executeQuery("SELECT text, current_database() FROM greeting")) {
                assertTrue(result.next());
                assertEquals("hello", result.getString(1));
                assertEquals(first, result.getString(2));
            }
        }
    }

    @Test
    void createDatabaseIfMissingIsIdempotent() throws Exception {
        Postgres postgres = Postgres.shared();
        postgres.createDatabaseIfMissing("idempotent_db");
        postgres.createDatabaseIfMissing("idempotent_db");
        try (Connection connection = postgres.connect("idempotent_db");
                ResultSet result = connection.createStatement().executeQuery("SELECT current_database()")) {
            assertTrue(result.next());
            assertEquals("idempotent_db", result.getString(1));
        }
    }

    @Test
    void persistentServerKeepsItsDataAcrossRestarts(@TempDir Path directory) throws Exception {
        Path data = directory.resolve("pg");
        try (Postgres postgres = Postgres.start(data, 0)) {
            postgres.createDatabaseIfMissing("registry");
            try (Connection connection = postgres.connect("registry"); Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE kept (id int)");
                statement.execute("INSERT INTO kept VALUES (42)");
            }
        }
        try (Postgres postgres = Postgres.start(data, 0)) {
            postgres.createDatabaseIfMissing("registry");
            try (Connection connection = postgres.connect("registry");
                    ResultSet result = connection.createStatement().executeQuery("SELECT id FROM kept")) {
                assertTrue(result.next());
                assertEquals(42, result.getInt(1));
            }
        }
    }
}
