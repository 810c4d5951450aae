package org.letsconnect.clinic.attendance;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
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
 * Zoom's participant report ("Participants" export of a past meeting), read and checked as a whole: read by the
 * platform's {@link CsvReader} (not empty, at most {@code maxBytes}, UTF-8, CSV, at most {@code maxRows} joins), with
 * the required columns, at least one join, each with a name and times Zoom's way ({@code 11/20/2026 01:58:12 PM})
 * in the account's time zone. Some exports start with a meeting summary (a {@code Meeting ID,Topic,…} header, its
 * values, a blank line) before the participants' header: its start, end and host account ({@code User Email}) are
 * read when it has them, and it is otherwise skipped. Every refusal is a 400 problem naming the field {@code file}.
 *
 * @param text the report's text, as read (without a byte order mark)
 * @param summary the meeting summary, or null when the export has none
 * @param joins one per row: Zoom writes a row for every time someone joins
 */
record ZoomReport(String text, Summary summary, List<Join> joins) {

    /** One row of the report: someone joined at {@code joinedAt} and left at {@code leftAt}. */
    record Join(int row, ZoomName name, String email, boolean guest, Instant joinedAt, Instant leftAt) {
    }

    /**
     * The meeting as Zoom's summary block gives it.
     *
     * @param hostEmail the account that hosted the meeting, lower case, or null
     */
    record Summary(Instant startedAt, Instant endedAt, String hostEmail) {
    }

    /** When the meeting started as the report shows it: the summary's start, else the first join. */
    Instant startedAt() {
        return summary != null ? summary.startedAt()
                : joins.stream().map(Join::joinedAt).min(Instant::compareTo).orElseThrow();
    }

    /** When the meeting ended as the report shows it: the summary's end, else the last leave. */
    Instant endedAt() {
        return summary != null ? summary.endedAt()
                : joins.stream().map(Join::leftAt).max(Instant::compareTo).orElseThrow();
    }

    /** The SHA-256 of the report's text: whether an upload is the report already uploaded. */
    String digest() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Non-blank records before the participants' header a summary block may take. */
    private static final int HEADER_SEARCH_LIMIT = 4;

    /** How Zoom has written times: US month first, 12 h with AM/PM (the usual export) or 24 h, ISO for the API. */
    private static final List<DateTimeFormatter> TIME_FORMATS = List.of(
            pattern("MM/dd/yyyy hh:mm:ss a"), pattern("MM/dd/yyyy hh:mm a"),
            pattern("MM/dd/yyyy HH:mm:ss"), pattern("MM/dd/yyyy HH:mm"),
            pattern("yyyy-MM-dd HH:mm:ss"), pattern("yyyy-MM-dd'T'HH:mm:ss"));

    /** What organizers can do about a refused report, said after what is wrong with it. */
    static final CsvHints HINTS = new CsvHints("clinic-attendance-file-hint-export",
            "clinic-attendance-file-hint-smaller");

    static ZoomReport read(byte[] bytes, ZoneId zone, long maxBytes, int maxRows) {
        try {
            return read(CsvReader.read(bytes, new CsvLimits(maxBytes, maxRows)), zone);
        } catch (CsvRefusal refusal) {
            throw refused(refusal);
        }
    }

    /** A refusal of the file, as the 400 problem naming the field {@code file}. */
    private static ProblemException refused(CsvRefusal refusal) {
        return refusal.problem("file", HINTS);
    }

    private static ZoomReport read(CsvTable table, ZoneId zone) {
        CsvRow header = table.header(HEADER_SEARCH_LIMIT,
                row -> row.fields().stream().anyMatch(ZoomColumn.JOIN_TIME::matches));
        Map<ZoomColumn, Integer> positions = CsvColumn.locate(header, ZoomColumn.class);
        List<Join> joins = new ArrayList<>();
        for (CsvRow row : table.rowsBelow(header)) {
            joins.add(join(row, positions, zone));
        }
        if (joins.isEmpty()) {
            throw refused("clinic-attendance-file-no-rows");
        }
        return new ZoomReport(table.text(), summary(table, header, zone), List.copyOf(joins));
    }

    /**
     * The summary block above the participants' header: a header row naming {@code Start Time} and {@code End Time}
     * and the row of values below it; null when there is none, or when its times are not Zoom's (the participants'
     * rows still give the meeting's span).
     */
    private static Summary summary(CsvTable table, CsvRow participantsHeader, ZoneId zone) {
        List<CsvRow> above = table.rows().subList(0, participantsHeader.number() - 1).stream()
                .filter(row -> !row.isBlank()).toList();
        if (above.size() < 2) {
            return null;
        }
        CsvRow header = above.get(0);
        CsvRow values = above.get(1);
        Integer start = position(header, "Start Time");
        Integer end = position(header, "End Time");
        Integer host = position(header, "User Email");
        if (start == null || end == null) {
            return null;
        }
        Instant startedAt = parseTime(values.field(start).strip(), zone);
        Instant endedAt = parseTime(values.field(end).strip(), zone);
        if (startedAt == null || endedAt == null || endedAt.isBefore(startedAt)) {
            return null;
        }
        String hostEmail = host == null ? "" : values.field(host).strip().toLowerCase(Locale.ROOT);
        return new Summary(startedAt, endedAt, hostEmail.isEmpty() ? null : hostEmail);
    }

    private static Integer position(CsvRow header, String name) {
        for (int i = 0; i < header.fields().size(); i++) {
            if (header.fields().get(i).strip().equalsIgnoreCase(name)) {
                return i;
            }
        }
        return null;
    }

    private static Join join(CsvRow record, Map<ZoomColumn, Integer> positions, ZoneId zone) {
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

    private static String value(CsvRow record, Map<ZoomColumn, Integer> positions, ZoomColumn column) {
        return record.field(positions.get(column)).strip();
    }

    private static Instant time(CsvRow record, Map<ZoomColumn, Integer> positions, ZoomColumn column,
            ZoneId zone) {
        String text = value(record, positions, column);
        Instant time = parseTime(text, zone);
        if (time == null) {
            throw refused("clinic-attendance-bad-time", record.line(), column.header(), text);
        }
        return time;
    }

    /** A time as Zoom writes it, in the account's zone; null when it is written no way Zoom writes times. */
    private static Instant parseTime(String text, ZoneId zone) {
        for (DateTimeFormatter format : TIME_FORMATS) {
            try {
                return LocalDateTime.parse(text, format).atZone(zone).toInstant();
            } catch (DateTimeParseException e) {
                // not this format: try the next one
            }
        }
        return null;
    }

    private static DateTimeFormatter pattern(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.US);
    }

    private static ProblemException refused(String key, Object... params) {
        return ProblemException.invalidField("file", key, params);
    }
}
