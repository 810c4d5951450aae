package org.letsconnect.testkit;

import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The erasure guard every service with a database extends ({@code @QuarkusTest @WithTestInfrastructure class
 * ErasureGuardTest extends PersonalDataErasureTest}): every column the migrations create is classified in the
 * service's test resources {@value #PERSONAL} (each {@code table.column erased} or {@code kept <reason>}) and
 * {@value #NON_PERSONAL}, so a migration that adds a column nobody classified fails the build. The service's own
 * test adds the proof that erasure clears what it claims to, with {@link #erasedColumnsHolding(Collection)}.
 */
public abstract class PersonalDataErasureTest {

    /** The service's list of columns that may hold personal data, and what erasure does with each. */
    public static final String PERSONAL = "/erasure/personal-data-columns.txt";
    /** The service's list of columns that hold no personal data. */
    public static final String NON_PERSONAL = "/erasure/non-personal-columns.txt";

    @InjectInfrastructure
    protected Postgres postgres;
    @InjectInfrastructure
    protected String database;

    private final PersonalDataColumns columns = PersonalDataColumns.of(getClass());

    @Test
    void everyColumnAfterTheMigrationsIsClassified() throws SQLException {
        columns.assertEveryColumnClassified(postgres, database);
    }

    /** Where ({@code table.column: value}) an erased column still holds one of the values. */
    protected List<String> erasedColumnsHolding(Collection<String> values) throws SQLException {
        return columns.erasedColumnsHolding(postgres, database, values);
    }
}
