package org.letsconnect.notification.digest;

import java.time.Instant;

import org.letsconnect.notification.notification.Category;
import org.letsconnect.notification.notification.Channel;
import org.letsconnect.notification.preference.Digest;
import org.letsconnect.notification.preference.ReleaseRule;
import org.letsconnect.notification.rule.Templates;

/**
 * What the delivery worker does with a due delivery: send it when {@link #releaseAt} has come, else hold it until
 * then; and when {@link #forDigest}, leave it to the digest of that release time, which sends everything held for the
 * person on the channel as one message.
 *
 * @param releaseAt when it may go out (quiet hours and the digest applied)
 */
public record Hold(Instant releaseAt, boolean forDigest) {

    /**
     * The hold of a delivery under the person's rule. Urgent ones (cancellations, the hour's reminder) and the in-app
     * inbox (which never disturbs anyone: it should show at once) pass. Reminders and deliveries carrying a calendar
     * invitation (a confirmation, a promotion, a reschedule, a cancellation) are never held for a digest, only for
     * the quiet hours: a reminder in the weekly digest would come after the session, and one mail cannot carry
     * several iMIP invitations. Everything else goes into the first digest released after it became due or after
     * {@code now}, whichever is later: a delivery held while a digest is going out goes into the next one.
     */
    public static Hold of(ReleaseRule rule, String category, String template, String channel, Instant dueAt,
            boolean urgent, Instant now) {
        if (urgent || Channel.IN_APP.equals(channel)) {
            return new Hold(dueAt, false);
        }
        if (rule.digest() == Digest.INSTANT || Category.REMINDERS.equals(category) || Templates.invites(template)
                || Templates.cancelsInvitation(template)) {
            return new Hold(new ReleaseRule(rule.zone(), Digest.INSTANT, rule.quietHours())
                    .releaseAt(category, dueAt, false), false);
        }
        return new Hold(rule.releaseAt(category, dueAt.isAfter(now) ? dueAt : now, false), true);
    }
}
