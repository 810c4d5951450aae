package org.letsconnect.notification.preference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Quiet hours as the API writes them: local times of day, {@code HH:mm}; {@code end} before {@code start} wraps. */
@Schema(description = "Local times of day (HH:mm, 24 hours) in the preferences' zone; an end before the start goes over midnight")
public record QuietHoursTimes(
        @Schema(pattern = PreferencesValidator.TIME_PATTERN, examples = "22:00", required = true) String start,
        @Schema(pattern = PreferencesValidator.TIME_PATTERN, examples = "07:00", required = true) String end) {
}
