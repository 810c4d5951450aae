package org.letsconnect.notification.preference;

import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The whole preferences document of {@code PUT /api/v1/me/preferences}; checked by {@link PreferencesValidator}.
 *
 * @param categories category → channel → on or off; a category or channel left out gets its default
 * @param digest {@code instant} (default), {@code daily} or {@code weekly}
 * @param quietHours null: none
 * @param timeZone an IANA zone for the quiet hours and the digest; null: the zone of the profile
 */
public record PreferencesRequest(
        @Schema(description = "Category (outreach, registration, reminders, follow-up, badges, connections, milestones) → channel (email, in-app, telegram, talk-page) → on or off. Left out: e-mail and in-app on, telegram and talk-page off.") Map<String, Map<String, Boolean>> categories,
        @Schema(enumeration = {
                "instant", "daily",
                "weekly" }, defaultValue = "instant", description = "instant, or gathered for 08:00 every day (daily) or on Mondays (weekly); reminders are never held for a digest") String digest,
        QuietHoursTimes quietHours,
        @Schema(examples = "Africa/Lagos", description = "IANA zone of the quiet hours and the digest; null: the zone of your profile") String timeZone){
}
