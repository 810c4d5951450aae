package org.letsconnect.notification.preference;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A participant's preferences as they are in force: every category with every channel on or off (a channel turned
 * off after a failure shows as off until turned on again), and why channels were turned off.
 *
 * @param timeZone the zone the participant chose, or null
 * @param effectiveTimeZone the zone quiet hours and digests are reckoned in: the chosen one, else the profile's
 */
public record PreferencesView(Map<String, Map<String, Boolean>> categories,
        @Schema(enumeration = {
                "instant", "daily", "weekly" }) String digest,
        QuietHoursTimes quietHours,
        String timeZone, String effectiveTimeZone, List<TurnedOffChannel> turnedOff){

    /**
     * A channel the service turned off after a permanent failure; PUT with it on in any category turns it on again.
     *
     * @param reason a short code, e.g. {@code smtp-rejected}, {@code bot-blocked}
     */
    public record TurnedOffChannel(@Schema(enumeration = {
            "email", "in-app", "telegram", "talk-page" }) String channel,
            String reason, Instant since){
    }
}
