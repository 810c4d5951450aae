package org.letsconnect.registry.importing;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.letsconnect.platform.problem.ProblemException;

/**
 * An uploaded export of the old registration form, checked as a whole before anything is looked up: not empty, at
 * most {@code maxBytes}, UTF-8 (a byte order mark is fine), CSV, with every required column, at most
 * {@code maxRows} answers. Each refusal is a 400 problem naming the field {@code file}.
 *
 * @param answers the answers, blank lines left out, each with its spreadsheet row (the header is row 1)
 */
record FormFile(List<FormAnswer> answers) {

    /** One answer: its row in the spreadsheet and the text of each column the file has. */
    record FormAnswer(int row, Map<FormColumn, String> values) {

        String get(FormColumn column) {
            String value = values.get(column);
            return value == null ? "" : value.strip();
        }
    }

    static FormFile read(byte[] bytes, long maxBytes, int maxRows) {
        if (bytes == null || bytes.length == 0) {
            throw refused("registry-import-file-empty");
        }
        if (bytes.length > maxBytes) {
            throw refused("registry-import-file-too-large", Math.max(1, maxBytes / (1024 * 1024)));
        }
        String text = decode(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw refused("registry-import-file-empty");
        }
        char first = text.strip().charAt(0);
        if (first == '{' || first == '[' || first == '<') {
            throw refused("registry-import-file-not-csv", 1);
        }
        List<CsvParser.Record> records;
        try {
            records = CsvParser.parse(text);
        } catch (CsvParser.NotCsvException e) {
            throw refused("registry-import-file-not-csv", e.line());
        }
        int headerIndex = 0;
        while (headerIndex < records.size() && records.get(headerIndex).isBlank()) {
            headerIndex++;
        }
        if (headerIndex == records.size()) {
            throw refused("registry-import-file-empty");
        }
        List<String> header = records.get(headerIndex).fields();
        if (header.size() < 2) {
            throw refused("registry-import-file-not-csv", records.get(headerIndex).line());
        }
        Map<FormColumn, Integer> positions = columns(header);
        List<String> missing = new ArrayList<>();
        for (FormColumn column : FormColumn.values()) {
            if (column.required() && !positions.containsKey(column)) {
                missing.add(column.header());
            }
        }
        if (!missing.isEmpty()) {
            throw refused("registry-import-missing-columns", String.join(", ", missing), missing.size());
        }
        List<FormAnswer> answers = new ArrayList<>();
        for (int i = headerIndex + 1; i < records.size(); i++) {
            CsvParser.Record record = records.get(i);
            if (record.isBlank()) {
                continue;
            }
            if (answers.size() == maxRows) {
                throw refused("registry-import-too-many-rows", maxRows);
            }
            List<String> fields = record.fields();
            for (int extra = header.size(); extra < fields.size(); extra++) {
                if (!fields.get(extra).isBlank()) {
                    throw refused("registry-import-file-not-csv", record.line());
                }
            }
            Map<FormColumn, String> values = new EnumMap<>(FormColumn.class);
            positions.forEach((column, position) -> values.put(column,
                    position < fields.size() ? fields.get(position) : ""));
            answers.add(new FormAnswer(i + 1, Collections.unmodifiableMap(values)));
        }
        return new FormFile(List.copyOf(answers));
    }

    /** Where each known column is: the first header cell that names it. */
    static Map<FormColumn, Integer> columns(List<String> header) {
        Map<FormColumn, Integer> positions = new EnumMap<>(FormColumn.class);
        for (int i = 0; i < header.size(); i++) {
            for (FormColumn column : FormColumn.values()) {
                if (!positions.containsKey(column) && column.matches(header.get(i))) {
                    positions.put(column, i);
                    break;
                }
            }
        }
        return positions;
    }

    /** Strict UTF-8: a malformed byte refuses the file, naming the line it is on. */
    static String decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position() && i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw refused("registry-import-file-not-utf8", line);
        }
        out.flip();
        return out.toString();
    }

    private static ProblemException refused(String key, Object... params) {
        return ProblemException.invalidField("file", key, params);
    }
}
