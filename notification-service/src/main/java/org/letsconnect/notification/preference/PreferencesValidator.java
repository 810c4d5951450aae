package org.letsconnect.notification.preference;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.letsconnect.notification.notification.Category;
import org.letsconnect.notification.notification.Channel;
import org.letsconnect.platform.problem.InvalidField;
import org.letsconnect.platform.problem.ProblemException;

/** Checks a preferences document and names every field at fault at once. */
final class PreferencesValidator {

    static final String TIME_PATTERN = "^([01][0-9]|2[0-3]):[0-5][0-9]$";
    private static final Pattern TIME = Pattern.compile(TIME_PATTERN);
    private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();

    private PreferencesValidator() {
    }

    /** Throws a 400 problem naming each field at fault; returns normally when the document is valid. */
    static void check(PreferencesRequest request) {
        List<InvalidField> invalid = new ArrayList<>();
        if (request.categories() != null) {
            for (Map.Entry<String, Map<String, Boolean>> category : request.categories().entrySet()) {
                String field = "categories." + category.getKey();
                if (!Category.ALL.contains(category.getKey())) {
                    invalid.add(unknown(field, category.getKey()));
                    continue;
                }
                if (category.getValue() == null) {
                    invalid.add(new InvalidField(field, "platform-field-required"));
                    continue;
                }
                for (Map.Entry<String, Boolean> channel : category.getValue().entrySet()) {
                    if (!Channel.ALL.contains(channel.getKey())) {
                        invalid.add(unknown(field + "." + channel.getKey(), channel.getKey()));
                    } else if (channel.getValue() == null) {
                        invalid.add(new InvalidField(field + "." + channel.getKey(), "platform-field-required"));
                    }
                }
            }
        }
        if (request.digest() != null && Digest.of(request.digest()) == null) {
            invalid.add(unknown("digest", request.digest()));
        }
        if (request.timeZone() != null && !ZONES.contains(request.timeZone())) {
            invalid.add(unknown("timeZone", request.timeZone()));
        }
        QuietHoursTimes quiet = request.quietHours();
        if (quiet != null) {
            boolean start = time(invalid, "quietHours.start", quiet.start());
            boolean end = time(invalid, "quietHours.end", quiet.end());
            if (start && end && quiet.start().equals(quiet.end())) {
                invalid.add(new InvalidField("quietHours.end", "notification-preferences-field-quiet-hours-empty"));
            }
        }
        if (!invalid.isEmpty()) {
            throw ProblemException.invalidFields(invalid);
        }
    }

    /** A checked {@code HH:mm}. */
    static LocalTime parseTime(String text) {
        return LocalTime.parse(text);
    }

    private static boolean time(List<InvalidField> invalid, String field, String value) {
        if (value == null) {
            invalid.add(new InvalidField(field, "platform-field-required"));
            return false;
        }
        if (!TIME.matcher(value).matches()) {
            invalid.add(new InvalidField(field, "notification-preferences-field-time", value));
            return false;
        }
        return true;
    }

    private static InvalidField unknown(String field, String value) {
        return new InvalidField(field, "platform-field-unknown-value", value);
    }
}
