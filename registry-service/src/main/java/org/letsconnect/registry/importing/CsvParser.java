package org.letsconnect.registry.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV as Google Forms and Google Sheets export it: fields separated by commas (or by semicolons or tabs
 * when the first line says so, as spreadsheets saved in some locales do), optionally quoted with {@code "}, a quote
 * inside quotes doubled, line breaks ({@code CRLF} or {@code LF}) allowed inside quotes. Lenient where a spreadsheet
 * is: a quote in the middle of an unquoted field is kept as a character. Strict where a file is not CSV at all: a
 * NUL character or a quoted field that never ends.
 */
final class CsvParser {

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

    private CsvParser() {
    }

    /** Every record of the text, blank lines included (as records whose fields are blank). */
    static List<Record> parse(String text) throws NotCsvException {
        char delimiter = delimiter(text);
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        boolean quoted = false;
        boolean fieldStart = true;
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
                continue;
            }
            if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                fieldStart = true;
                continue;
            }
            if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                records.add(new Record(recordLine, List.copyOf(fields)));
                fields.clear();
                fieldStart = true;
                line++;
                recordLine = line;
                continue;
            }
            if (c == '"' && fieldStart && field.isEmpty()) {
                quoted = true;
                fieldStart = false;
                continue;
            }
            fieldStart = false;
            field.append(c);
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

    /** The separator the first line uses most: comma, semicolon or tab (comma when none appears). */
    static char delimiter(String text) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == '\t') {
                tabs++;
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas && tabs > semicolons ? '\t' : ',';
    }
}
