package org.letsconnect.clinic.space;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.letsconnect.clinic.reference.ReferenceCodes;
import org.letsconnect.contracts.clinic.SpaceSummary;
import org.letsconnect.contracts.registry.Regions;
import org.letsconnect.platform.problem.InvalidField;
import org.letsconnect.platform.problem.ProblemException;

/**
 * Checks what bean validation cannot: reference values, times with their offsets and zones, and the order of
 * start and end. Every field at fault is named in one answer.
 */
@ApplicationScoped
public class SpaceValidator {

    /** Skills are Wikidata items, the registry taxonomy's codes; the registry owns which ones exist. */
    private static final Pattern SKILL_CODE = Pattern.compile("Q[1-9][0-9]{0,11}");

    /** A checked request: the parsed times and ids the service stores. */
    public record ValidSpace(SpaceRequest request, Instant startsAt, Instant endsAt, UUID seriesId) {
    }

    public ValidSpace validate(SpaceRequest request) {
        List<InvalidField> invalid = new ArrayList<>();
        if (!SpaceSummary.FORMATS.contains(request.format())) {
            invalid.add(new InvalidField("format", "platform-field-unknown-value", request.format()));
        }
        languageKeys(invalid, "titles", request.titles());
        languageKeys(invalid, "descriptions", request.descriptionsOrEmpty());
        for (int i = 0; i < request.skillsOrEmpty().size(); i++) {
            if (!SKILL_CODE.matcher(request.skillsOrEmpty().get(i)).matches()) {
                invalid.add(new InvalidField("skills[" + i + "]", "clinic-field-skill-code", request.skillsOrEmpty().get(i)));
            }
        }
        language(invalid, "sessionLanguage", request.sessionLanguage());
        for (int i = 0; i < request.interpretationLanguagesOrEmpty().size(); i++) {
            language(invalid, "interpretationLanguages[" + i + "]", request.interpretationLanguagesOrEmpty().get(i));
        }
        if (request.regionFocus() != null && !Regions.ALL.contains(request.regionFocus())) {
            invalid.add(new InvalidField("regionFocus", "platform-field-unknown-value", request.regionFocus()));
        }
        Instant startsAt = instant(invalid, "startsAt", request.startsAt());
        Instant endsAt = instant(invalid, "endsAt", request.endsAt());
        if (startsAt != null && endsAt != null && !endsAt.isAfter(startsAt)) {
            invalid.add(new InvalidField("endsAt", "clinic-field-ends-before-start"));
        }
        zone(invalid, "timeZone", request.timeZone());
        if (request.capacity() < 0) {
            invalid.add(new InvalidField("capacity", "platform-field-too-small", 0));
        }
        participantIds(invalid, "sharers", request.sharersOrEmpty());
        participantIds(invalid, "liaisons", request.liaisonsOrEmpty());
        if (request.meetingLink() != null && !isWebLink(request.meetingLink())) {
            invalid.add(new InvalidField("meetingLink", "clinic-field-link"));
        }
        UUID seriesId = null;
        if (request.seriesId() != null) {
            seriesId = uuid(request.seriesId());
            if (seriesId == null) {
                invalid.add(new InvalidField("seriesId", "platform-field-invalid"));
            }
        }
        if (!invalid.isEmpty()) {
            throw ProblemException.invalidFields(invalid);
        }
        return new ValidSpace(request, startsAt, endsAt, seriesId);
    }

    /** A new start and end, as a reschedule gives them. */
    public Instant[] times(String startsAt, String endsAt, String timeZone) {
        List<InvalidField> invalid = new ArrayList<>();
        Instant start = instant(invalid, "startsAt", startsAt);
        Instant end = instant(invalid, "endsAt", endsAt);
        if (start != null && end != null && !end.isAfter(start)) {
            invalid.add(new InvalidField("endsAt", "clinic-field-ends-before-start"));
        }
        if (timeZone != null) {
            zone(invalid, "timeZone", timeZone);
        }
        if (!invalid.isEmpty()) {
            throw ProblemException.invalidFields(invalid);
        }
        return new Instant[] { start, end };
    }

    static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void languageKeys(List<InvalidField> invalid, String field, Map<String, String> texts) {
        if (texts == null) {
            return;
        }
        for (String code : texts.keySet()) {
            if (!ReferenceCodes.isLanguage(code)) {
                invalid.add(new InvalidField(field + "." + code, "clinic-field-language", code));
            }
        }
    }

    private static void language(List<InvalidField> invalid, String field, String code) {
        if (code != null && !ReferenceCodes.isLanguage(code)) {
            invalid.add(new InvalidField(field, "clinic-field-language", code));
        }
    }

    private static Instant instant(List<InvalidField> invalid, String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            invalid.add(new InvalidField(field, "clinic-field-time-without-offset", value));
            return null;
        }
    }

    private static void zone(List<InvalidField> invalid, String field, String zone) {
        if (zone != null && !ReferenceCodes.isTimeZone(zone)) {
            invalid.add(new InvalidField(field, "clinic-field-time-zone", zone));
        }
    }

    private static void participantIds(List<InvalidField> invalid, String field, List<String> ids) {
        for (int i = 0; i < ids.size(); i++) {
            if (uuid(ids.get(i)) == null) {
                invalid.add(new InvalidField(field + "[" + i + "]", "clinic-field-participant-id", ids.get(i)));
            }
        }
    }

    private static boolean isWebLink(String link) {
        try {
            URI uri = URI.create(link);
            return "https".equals(uri.getScheme()) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
