package org.letsconnect.registry.importing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.letsconnect.platform.csv.CsvColumn;
import org.letsconnect.platform.csv.CsvHints;
import org.letsconnect.platform.csv.CsvLimits;
import org.letsconnect.platform.csv.CsvReader;
import org.letsconnect.platform.csv.CsvRefusal;
import org.letsconnect.platform.csv.CsvRow;
import org.letsconnect.platform.csv.CsvTable;
import org.letsconnect.platform.problem.ProblemException;

/**
 * An uploaded export of the old registration form, checked as a whole before anything is looked up: read by the
 * platform's {@link CsvReader} (not empty, at most {@code maxBytes}, UTF-8, CSV, at most {@code maxRows} answers),
 * then checked the form's way: not a JSON or HTML document, a header of at least two columns with every required
 * column, no answer longer than the header. Each refusal is a 400 problem naming the field {@code file}.
 *
 * @param answers the answers, blank lines left out, each with its spreadsheet row (the header is row 1)
 */
record FormFile(List<FormAnswer> answers) {

    /** What organizers can do about a refused file, said after what is wrong with it. */
    static final CsvHints HINTS = new CsvHints("registry-import-file-hint-export", "registry-import-file-hint-smaller");

    /** One answer: its row in the spreadsheet and the text of each column the file has. */
    record FormAnswer(int row, Map<FormColumn, String> values) {

        String get(FormColumn column) {
            String value = values.get(column);
            return value == null ? "" : value.strip();
        }
    }

    static FormFile read(byte[] bytes, long maxBytes, int maxRows) {
        try {
            return read(CsvReader.read(bytes, new CsvLimits(maxBytes, maxRows)));
        } catch (CsvRefusal refusal) {
            throw refused(refusal);
        }
    }

    /** A refusal of the file, as the 400 problem naming the field {@code file}. */
    private static ProblemException refused(CsvRefusal refusal) {
        return refusal.problem("file", HINTS);
    }

    private static FormFile read(CsvTable table) {
        char first = table.text().strip().charAt(0);
        if (first == '{' || first == '[' || first == '<') {
            throw CsvRefusal.notCsv(1);
        }
        CsvRow header = table.firstRow();
        if (header.fields().size() < 2) {
            throw CsvRefusal.notCsv(header.line());
        }
        Map<FormColumn, Integer> positions = CsvColumn.locate(header, FormColumn.class);
        List<FormAnswer> answers = new ArrayList<>();
        for (CsvRow row : table.rowsBelow(header)) {
            List<String> fields = row.fields();
            for (int extra = header.fields().size(); extra < fields.size(); extra++) {
                if (!fields.get(extra).isBlank()) {
                    throw CsvRefusal.notCsv(row.line());
                }
            }
            Map<FormColumn, String> values = new EnumMap<>(FormColumn.class);
            positions.forEach((column, position) -> values.put(column, row.field(position)));
            answers.add(new FormAnswer(row.number(), Collections.unmodifiableMap(values)));
        }
        return new FormFile(List.copyOf(answers));
    }
}
