package org.letsconnect.platform.csv;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A column an upload reads, implemented by the feature's enum of columns: whether a file must have it, the header
 * that names it in a refusal, and which header cells name it.
 */
public interface CsvColumn {

    /** Whether a file without this column is refused. */
    boolean required();

    /** The header as the exporting program writes it, to name a missing column. */
    String header();

    /** Whether a header cell names this column. */
    boolean matches(String cell);

    /** Where each column of the enum is: the first header cell that names it (a column named nowhere is absent). */
    static <E extends Enum<E> & CsvColumn> Map<E, Integer> positions(List<String> cells, Class<E> columns) {
        Map<E, Integer> positions = new EnumMap<>(columns);
        for (int i = 0; i < cells.size(); i++) {
            for (E column : columns.getEnumConstants()) {
                if (!positions.containsKey(column) && column.matches(cells.get(i))) {
                    positions.put(column, i);
                    break;
                }
            }
        }
        return positions;
    }

    /** {@link #positions} of the header row, refused ({@code MISSING_COLUMNS}) when a required column is absent. */
    static <E extends Enum<E> & CsvColumn> Map<E, Integer> locate(CsvRow header, Class<E> columns) {
        Map<E, Integer> positions = positions(header.fields(), columns);
        List<String> missing = new ArrayList<>();
        for (E column : columns.getEnumConstants()) {
            if (column.required() && !positions.containsKey(column)) {
                missing.add(column.header());
            }
        }
        if (!missing.isEmpty()) {
            throw new CsvRefusal(CsvRefusal.Reason.MISSING_COLUMNS, String.join(", ", missing), missing.size());
        }
        return positions;
    }
}
