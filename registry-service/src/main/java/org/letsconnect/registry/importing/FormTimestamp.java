package org.letsconnect.registry.importing;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "Timestamp" column: when an answer was sent. Google Forms' CSV download writes it as
 * {@code 2024/03/05 2:14:33 PM GMT+1} (the form's zone as an offset, {@code GMT} alone for UTC,
 * {@code GMT+5:30} for half hours); a Google Sheets download of the responses sheet as {@code 3/5/2024 14:14:33}
 * (the spreadsheet's zone, not written, read as UTC); ISO 8601 is accepted too. Only used to find the latest of
 * several answers from one person.
 */
final class FormTimestamp {

    private static final Pattern FORMS = Pattern.compile(
            "^(\\d{4})/(\\d{1,2})/(\\d{1,2})\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([AaPp]\\.?\\s?[Mm]\\.?)?"
                    + "\\s*(?:(?:GMT|UTC)\\s*(?:([+-])(\\d{1,2})(?::?(\\d{2}))?)?)?$");
    private static final Pattern SHEETS = Pattern.compile(
            "^(\\d{1,2})/(\\d{1,2})/(\\d{4})\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([AaPp]\\.?\\s?[Mm]\\.?)?$");

    private FormTimestamp() {
    }

    /** The instant an answer was sent, or empty if the text is none of the formats above. */
    static Optional<Instant> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.strip();
        try {
            Matcher forms = FORMS.matcher(value);
            if (forms.matches()) {
                ZoneOffset offset = ZoneOffset.UTC;
                if (forms.group(8) != null) {
                    int hours = Integer.parseInt(forms.group(9));
                    int minutes = forms.group(10) == null ? 0 : Integer.parseInt(forms.group(10));
                    int sign = forms.group(8).equals("-") ? -1 : 1;
                    offset = ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
                }
                return Optional.of(local(forms.group(1), forms.group(2), forms.group(3), forms.group(4),
                        forms.group(5), forms.group(6), forms.group(7)).toInstant(offset));
            }
            Matcher sheets = SHEETS.matcher(value);
            if (sheets.matches()) {
                return Optional.of(local(sheets.group(3), sheets.group(1), sheets.group(2), sheets.group(4),
                        sheets.group(5), sheets.group(6), sheets.group(7)).toInstant(ZoneOffset.UTC));
            }
            return Optional.of(OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeException | NumberFormatException e) {
            try {
                return Optional.of(LocalDateTime.parse(value.replace(' ', 'T')).toInstant(ZoneOffset.UTC));
            } catch (DateTimeException notIso) {
                return Optional.empty();
            }
        }
    }

    private static LocalDateTime local(String year, String month, String day, String hour, String minute,
            String second, String meridiem) {
        int h = Integer.parseInt(hour);
        if (meridiem != null) {
            boolean pm = Character.toLowerCase(meridiem.charAt(0)) == 'p';
            if (h < 1 || h > 12) {
                throw new DateTimeException("hour " + h + " with AM/PM");
            }
            h = h % 12 + (pm ? 12 : 0);
        }
        return LocalDateTime.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day), h,
                Integer.parseInt(minute), second == null ? 0 : Integer.parseInt(second));
    }
}
