package org.letsconnect.platform.csv;

import java.util.List;

/**
 * One record of a CSV file.
 *
 * @param number the record's number, 1-based, blank lines counted: its row in a spreadsheet
 * @param line the physical line it starts on, 1-based (a quoted field may span lines)
 * @param fields its fields, as written (unquoted, not stripped)
 */
public record CsvRow(int number, int line, List<String> fields) {

    public CsvRow {
        fields = List.copyOf(fields);
    }

    /** Whether every field is blank (an empty line, or only separators). */
    public boolean isBlank() {
        return fields.stream().allMatch(String::isBlank);
    }

    /** The field at a position, or "" when the position is null (a column the file lacks) or past the end. */
    public String field(Integer position) {
        return position == null || position >= fields.size() ? "" : fields.get(position);
    }
}
