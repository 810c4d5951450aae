package org.letsconnect.platform.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A CSV file as {@link CsvReader} read it: its text and every record, blank ones included, with at least one that
 * is not blank.
 *
 * @param text the text as decoded, without a byte order mark
 * @param rows every record, in order
 * @param limits the limits it was read with; {@link #rowsBelow} applies the row limit
 */
public record CsvTable(String text, List<CsvRow> rows, CsvLimits limits) {

    public CsvTable {
        rows = List.copyOf(rows);
    }

    /** The first non-blank record, where a header usually is. */
    public CsvRow firstRow() {
        return rows.stream().filter(row -> !row.isBlank()).findFirst().orElseThrow();
    }

    /**
     * The header among the first {@code within} non-blank records: the first one {@code isHeader} accepts, else the
     * first non-blank record (some exports put a summary block above the header).
     */
    public CsvRow header(int within, Predicate<CsvRow> isHeader) {
        int seen = 0;
        for (CsvRow row : rows) {
            if (row.isBlank()) {
                continue;
            }
            if (isHeader.test(row)) {
                return row;
            }
            if (++seen == within) {
                break;
            }
        }
        return firstRow();
    }

    /** The non-blank records below the header; refused ({@code TOO_MANY_ROWS}) past the row limit. */
    public List<CsvRow> rowsBelow(CsvRow header) {
        List<CsvRow> below = new ArrayList<>();
        for (CsvRow row : rows.subList(header.number(), rows.size())) {
            if (row.isBlank()) {
                continue;
            }
            if (below.size() == limits.maxRows()) {
                throw new CsvRefusal(CsvRefusal.Reason.TOO_MANY_ROWS, limits.maxRows());
            }
            below.add(row);
        }
        return below;
    }
}
