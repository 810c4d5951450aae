package org.letsconnect.registry.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.letsconnect.platform.csv.CsvColumn;
import org.letsconnect.platform.i18n.Message;
import org.letsconnect.platform.problem.InvalidField;
import org.letsconnect.platform.problem.ProblemException;

/** Reading the form's export (CSV itself is platform's CsvReaderTest): required columns, limits, timestamps. */
class CsvAndFileTest {

    private static final Message EXPORT_AGAIN = Message.of("registry-import-file-hint-export");
    private static final Message SMALLER = Message.of("registry-import-file-hint-smaller");
    private static final String HEADER = "Timestamp,Email Address,What is your Wikimedia username?,Full name,"
            + "Which region are you from?,Country,Which languages do you speak?,What is your role in the movement?\r\n";

    @Test
    void aFileIsReadWithItsByteOrderMarkAndBlankLinesLeftOut() {
        String csv = "\uFEFF" + HEADER + "2024/03/05 2:14:33 PM GMT+1,a@example.org,Amina,Amina,Sub-Saharan Africa,"
                + "Nigeria,Hausa,Volunteer organiser\r\n\r\n2024/03/06 2:14:33 PM GMT+1,,Bob,Bob,MENA,Egypt,Arabic,\r\n";
        FormFile file = FormFile.read(csv.getBytes(StandardCharsets.UTF_8), 1000, 10);
        assertEquals(2, file.answers().size());
        assertEquals(2, file.answers().get(0).row());
        assertEquals(4, file.answers().get(1).row());
        assertEquals("Amina", file.answers().get(0).get(FormColumn.USERNAME));
        assertEquals("", file.answers().get(1).get(FormColumn.PRONOUNS), "a column the file lacks reads as empty");
    }

    @Test
    void headersAreRecognisedWhateverTheirCaseAndPunctuation() {
        var positions = CsvColumn.positions(List.of("TIMESTAMP", "email address", "What is your Wikimedia username",
                "Full Name:", "Which region are you from?"), FormColumn.class);
        assertEquals(0, positions.get(FormColumn.TIMESTAMP));
        assertEquals(1, positions.get(FormColumn.EMAIL));
        assertEquals(2, positions.get(FormColumn.USERNAME));
        assertEquals(3, positions.get(FormColumn.FULL_NAME));
        assertEquals(4, positions.get(FormColumn.REGION));
    }

    @Test
    void refusalsNameTheFileAndSayWhy() {
        assertRefused("platform-csv-empty", new byte[0]);
        assertRefused("platform-csv-empty", "\uFEFF \r\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(1L, SMALLER), List.of(assertRefused("platform-csv-too-large", new byte[1001]).params()));
        byte[] latin1 = (HEADER + "x,,Jos\u00e9,,,,,\n").getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(List.of(2, 7, EXPORT_AGAIN), List.of(assertRefused("platform-csv-not-utf8", latin1).params()));
        assertRefused("platform-csv-utf16", HEADER.getBytes(StandardCharsets.UTF_16));
        assertEquals(List.of(1, EXPORT_AGAIN), List.of(assertRefused("platform-csv-not-csv",
                "{\"rows\": [1, 2]}".getBytes(StandardCharsets.UTF_8)).params()));
        assertRefused("platform-csv-not-csv", "just one column\nand another line".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(3, EXPORT_AGAIN), List.of(assertRefused("platform-csv-not-csv",
                (HEADER + "t,,u,n,r,c,l,r\nt,,u,n,r,c,l,r,one too many\n").getBytes(StandardCharsets.UTF_8)).params()));
        InvalidField missing = assertRefused("platform-csv-missing-columns",
                "Timestamp,What is your Wikimedia username?,Which region are you from?\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("Full name, Country, Which languages do you speak?, What is your role in the movement?", 4,
                EXPORT_AGAIN), List.of(missing.params()));
        StringBuilder many = new StringBuilder(HEADER);
        for (int i = 0; i < 11; i++) {
            many.append("t,,u").append(i).append(",n,r,c,l,r\n");
        }
        assertEquals(List.of(10, SMALLER), List.of(assertRefused("platform-csv-too-many-rows",
                many.toString().getBytes(StandardCharsets.UTF_8)).params()));
    }

    @Test
    void googleFormsAndSheetsTimestamps() {
        assertEquals(Optional.of(Instant.parse("2024-03-05T13:14:33Z")), FormTimestamp.parse("2024/03/05 2:14:33 PM GMT+1"));
        assertEquals(Optional.of(Instant.parse("2024-03-06T06:15:00Z")),
                FormTimestamp.parse("2024/03/06 11:45:00 AM GMT+5:30"));
        assertEquals(Optional.of(Instant.parse("2024-03-08T00:15:00Z")), FormTimestamp.parse("2024/03/08 12:15:00 AM GMT"));
        assertEquals(Optional.of(Instant.parse("2024-03-06T12:02:10Z")), FormTimestamp.parse("2024/03/06 9:02:10 AM GMT-3"));
        assertEquals(Optional.of(Instant.parse("2024-03-05T14:14:33Z")), FormTimestamp.parse("3/5/2024 14:14:33"));
        assertEquals(Optional.of(Instant.parse("2024-03-05T14:14:33Z")), FormTimestamp.parse("2024-03-05T14:14:33Z"));
        assertEquals(Optional.empty(), FormTimestamp.parse("last Tuesday"));
        assertEquals(Optional.empty(), FormTimestamp.parse("2024/13/45 2:14:33 PM GMT+1"));
    }

    private static InvalidField assertRefused(String key, byte[] bytes) {
        ProblemException problem = assertThrows(ProblemException.class, () -> FormFile.read(bytes, 1000, 10));
        assertEquals(400, problem.status());
        assertEquals(1, problem.invalidFields().size());
        InvalidField field = problem.invalidFields().get(0);
        assertEquals("file", field.field());
        assertEquals(key, field.messageKey());
        return field;
    }
}
