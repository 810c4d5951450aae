package org.letsconnect.clinic.attendance;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.letsconnect.platform.problem.ProblemException;

/**
 * Zoom's participant report ("Participants" export of a past meeting), read and checked as a whole: not empty, at
 * most {@code maxBytes}, UTF-8 (a byte order mark is fine), CSV, with the required columns, at most {@code maxRows}
 * joins, each with a name and times Zoom's way ({@code 11/20/2026 01:58:12 PM}) in the account's time zone. Some
 * exports start with a meeting summary (a {@code Meeting ID,Topic,…} header, its values, a blank line) before the
 * participants' header; it is skipped. Every refusal is a 400 problem naming the field {@code file}.
 *
 * @param text the report's text, as read (without a byte order mark): what is kept to reconcile it again
 * @param joins one per row: Zoom writes a row for every time someone joins
 */
record ZoomReport(String text, List<Join> joins) {

    /** One row of the report: someone joined at {@code joinedAt} and left at {@code leftAt}. */
    record Join(int row, ZoomName name, String email, boolean guest, Instant joinedAt, Instant leftAt) {
    }

    /** Non-blank records before the participants' header a summary block may take. */
    private static final int HEADER_SEARCH_LIMIT = 4;

    /** How Zoom has written times: US month first, 12 h with AM/PM (the usual export) or 24 h, ISO for the API. */
    private static final List<DateTimeFormatter> TIME_FORMATS = List.of(
            pattern("MM/dd/yyyy hh:mm:ss a"), pattern("MM/dd/yyyy hh:mm a"),
            pattern("MM/dd/yyyy HH:mm:ss"), pattern("MM/dd/yyyy HH:mm"),
            pattern("yyyy-MM-dd HH:mm:ss"), pattern("yyyy-MM-dd'T'HH:mm:ss"));

    static ZoomReport read(byte[] bytes, ZoneId zone, long maxBytes, int maxRows) {
        if (bytes == null || bytes.length == 0) {
            throw refused("clinic-attendance-file-empty");
        }
        if (bytes.length > maxBytes) {
            throw refused("clinic-attendance-file-too-large", Math.max(1, maxBytes / (1024 * 1024)));
        }
        String text = decode(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw refused("clinic-attendance-file-empty");
        }
        return parse(text, zone, maxRows);
    }

    /** A report's text (UTF-8 decoded), checked as {@link #read} does. */
    static ZoomReport parse(String text, ZoneId zone, int maxRows) {
        List<CsvRecords.Record> records;
        try {
            records = CsvRecords.parse(text);
        } catch (CsvRecords.NotCsvException e) {
            throw refused("clinic-attendance-file-not-csv", e.line());
        }
        int headerIndex = headerIndex(records);
        Map<ZoomColumn, Integer> positions = columns(records.get(headerIndex).fields());
        List<String> missing = new ArrayList<>();
        for (ZoomColumn column : ZoomColumn.values()) {
            if (column.required() && !positions.containsKey(column)) {
                missing.add(column.header());
            }
        }
        if (!missing.isEmpty()) {
            throw refused("clinic-attendance-missing-columns", String.join(", ", missing), missing.size());
        }
        List<Join> joins = new ArrayList<>();
        for (int i = headerIndex + 1; i < records.size(); i++) {
            CsvRecords.Record record = records.get(i);
            if (record.isBlank()) {
                continue;
            }
            if (joins.size() == maxRows) {
                throw refused("clinic-attendance-too-many-rows", maxRows);
            }
            joins.add(join(record, positions, zone));
        }
        if (joins.isEmpty()) {
            throw refused("clinic-attendance-file-no-rows");
        }
        return new ZoomReport(text, List.copyOf(joins));
    }

    /** The participants' header: the first record (of the first few) naming a join time, else the first one. */
    private static int headerIndex(List<CsvRecords.Record> records) {
        int first = -1;
        int seen = 0;
        for (int i = 0; i < records.size() && seen < HEADER_SEARCH_LIMIT; i++) {
            CsvRecords.Record record = records.get(i);
            if (record.isBlank()) {
                continue;
            }
            if (first < 0) {
                first = i;
            }
            seen++;
            if (record.fields().stream().anyMatch(ZoomColumn.JOIN_TIME::matches)) {
                return i;
            }
        }
        return first;
    }

    private static Map<ZoomColumn, Integer> columns(List<String> header) {
        Map<ZoomColumn, Integer> positions = new EnumMap<>(ZoomColumn.class);
        for (int i = 0; i < header.size(); i++) {
            for (ZoomColumn column : ZoomColumn.values()) {
                if (!positions.containsKey(column) && column.matches(header.get(i))) {
                    positions.put(column, i);
                    break;
                }
            }
        }
        return positions;
    }

    private static Join join(CsvRecords.Record record, Map<ZoomColumn, Integer> positions, ZoneId zone) {
        int row = record.line();
        String name = value(record, positions, ZoomColumn.NAME);
        if (name.isEmpty()) {
            throw refused("clinic-attendance-row-without-name", row);
        }
        Instant joinedAt = time(record, positions, ZoomColumn.JOIN_TIME, zone);
        Instant leftAt = time(record, positions, ZoomColumn.LEAVE_TIME, zone);
        if (leftAt.isBefore(joinedAt)) {
            throw refused("clinic-attendance-leave-before-join", row);
        }
        String email = value(record, positions, ZoomColumn.EMAIL);
        String guest = value(record, positions, ZoomColumn.GUEST);
        return new Join(row, ZoomName.parse(name), email.isEmpty() ? null : email.toLowerCase(Locale.ROOT),
                guest.equalsIgnoreCase("yes") || guest.equalsIgnoreCase("true"), joinedAt, leftAt);
    }

    private static String value(CsvRecords.Record record, Map<ZoomColumn, Integer> positions, ZoomColumn column) {
        Integer position = positions.get(column);
        return position == null || position >= record.fields().size() ? ""
                : record.fields().get(position).strip();
    }

    private static Instant time(CsvRecords.Record record, Map<ZoomColumn, Integer> positions, ZoomColumn column,
            ZoneId zone) {
        String text = value(record, positions, column);
        for (DateTimeFormatter format : TIME_FORMATS) {
            try {
                return LocalDateTime.parse(text, format).atZone(zone).toInstant();
            } catch (DateTimeParseException e) {
                // not this format: try the next one
            }
        }
        throw refused("clinic-attendance-bad-time", record.line(), column.header(), text);
    }

    private static DateTimeFormatter pattern(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.US);
    }

    /** Strict UTF-8: a malformed byte (another encoding, UTF-16) refuses the file, naming the line it is on. */
    private static String decode(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            throw refused("clinic-attendance-file-utf16");
        }
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
            throw refused("clinic-attendance-file-not-utf8", line);
        }
        out.flip();
        String text = out.toString();
        if (text.indexOf('\u0000') >= 0) {
            // UTF-16 without a byte order mark decodes as UTF-8 full of NULs
            throw refused("clinic-attendance-file-utf16");
        }
        return text;
    }

    private static ProblemException refused(String key, Object... params) {
        return ProblemException.invalidField("file", key, params);
    }
}
