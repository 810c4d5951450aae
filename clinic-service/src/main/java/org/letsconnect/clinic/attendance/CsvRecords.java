package org.letsconnect.clinic.attendance;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV as Zoom writes it: comma-separated fields, optionally quoted with {@code "}, a quote inside quotes
 * doubled, line breaks ({@code CRLF} or {@code LF}) allowed inside quotes. Lenient where spreadsheets are (a quote in
 * the middle of an unquoted field is kept as a character); strict where a file is not CSV at all (a NUL character, a
 * quoted field that never ends).
 */
final class CsvRecords {

    /** One record: the physical line it starts on (1-based) and its fields. */
    record Record(int line, List<String> fields) {

        boolean isBlank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    /** The text is not CSV; {@code line} is where reading failed. */
    static final class NotCsvException extends Exception {

        private final int line;

        NotCsvException(int line, String message) {
            super(message + " (line " + line + ")");
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    private CsvRecords() {
    }

    /** Every record of the text, blank lines included (as records whose fields are blank). */
    static List<Record> parse(String text) throws NotCsvException {
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        boolean quoted = false;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                throw new NotCsvException(line, "NUL character");
            }
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < length && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                records.add(new Record(recordLine, List.copyOf(fields)));
                fields.clear();
                line++;
                recordLine = line;
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new NotCsvException(recordLine, "a quoted field does not end");
        }
        if (!field.isEmpty() || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(new Record(recordLine, List.copyOf(fields)));
        }
        return records;
    }
}
