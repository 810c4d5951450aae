package org.letsconnect.notification.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.letsconnect.notification.notification.Category;
import org.letsconnect.notification.notification.Channel;
import org.letsconnect.notification.preference.Digest;
import org.letsconnect.notification.preference.QuietHours;
import org.letsconnect.notification.preference.ReleaseRule;
import org.letsconnect.notification.rule.Templates;

/** Which deliveries a digest takes, and until when. */
class HoldTest {

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final ReleaseRule DAILY = new ReleaseRule(KOLKATA, Digest.DAILY, null);
    // 10:00 in Kolkata: the next daily digest is at 08:00 the day after, 02:30Z
    private static final Instant NOW = Instant.parse("2026-12-01T04:30:00Z");
    private static final Instant NEXT_MORNING = Instant.parse("2026-12-02T02:30:00Z");

    @Test
    void aDigestTakesWhatIsNeitherUrgentNorAReminderNorAnInvitationUntilItsReleaseTime() {
        assertEquals(new Hold(NEXT_MORNING, true), Hold.of(DAILY, Category.BADGES, Templates.BADGE_AWARDED,
                Channel.EMAIL, NOW, false, NOW));
        assertEquals(new Hold(NEXT_MORNING, true), Hold.of(DAILY, Category.OUTREACH, Templates.CLINIC_OUTREACH,
                Channel.TELEGRAM, NOW, false, NOW));
        assertEquals(new Hold(Instant.parse("2026-12-07T02:30:00Z"), true),
                Hold.of(new ReleaseRule(KOLKATA, Digest.WEEKLY, null), Category.CONNECTIONS,
                        Templates.CONNECTION_REQUESTED, Channel.TALK_PAGE, NOW, false, NOW));
    }

    @Test
    void urgentOnesTheInboxRemindersAndInvitationsAreNeverInADigest() {
        assertEquals(new Hold(NOW, false), Hold.of(DAILY, Category.REGISTRATION, Templates.SPACE_CANCELLED,
                Channel.EMAIL, NOW, true, NOW));
        assertEquals(new Hold(NOW, false), Hold.of(DAILY, Category.BADGES, Templates.BADGE_AWARDED, Channel.IN_APP,
                NOW, false, NOW));
        assertEquals(new Hold(NOW, false), Hold.of(DAILY, Category.REMINDERS, Templates.REMINDER_DAY,
                Channel.EMAIL, NOW, false, NOW));
        for (String invitation : new String[] { Templates.REGISTRATION_CONFIRMED, Templates.REGISTRATION_PROMOTED,
                Templates.SPACE_RESCHEDULED, Templates.REGISTRATION_CANCELLED }) {
            assertEquals(new Hold(NOW, false), Hold.of(DAILY, Category.REGISTRATION, invitation, Channel.EMAIL, NOW,
                    false, NOW), invitation);
        }
    }

    @Test
    void quietHoursStillHoldWhatADigestDoesNotTakeButNeverTheInbox() {
        // 10:00 to 11:00 in Kolkata is quiet: an invitation waits until 11:00 (05:30Z), the inbox does not
        ReleaseRule quiet = new ReleaseRule(KOLKATA, Digest.DAILY, new QuietHours(LocalTime.of(10, 0),
                LocalTime.of(11, 0)));
        assertEquals(new Hold(Instant.parse("2026-12-01T05:30:00Z"), false), Hold.of(quiet, Category.REGISTRATION,
                Templates.REGISTRATION_CONFIRMED, Channel.EMAIL, NOW, false, NOW));
        assertEquals(new Hold(NOW, false), Hold.of(quiet, Category.REGISTRATION,
                Templates.REGISTRATION_CONFIRMED, Channel.IN_APP, NOW, false, NOW));
        assertEquals(new Hold(NOW, false), Hold.of(ReleaseRule.AT_ONCE, Category.BADGES, Templates.BADGE_AWARDED,
                Channel.EMAIL, NOW, false, NOW));
    }

    @Test
    void aDeliveryHeldAfterItsDigestWentOutGoesIntoTheNextOne() {
        // due at 07:59 but first looked at 08:00:01: today's digest is going out, so tomorrow's takes it
        Instant due = Instant.parse("2026-12-02T02:29:00Z");
        Instant late = Instant.parse("2026-12-02T02:30:01Z");
        assertEquals(new Hold(Instant.parse("2026-12-03T02:30:00Z"), true), Hold.of(DAILY, Category.BADGES,
                Templates.BADGE_AWARDED, Channel.EMAIL, due, false, late));
        // planned for later (a follow-up a day after the session): the first digest after it is due
        Instant followUp = Instant.parse("2026-12-05T12:00:00Z");
        assertEquals(new Hold(Instant.parse("2026-12-06T02:30:00Z"), true), Hold.of(DAILY, Category.FOLLOW_UP,
                Templates.FOLLOW_UP, Channel.EMAIL, followUp, false, NOW));
    }
}
