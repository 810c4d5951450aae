package org.letsconnect.notification.rule;

import java.time.Duration;
import java.time.Period;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;

/** When the rules send what ({@code letsconnect.notification.rules.*}). */
@ConfigMapping(prefix = "letsconnect.notification.rules")
public interface RuleConfig {

    Outreach outreach();

    /** Lead times of the reminders before the start, longest first (a week, a day, an hour). */
    List<Duration> reminders();

    @WithName("follow-up")
    FollowUp followUp();

    Connections connections();

    interface Outreach {
        /**
         * Outreach for a space that opens early waits until this long before the session, then goes; opened later,
         * it goes at once. Longer than the 10 days the programme's evaluation asks for, so that quiet hours or a
         * digest still let it arrive in time.
         */
        @WithName("send-before")
        Period sendBefore();
    }

    interface FollowUp {
        /** How long after the session's end the follow-up goes (resources are often published the next day). */
        Duration delay();
    }

    interface Connections {
        /** A 1:1 request unanswered this long nudges the sharer. */
        @WithName("nudge-after")
        Duration nudgeAfter();
    }
}
