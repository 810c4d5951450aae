package org.letsconnect.platform.csv;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an uploaded CSV file, the one way every service does: RFC 4180 as spreadsheets and Zoom export it, checked
 * as a whole before anything is done with it, each refusal a {@link CsvRefusal} saying where and what.
 *
 * <ul>
 * <li>Not empty, at most {@link CsvLimits#maxBytes()}; strict UTF-8, a byte order mark is fine; UTF-16 (a byte
 * order mark, or NUL bytes every other byte) is refused as such, any other encoding (Latin-1, Windows-1252) at the
 * line and column of its first byte that UTF-8 does not allow.</li>
 * <li>Fields separated by commas, or by semicolons or tabs when the first line has more of those (as spreadsheets
 * saved in some locales do); optionally quoted with {@code "}, a quote inside quotes doubled, line breaks
 * ({@code CRLF}, {@code LF}) allowed inside quotes. Lenient where a spreadsheet is: a quote in the middle of an
 * unquoted field is kept as a character. Strict where a file is not CSV at all: a NUL character, a quoted field that
 * never ends (named by the line and column of its opening quote).</li>
 * </ul>
 *
 * <p>
 * Hand-written rather than {@code jackson-dataformat-csv} (managed by the Quarkus BOM, 2.21): Jackson reads
 * UTF-16 without complaint, takes a NUL in the first bytes for another encoding and returns garbage, reports a bad
 * UTF-8 byte by byte offset only, reports an unclosed quote at the end of the file instead of where it opens, and
 * does not detect the separator. Everything but the quote handling below would have to be done around it anyway.
 */
public final class CsvReader {

    /** How many bytes are looked at for UTF-16 without a byte order mark. */
    private static final int UTF16_SAMPLE = 1024;

    private CsvReader() {
    }

    /** The file's records, or a refusal saying why it cannot be read. */
    public static CsvTable read(byte[] bytes, CsvLimits limits) {
        if (bytes == null || bytes.length == 0) {
            throw new CsvRefusal(CsvRefusal.Reason.EMPTY);
        }
        if (bytes.length > limits.maxBytes()) {
            throw CsvRefusal.tooLarge(limits.maxBytes());
        }
        if (isUtf16(bytes)) {
            throw new CsvRefusal(CsvRefusal.Reason.UTF16);
        }
        String text = decode(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<CsvRow> rows = parse(text);
        if (rows.stream().allMatch(CsvRow::isBlank)) {
            throw new CsvRefusal(CsvRefusal.Reason.EMPTY);
        }
        return new CsvTable(text, rows, limits);
    }

    /** Every record of the text, blank lines included (as records whose fields are blank). */
    static List<CsvRow> parse(String text) {
        char delimiter = delimiter(text);
        List<CsvRow> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        int quoteAt = -1;
        int quoteLine = 0;
        boolean fieldStart = true;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                throw new CsvRefusal(CsvRefusal.Reason.NUL_CHARACTER, line, column(text, i));
            }
            if (quoteAt >= 0) {
                if (c == '"') {
                    if (i + 1 < length && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoteAt = -1;
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
                rows.add(new CsvRow(rows.size() + 1, recordLine, fields));
                fields.clear();
                fieldStart = true;
                line++;
                recordLine = line;
                continue;
            }
            if (c == '"' && fieldStart && field.isEmpty()) {
                quoteAt = i;
                quoteLine = line;
                fieldStart = false;
                continue;
            }
            fieldStart = false;
            field.append(c);
        }
        if (quoteAt >= 0) {
            throw new CsvRefusal(CsvRefusal.Reason.UNCLOSED_QUOTE, quoteLine, column(text, quoteAt));
        }
        if (!field.isEmpty() || !fields.isEmpty()) {
            fields.add(field.toString());
            rows.add(new CsvRow(rows.size() + 1, recordLine, fields));
        }
        return rows;
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

    /**
     * UTF-16: a byte order mark, or NUL bytes that all fall on even or all on odd offsets (text that is mostly ASCII
     * has a NUL in every other byte), beginning in the first two bytes or at least two of them.
     */
    static boolean isUtf16(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            return true;
        }
        int even = 0;
        int odd = 0;
        for (int i = 0; i < Math.min(bytes.length, UTF16_SAMPLE); i++) {
            if (bytes[i] == 0) {
                if (i % 2 == 0) {
                    even++;
                } else {
                    odd++;
                }
            }
        }
        boolean oneSide = (even == 0) != (odd == 0);
        boolean early = bytes.length >= 2 && (bytes[0] == 0 || bytes[1] == 0);
        return oneSide && (early || even + odd >= 2);
    }

    /** Strict UTF-8: a malformed byte refuses the file, naming its line and column. */
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
            int at = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            // what comes before the bad byte on its line is valid UTF-8: count its characters
            String before = new String(bytes, lineStart, at - lineStart, StandardCharsets.UTF_8);
            throw new CsvRefusal(CsvRefusal.Reason.NOT_UTF8, line, column(before, before.length()));
        }
        out.flip();
        return out.toString();
    }

    /** The 1-based column, in characters (code points), of a position on its line; a byte order mark is no column. */
    private static int column(String text, int index) {
        int lineStart = index;
        while (lineStart > 0 && text.charAt(lineStart - 1) != '\n' && text.charAt(lineStart - 1) != '\r') {
            lineStart--;
        }
        if (lineStart == 0 && text.startsWith("\uFEFF") && index > 0) {
            lineStart = 1;
        }
        return text.codePointCount(lineStart, index) + 1;
    }
}
