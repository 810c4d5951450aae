package org.letsconnect.clinic.attendance;

import java.util.List;
import java.util.Locale;

import org.letsconnect.platform.csv.CsvColumn;

/**
 * The columns of Zoom's participant report that attendance reads, each with the header texts Zoom has used for it
 * (compared case-insensitively). Other columns are ignored: {@code Recording Consent}, {@code In Waiting Room}, and
 * {@code Duration (Minutes)} too — minutes are computed from the times, reconnects and overlaps counted once.
 */
enum ZoomColumn implements CsvColumn {
    NAME(true, "Name (Original Name)", "Name", "Participant", "User Name (Original Name)"),
    EMAIL(true, "User Email", "Email", "Attendee Email"),
    JOIN_TIME(true, "Join Time"),
    LEAVE_TIME(true, "Leave Time"),
    GUEST(false, "Guest");

    private final boolean required;
    private final List<String> headers;

    ZoomColumn(boolean required, String... headers) {
        this.required = required;
        this.headers = List.of(headers);
    }

    @Override
    public boolean required() {
        return required;
    }

    /** The header as Zoom writes it, to name a missing column. */
    @Override
    public String header() {
        return headers.get(0);
    }

    @Override
    public boolean matches(String cell) {
        String text = cell.strip().toLowerCase(Locale.ROOT);
        return headers.stream().anyMatch(header -> header.toLowerCase(Locale.ROOT).equals(text));
    }
}
