package org.letsconnect.notification.preference;

import java.time.Instant;
import java.time.ZoneId;

import org.letsconnect.notification.notification.Category;

/**
 * When a person's notifications may go out: the digest's release time, then moved past the quiet hours, in the
 * person's zone. Urgent ones (cancellations, 1-hour reminders) pass at once; reminders ignore the digest, since a
 * reminder held for the weekly digest would come after the session.
 *
 * @param quietHours null when the person has none
 */
public record ReleaseRule(ZoneId zone, Digest digest, QuietHours quietHours) {

    /** Nothing held back: the defaults. */
    public static final ReleaseRule AT_ONCE = new ReleaseRule(ZoneId.of("UTC"), Digest.INSTANT, null);

    /** The release time of a delivery due at {@code dueAt}; never earlier. */
    public Instant releaseAt(String category, Instant dueAt, boolean urgent) {
        if (urgent) {
            return dueAt;
        }
        Instant release = Category.REMINDERS.equals(category) ? dueAt : digest.release(dueAt, zone);
        return quietHours == null ? release : quietHours.release(release, zone);
    }
}
