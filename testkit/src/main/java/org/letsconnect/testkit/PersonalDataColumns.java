package org.letsconnect.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A service's classification of its database columns for erasure, read from two classpath resources, and the
 * checks an erasure guard test makes with it against the real schema (after Flyway, platform's tables included).
 * <p>
 * {@code personal} lists the columns that may hold personal data, one {@code table.column} a line with what erasure
 * does: {@code erased} (erasure clears it for the person) or {@code kept <reason>} (erasure leaves it, and why).
 * {@code nonPersonal} lists the columns known to hold no personal data, one {@code table.column} a line. Text after
 * {@code #} is a comment.
 */
public final class PersonalDataColumns {

    private final String personalResource;
    private final Map<String, String> personal; // column -> "erased" or "kept <reason>"
    private final Set<String> nonPersonal;

    private PersonalDataColumns(String personalResource, Map<String, String> personal, Set<String> nonPersonal) {
        this.personalResource = personalResource;
        this.personal = personal;
        this.nonPersonal = nonPersonal;
    }

    /** Reads both lists through {@code owner}'s class loader (the test class, whose resources hold them). */
    public static PersonalDataColumns load(Class<?> owner, String personalResource, String nonPersonalResource) {
        Map<String, String> personal = new LinkedHashMap<>();
        for (String line : lines(owner, personalResource)) {
            String[] parts = line.split("\\s+", 2);
            String disposition = parts.length > 1 ? parts[1].trim() : "";
            if (!disposition.equals("erased") && !(disposition.startsWith("kept ") && disposition.length() > 5)) {
                throw new IllegalStateException(personalResource + ": '" + line
                        + "' must say 'erased' or 'kept <reason>'");
            }
            if (personal.put(column(parts[0], personalResource), disposition) != null) {
                throw new IllegalStateException(personalResource + " lists " + parts[0] + " twice");
            }
        }
        Set<String> nonPersonal = new TreeSet<>();
        for (String line : lines(owner, nonPersonalResource)) {
            String column = column(line.split("\\s+")[0], nonPersonalResource);
            if (!nonPersonal.add(column) || personal.containsKey(column)) {
                throw new IllegalStateException(nonPersonalResource + " lists " + column + " twice or as personal too");
            }
        }
        return new PersonalDataColumns(personalResource, personal, nonPersonal);
    }

    /**
     * The service's lists at the places every service keeps them ({@link PersonalDataErasureTest#PERSONAL},
     * {@link PersonalDataErasureTest#NON_PERSONAL}), for a guard that cannot extend {@link PersonalDataErasureTest}.
     */
    public static PersonalDataColumns of(Class<?> owner) {
        return load(owner, PersonalDataErasureTest.PERSONAL, PersonalDataErasureTest.NON_PERSONAL);
    }

    /** {@link #assertEveryColumnClassified(Connection)} on a connection of its own to the service's database. */
    public void assertEveryColumnClassified(Postgres postgres, String database) throws SQLException {
        try (Connection connection = postgres.connect(database)) {
            assertEveryColumnClassified(connection);
        }
    }

    /** {@link #erasedColumnsHolding(Connection, Collection)} on a connection of its own to the service's database. */
    public List<String> erasedColumnsHolding(Postgres postgres, String database, Collection<String> values)
            throws SQLException {
        try (Connection connection = postgres.connect(database)) {
            return erasedColumnsHolding(connection, values);
        }
    }

    /** The columns erasure clears, {@code table.column}. */
    public Set<String> erased() {
        return personal.entrySet().stream().filter(e -> e.getValue().equals("erased")).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * Fails unless every column of the database's tables is on one of the lists, and every listed column exists:
     * a migration that adds a column must say whether it may hold personal data, and what erasure does with it.
     */
    public void assertEveryColumnClassified(Connection database) {
        Set<String> actual = columns(database);
        Set<String> unclassified = new TreeSet<>(actual);
        unclassified.removeAll(personal.keySet());
        unclassified.removeAll(nonPersonal);
        Set<String> gone = new TreeSet<>(personal.keySet());
        gone.addAll(nonPersonal);
        gone.removeAll(actual);
        if (!unclassified.isEmpty() || !gone.isEmpty()) {
            throw new AssertionError((unclassified.isEmpty() ? ""
                    : "Columns nobody has classified for erasure: "
                            + unclassified + ". Add each to " + personalResource + " if it may hold personal data (a person's"
                            + " id, name, e-mail, anything about them) - as 'erased', and make the erasure clear it, or as"
                            + " 'kept <reason>' - or else to the list of columns without personal data. ")
                    + (gone.isEmpty() ? "" : "Listed columns the schema does not have (remove them): " + gone));
        }
    }

    /**
     * Where the erased columns still hold any of the values: {@code table.column: value} for each column whose text
     * contains a value (case-insensitively; arrays and JSON as their text).
     */
    public List<String> erasedColumnsHolding(Connection database, Collection<String> values) {
        List<String> found = new ArrayList<>();
        for (String column : erased()) {
            String[] name = column.split("\\.");
            String sql = "select count(*) from " + quote(name[0]) + " where " + quote(name[1])
                    + "::text ilike '%' || ? || '%'";
            for (String value : values) {
                try (PreparedStatement query = database.prepareStatement(sql)) {
                    query.setString(1, value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"));
                    try (ResultSet result = query.executeQuery()) {
                        result.next();
                        if (result.getInt(1) > 0) {
                            found.add(column + ": " + value);
                        }
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException("Could not search " + column, e);
                }
            }
        }
        return found;
    }

    /** The columns of the schema's tables; views are left out: they store nothing, the tables they read are listed. */
    private static Set<String> columns(Connection database) {
        Set<String> columns = new TreeSet<>();
        try (PreparedStatement query = database.prepareStatement("""
                select c.table_name, c.column_name from information_schema.columns c
                join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'""");
                ResultSet result = query.executeQuery()) {
            while (result.next()) {
                columns.add(result.getString(1) + "." + result.getString(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the schema", e);
        }
        return columns;
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static String column(String name, String resource) {
        if (!name.matches("[a-z_][a-z0-9_]*\\.[a-z_][a-z0-9_]*")) {
            throw new IllegalStateException(resource + ": '" + name + "' is not table.column");
        }
        return name;
    }

    private static List<String> lines(Class<?> owner, String resource) {
        InputStream in = owner.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("No resource " + resource + " beside " + owner.getName());
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(line -> line.replaceFirst("#.*", "").trim()).filter(line -> !line.isEmpty())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
