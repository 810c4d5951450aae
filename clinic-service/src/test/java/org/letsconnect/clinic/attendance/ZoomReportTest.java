package org.letsconnect.clinic.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.letsconnect.platform.i18n.Message;
import org.letsconnect.platform.problem.InvalidField;
import org.letsconnect.platform.problem.ProblemException;

class ZoomReportTest {

    private static final ZoneId LAGOS = ZoneId.of("Africa/Lagos");
    private static final Message EXPORT_AGAIN = Message.of("clinic-attendance-file-hint-export");
    private static final Message SMALLER = Message.of("clinic-attendance-file-hint-smaller");
    private static final String HEADER = "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest\n";

    private static ZoomReport read(String text) {
        return ZoomReport.read(text.getBytes(StandardCharsets.UTF_8), LAGOS, 1024 * 1024, 100);
    }

    private static InvalidField refusal(byte[] bytes, int maxRows) {
        ProblemException e = assertThrows(ProblemException.class,
                () -> ZoomReport.read(bytes, LAGOS, 1024 * 1024, maxRows));
        assertEquals(400, e.status());
        assertEquals("file", e.invalidFields().get(0).field());
        return e.invalidFields().get(0);
    }

    private static InvalidField refusal(String text) {
        return refusal(text.getBytes(StandardCharsets.UTF_8), 100);
    }

    @Test
    void readsTheParticipantsExportWithZoomsTimes() {
        ZoomReport report = read(HEADER
                + "Amina Yusuf (Amina Y.),Amina.Yusuf@Example.org,11/20/2026 01:58:12 PM,11/20/2026 03:01:40 PM,64,No\n"
                + "\"Kwame, the sharer (he/him)\",,11/20/2026 02:00:00 PM,11/20/2026 04:00:00 PM,120,Yes\n");
        assertEquals(2, report.joins().size());
        ZoomReport.Join amina = report.joins().get(0);
        assertEquals(new ZoomName("Amina Yusuf", "Amina Y."), amina.name());
        assertEquals("amina.yusuf@example.org", amina.email());
        assertEquals(Instant.parse("2026-11-20T12:58:12Z"), amina.joinedAt());
        assertEquals(Instant.parse("2026-11-20T14:01:40Z"), amina.leftAt());
        assertEquals(2, amina.row());
        ZoomReport.Join kwame = report.joins().get(1);
        assertEquals(new ZoomName("Kwame, the sharer", null), kwame.name());
        assertNull(kwame.email());
        assertTrue(kwame.guest());
    }

    @Test
    void skipsTheMeetingSummaryAndIgnoresExtraColumnsAByteOrderMarkAndCrlf() {
        ZoomReport report = read("\uFEFFMeeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants\r\n"
                + "834 1234 5678,\"Learning Clinic: \"\"Wikidata\"\", queries\",11/20/2026 01:55:00 PM,"
                + "11/20/2026 04:05:00 PM,host@example.org,130,31\r\n"
                + "\r\n"
                + "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest,Recording Consent,"
                + "In Waiting Room\r\n"
                + "\"Fatima\nZahra\",,11/20/2026 02:00:00 PM,11/20/2026 02:30:00 PM,30,Yes,Y,No\r\n");
        assertEquals(1, report.joins().size());
        assertEquals("Fatima\nZahra", report.joins().get(0).name().shown());
        assertEquals(5, report.joins().get(0).row());
    }

    @Test
    void refusesEmptyFiles() {
        assertEquals("platform-csv-empty", refusal(new byte[0], 100).messageKey());
        assertEquals("platform-csv-empty", refusal("\uFEFF \n\n").messageKey());
        assertEquals("platform-csv-empty", refusal(",,,\n").messageKey());
        assertEquals("clinic-attendance-file-no-rows", refusal(HEADER).messageKey());
    }

    @Test
    void refusesOtherEncodings() {
        byte[] latin1 = (HEADER + "José Núñez,,11/20/2026 02:00:00 PM,11/20/2026 02:30:00 PM,30,Yes\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        InvalidField notUtf8 = refusal(latin1, 100);
        assertEquals("platform-csv-not-utf8", notUtf8.messageKey());
        assertEquals(List.of(2, 4, EXPORT_AGAIN), List.of(notUtf8.params()));
        InvalidField utf16 = refusal(HEADER.getBytes(StandardCharsets.UTF_16), 100);
        assertEquals("platform-csv-utf16", utf16.messageKey());
        assertEquals(List.of(EXPORT_AGAIN), List.of(utf16.params()));
        assertEquals("platform-csv-utf16",
                refusal(HEADER.getBytes(StandardCharsets.UTF_16LE), 100).messageKey());
    }

    @Test
    void namesTheMissingColumns() {
        InvalidField missing = refusal("Name,Email,Date\nAmina,a@example.org,11/20/2026\n");
        assertEquals("platform-csv-missing-columns", missing.messageKey());
        assertEquals(List.of("Join Time, Leave Time", 2, EXPORT_AGAIN), List.of(missing.params()));
    }

    @Test
    void namesTheRowAndColumnOfATimeItCannotRead() {
        InvalidField badTime = refusal(HEADER
                + "Amina,,11/20/2026 02:00:00 PM,11/20/2026 02:30:00 PM,30,No\n"
                + "Kwame,,20.11.2026 14:00,11/20/2026 02:30:00 PM,30,No\n");
        assertEquals("clinic-attendance-bad-time", badTime.messageKey());
        assertEquals(List.of(3, "Join Time", "20.11.2026 14:00"), List.of(badTime.params()));
        assertEquals("clinic-attendance-leave-before-join", refusal(HEADER
                + "Amina,,11/20/2026 02:00:00 PM,11/20/2026 01:30:00 PM,30,No\n").messageKey());
    }

    @Test
    void refusesTooManyRowsAndUnendedQuotes() {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i < 4; i++) {
            text.append("Person ").append(i).append(",,11/20/2026 02:00:00 PM,11/20/2026 02:30:00 PM,30,No\n");
        }
        InvalidField tooMany = refusal(text.toString().getBytes(StandardCharsets.UTF_8), 3);
        assertEquals("platform-csv-too-many-rows", tooMany.messageKey());
        assertEquals(List.of(3, SMALLER), List.of(tooMany.params()));
        InvalidField unended = refusal(HEADER + "\"Amina,,11/20/2026 02:00:00 PM,11/20/2026 02:30:00 PM,30,No\n");
        assertEquals("platform-csv-unclosed-quote", unended.messageKey());
        assertEquals(List.of(2, 1, EXPORT_AGAIN), List.of(unended.params()));
        InvalidField tooLarge = assertThrows(ProblemException.class,
                () -> ZoomReport.read(HEADER.getBytes(StandardCharsets.UTF_8), LAGOS, 10, 100)).invalidFields().get(0);
        assertEquals("platform-csv-too-large", tooLarge.messageKey());
        assertEquals(List.of(1L, SMALLER), List.of(tooLarge.params()));
    }
}
