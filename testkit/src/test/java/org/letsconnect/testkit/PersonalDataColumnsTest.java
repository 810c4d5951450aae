package org.letsconnect.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PersonalDataColumnsTest {

    private static final PersonalDataColumns COLUMNS = PersonalDataColumns.load(PersonalDataColumnsTest.class,
            "/erasure/personal.txt", "/erasure/non-personal.txt");

    private final Postgres postgres = Postgres.shared();

    @Test
    void everyColumnMustBeClassifiedAndEveryListedColumnMustExist() throws Exception {
        assertEquals(Set.of("person.id", "person.name", "person.tags"), COLUMNS.erased());
        try (Connection connection = postgres.connect(postgres.createDatabase("columns"));
                Statement statement = connection.createStatement()) {
            statement.execute("create table person (id uuid, name text, tags text[], legacy text, version int)");
            COLUMNS.assertEveryColumnClassified(connection);

            statement.execute("alter table person add column nickname text");
            AssertionError unclassified = assertThrows(AssertionError.class,
                    () -> COLUMNS.assertEveryColumnClassified(connection));
            assertTrue(unclassified.getMessage().contains("[person.nickname]"), unclassified.getMessage());
            assertTrue(unclassified.getMessage().contains("make the erasure clear it"), unclassified.getMessage());

            statement.execute("alter table person drop column nickname, drop column legacy");
            AssertionError gone = assertThrows(AssertionError.class,
                    () -> COLUMNS.assertEveryColumnClassified(connection));
            assertTrue(gone.getMessage().contains("[person.legacy]"), gone.getMessage());
        }
    }

    @Test
    void findsValuesInTheErasedColumnsOnly() throws Exception {
        try (Connection connection = postgres.connect(postgres.createDatabase("columns"));
                Statement statement = connection.createStatement()) {
            statement.execute("create table person (id uuid, name text, tags text[], legacy text, version int)");
            statement.execute("insert into person values ('6f1c27d4-5b0e-4c69-9d43-2f7c1a0b9e11', 'Amina Yusuf',"
                    + " '{\"amina@example.org\"}', 'Kwame', 1)");

            assertEquals(List.of("person.id: 6f1c27d4-5b0e-4c69-9d43-2f7c1a0b9e11", "person.name: amina yusuf",
                    "person.tags: amina@example.org"),
                    COLUMNS.erasedColumnsHolding(connection,
                            List.of("6f1c27d4-5b0e-4c69-9d43-2f7c1a0b9e11", "amina yusuf", "amina@example.org",
                                    "Kwame", "100%_")));
        }
    }
}
