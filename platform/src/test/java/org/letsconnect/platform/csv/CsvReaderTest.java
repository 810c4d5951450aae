package org.letsconnect.platform.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.letsconnect.platform.i18n.Message;
import org.letsconnect.platform.i18n.Messages;
import org.letsconnect.platform.problem.InvalidField;
import org.letsconnect.platform.problem.ProblemException;

/** Reading an uploaded CSV: records, separators, encodings, limits, and refusals that say where and what. */
class CsvReaderTest {

    private static final CsvLimits LIMITS = new CsvLimits(1000, 10);

    private static CsvTable read(String text) {
        return CsvReader.read(text.getBytes(StandardCharsets.UTF_8), LIMITS);
    }

    private static CsvRefusal refusal(byte[] bytes) {
        return assertThrows(CsvRefusal.class, () -> CsvReader.read(bytes, LIMITS));
    }

    private static CsvRefusal refusal(String text) {
        return refusal(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void quotedFieldsWithCommasQuotesAndLineBreaks() {
        List<CsvRow> records = CsvReader.parse("a,\"b, c\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",x,\r\n\nlast");
        assertEquals(List.of("a", "b, c", "say \"hi\""), records.get(0).fields());
        assertEquals(List.of("two\nlines", "x", ""), records.get(1).fields());
        assertEquals(2, records.get(1).line());
        assertEquals(2, records.get(1).number());
        assertTrue(records.get(2).isBlank());
        assertEquals(List.of("last"), records.get(3).fields());
        assertEquals(5, records.get(3).line());
        assertEquals(4, records.get(3).number(), "a spreadsheet's row: the line break inside quotes is no row");
    }

    @Test
    void semicolonSeparatedWhenTheHeaderSaysSo() {
        assertEquals(List.of("a", "b,c", "d"), CsvReader.parse("a;b,c;d\n").get(0).fields());
        assertEquals(';', CsvReader.delimiter("x;y;z\n1,2"));
        assertEquals(',', CsvReader.delimiter("\"x;y\",z"));
        assertEquals('\t', CsvReader.delimiter("x\ty\tz,w\n"));
    }

    @Test
    void anUnendedQuoteOrANulCharacterIsNotCsv() {
        CsvRefusal unended = assertThrows(CsvRefusal.class, () -> CsvReader.parse("a,b\n\"never ends,c\nd"));
        assertEquals(CsvRefusal.Reason.UNCLOSED_QUOTE, unended.reason());
        assertEquals(List.of(2, 1), unended.params(), "where the quote opens, not where the file ends");
        CsvRefusal nul = assertThrows(CsvRefusal.class, () -> CsvReader.parse("a\u0000b"));
        assertEquals(CsvRefusal.Reason.NUL_CHARACTER, nul.reason());
        assertEquals(List.of(1, 2), nul.params());
        assertEquals(List.of(2, 6), refusal("a,b\nJosé,\"never\n").params(), "columns count characters, not bytes");
        assertEquals(List.of(3, 8), refusal("x,y\n\"two\nlines\",\u0000\n").params(), "the physical line, inside a record");
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsKept() {
        assertEquals(List.of("a", "b\"c", "d"), read("a,b\"c,d\n").rows().get(0).fields());
        assertEquals(List.of("", "x"), read("\"\",x").rows().get(0).fields());
    }

    @Test
    void aByteOrderMarkIsLeftOutOfTheTextAndTheColumns() {
        CsvTable table = read("\uFEFFName,Email\nAmina,a@example.org\n");
        assertEquals("Name,Email\nAmina,a@example.org\n", table.text());
        assertEquals(List.of("Name", "Email"), table.firstRow().fields());
        byte[] latin1 = "\uFEFFJos\u00e9,x".getBytes(StandardCharsets.ISO_8859_1);
        byte[] withBom = new byte[latin1.length + 2];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(latin1, 1, withBom, 3, latin1.length - 1);
        assertEquals(List.of(1, 4), refusal(withBom).params());
    }

    @Test
    void latin1IsRefusedAtTheLineAndColumnOfItsFirstNonUtf8Byte() {
        CsvRefusal latin1 = refusal("Name,City\nAmina,Kano\nJosé Núñez,São Paulo\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(CsvRefusal.Reason.NOT_UTF8, latin1.reason());
        assertEquals(List.of(3, 4), latin1.params());
        CsvRefusal windows1252 = refusal(
                "a,b\n\u201cquoted\u201d,x\n".getBytes(java.nio.charset.Charset.forName("windows-1252")));
        assertEquals(List.of(2, 1), windows1252.params());
        byte[] cutShort = { 'a', ',', (byte) 0xE6, (byte) 0x97, (byte) 0xA5, (byte) 0xE6, (byte) 0x97 };
        assertEquals(List.of(1, 4), refusal(cutShort).params(), "a character cut short at the end of the file");
    }

    @Test
    void utf16IsRefusedAsSuch() {
        String text = "Name,Email\nAmina,a@example.org\n";
        assertEquals(CsvRefusal.Reason.UTF16, refusal(text.getBytes(StandardCharsets.UTF_16)).reason());
        assertEquals(CsvRefusal.Reason.UTF16, refusal(text.getBytes(StandardCharsets.UTF_16LE)).reason());
        assertEquals(CsvRefusal.Reason.UTF16, refusal(text.getBytes(StandardCharsets.UTF_16BE)).reason());
        byte[] littleEndianWithBom = new byte[text.length() * 2 + 2];
        littleEndianWithBom[0] = (byte) 0xFF;
        littleEndianWithBom[1] = (byte) 0xFE;
        System.arraycopy(text.getBytes(StandardCharsets.UTF_16LE), 0, littleEndianWithBom, 2, text.length() * 2);
        assertEquals(CsvRefusal.Reason.UTF16, refusal(littleEndianWithBom).reason());
        assertFalse(CsvReader.isUtf16("a,b\n\u0000\u0000x".getBytes(StandardCharsets.UTF_8)),
                "NULs on both sides are binary, not UTF-16");
    }

    @Test
    void emptyAndTooLarge() {
        assertEquals(CsvRefusal.Reason.EMPTY, refusal(new byte[0]).reason());
        assertEquals(CsvRefusal.Reason.EMPTY, assertThrows(CsvRefusal.class, () -> CsvReader.read(null, LIMITS)).reason());
        assertEquals(CsvRefusal.Reason.EMPTY, refusal("\uFEFF \r\n\n").reason());
        assertEquals(CsvRefusal.Reason.EMPTY, refusal(",,\n , \n").reason());
        CsvRefusal large = refusal(new byte[1001]);
        assertEquals(CsvRefusal.Reason.TOO_LARGE, large.reason());
        assertEquals(List.of(1L), large.params(), "at least 1 MB, however small the limit");
        assertEquals(List.of(5L), CsvRefusal.tooLarge(5 * 1024 * 1024).params());
        assertEquals(1, CsvReader.read(new byte[] { 'a', ',', 'b' }, new CsvLimits(3, 1)).rows().size());
    }

    @Test
    void theRowLimitCountsNonBlankRowsBelowTheHeader() {
        StringBuilder text = new StringBuilder("summary,\"of\nthe\",meeting\n1,2,3\n\nName,Join Time\n");
        for (int i = 0; i < 10; i++) {
            text.append("Person ").append(i).append(",now\n\n");
        }
        CsvTable table = read(text.toString());
        CsvRow header = table.header(4, row -> row.fields().contains("Join Time"));
        assertEquals(4, header.number());
        assertEquals(5, header.line());
        List<CsvRow> rows = table.rowsBelow(header);
        assertEquals(10, rows.size());
        assertEquals("Person 9", rows.get(9).field(0));
        assertEquals(CsvRefusal.Reason.TOO_MANY_ROWS, assertThrows(CsvRefusal.class,
                () -> table.rowsBelow(table.firstRow())).reason(), "the summary's values row and 10 people");
        assertEquals(table.firstRow(), table.header(1, row -> row.fields().contains("Join Time")),
                "not among the first records searched: the first non-blank one");
    }

    private enum Column implements CsvColumn {
        NAME(true, "Name"),
        EMAIL(false, "Email"),
        JOIN(true, "Join Time"),
        LEAVE(true, "Leave Time");

        private final boolean required;
        private final String header;

        Column(boolean required, String header) {
            this.required = required;
            this.header = header;
        }

        @Override
        public boolean required() {
            return required;
        }

        @Override
        public String header() {
            return header;
        }

        @Override
        public boolean matches(String cell) {
            return cell.strip().toLowerCase(Locale.ROOT).equals(header.toLowerCase(Locale.ROOT));
        }
    }

    @Test
    void columnsAreFoundByTheirHeaderAndMissingOnesNamed() {
        CsvRow header = new CsvRow(1, 1, List.of("join time", "NAME ", "Name", "Leave Time", "Other"));
        assertEquals(Map.of(Column.JOIN, 0, Column.NAME, 1, Column.LEAVE, 3), CsvColumn.locate(header, Column.class));
        assertEquals("", header.field(null));
        assertEquals("", header.field(9));
        CsvRefusal missing = assertThrows(CsvRefusal.class,
                () -> CsvColumn.locate(new CsvRow(1, 1, List.of("Name", "Email")), Column.class));
        assertEquals(CsvRefusal.Reason.MISSING_COLUMNS, missing.reason());
        assertEquals(List.of("Join Time, Leave Time", 2), missing.params());
    }

    @Test
    void aRefusalIsA400OnTheFieldWithTheServicesHint() {
        CsvHints hints = new CsvHints("x-hint-export", "x-hint-smaller");
        InvalidField notUtf8 = refusal("a\n\u00e9".getBytes(StandardCharsets.ISO_8859_1)).problem("file", hints)
                .invalidFields().get(0);
        assertEquals("file", notUtf8.field());
        assertEquals("platform-csv-not-utf8", notUtf8.messageKey());
        assertEquals(List.of(2, 1, Message.of("x-hint-export")), List.of(notUtf8.params()));
        ProblemException tooMany = new CsvRefusal(CsvRefusal.Reason.TOO_MANY_ROWS, 10).problem("upload", hints);
        assertEquals(400, tooMany.status());
        assertEquals(List.of(10, Message.of("x-hint-smaller")), List.of(tooMany.invalidFields().get(0).params()));
        assertEquals(List.of(), List.of(refusal(new byte[0]).problem("file", hints).invalidFields().get(0).params()));
    }

    @Test
    void everyRefusalHasAMessageInEveryLanguage() {
        Messages messages = new Messages("i18n/platform");
        for (CsvRefusal.Reason reason : CsvRefusal.Reason.values()) {
            for (String language : messages.availableLanguages()) {
                assertTrue(messages.raw(language, reason.messageKey()).isPresent(), language + " " + reason);
            }
        }
        assertEquals("The file is not UTF-8 text (see line 2, column 4): perhaps it was saved as Latin-1 or "
                + "Windows-1252. Please try again shortly.",
                messages.get("en", "platform-csv-not-utf8", 2, 4,
                        Message.of("platform-problem-unavailable-detail")));
        assertEquals("The file lacks the columns Join Time, Leave Time. Please try again shortly.",
                messages.get("en", "platform-csv-missing-columns", "Join Time, Leave Time", 2,
                        Message.of("platform-problem-unavailable-detail")));
        assertEquals("Le fichier compte plus de 100 lignes. Veuillez réessayer dans quelques instants.",
                messages.get("fr", "platform-csv-too-many-rows", 100, Message.of("platform-problem-unavailable-detail")));
        assertEquals("Le fichier est vide.", messages.get("fr", "platform-csv-empty"));
    }
}
