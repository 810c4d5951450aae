package org.letsconnect.clinic.space;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.letsconnect.clinic.reference.ReferenceCodes;
import org.letsconnect.contracts.clinic.SpaceStates;
import org.letsconnect.contracts.clinic.SpaceSummary;
import org.letsconnect.contracts.registry.Regions;
import org.letsconnect.platform.i18n.LanguageCode;
import org.letsconnect.platform.paging.PageNumbers;
import org.letsconnect.platform.problem.InvalidField;
import org.letsconnect.platform.problem.ProblemException;

/**
 * The filters of the space list, checked. {@code from}/{@code to} take a date ({@code 2026-12-01}, UTC) or an
 * instant with an offset; {@code language} matches the session language or an interpretation language.
 */
public record SpaceFilter(String format, String state, String skill, String language, String region, Instant from,
        Instant to, UUID series, int page, int size) {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;

    public static SpaceFilter parse(String format, String state, String skill, String language, String region,
            String from, String to, String series, String page, String size) {
        List<InvalidField> invalid = new ArrayList<>();
        if (format != null && !SpaceSummary.FORMATS.contains(format)) {
            invalid.add(new InvalidField("format", "platform-field-unknown-value", format));
        }
        if (state != null && !SpaceStates.ALL.contains(state)) {
            invalid.add(new InvalidField("state", "platform-field-unknown-value", state));
        }
        String languageCode = language == null ? null : LanguageCode.normalise(language);
        if (languageCode != null && !ReferenceCodes.isLanguage(languageCode)) {
            invalid.add(new InvalidField("language", "clinic-field-language", language));
        }
        if (region != null && !Regions.ALL.contains(region)) {
            invalid.add(new InvalidField("region", "platform-field-unknown-value", region));
        }
        Instant fromInstant = instant(invalid, "from", from);
        Instant toInstant = instant(invalid, "to", to);
        UUID seriesId = null;
        if (series != null) {
            seriesId = SpaceValidator.uuid(series);
            if (seriesId == null) {
                invalid.add(new InvalidField("series", "platform-field-invalid"));
            }
        }
        PageNumbers.Page paging = PageNumbers.parse(invalid, page, size, DEFAULT_SIZE, MAX_SIZE);
        if (!invalid.isEmpty()) {
            throw ProblemException.invalidFields(invalid);
        }
        return new SpaceFilter(format, state, skill, languageCode, region, fromInstant, toInstant, seriesId,
                paging.page(), paging.size());
    }

    private static Instant instant(List<InvalidField> invalid, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            invalid.add(new InvalidField(field, "clinic-field-date", value));
            return null;
        }
    }
}
