package org.letsconnect.notification.notification;

import java.util.List;

/** What a notification is about; preferences and unsubscribe links are per category. */
public final class Category {
    public static final String OUTREACH = "outreach";
    public static final String REGISTRATION = "registration";
    public static final String REMINDERS = "reminders";
    public static final String FOLLOW_UP = "follow-up";
    public static final String BADGES = "badges";
    public static final String CONNECTIONS = "connections";
    public static final String MILESTONES = "milestones";
    public static final List<String> ALL = List.of(OUTREACH, REGISTRATION, REMINDERS, FOLLOW_UP, BADGES,
            CONNECTIONS, MILESTONES);

    private Category() {
    }
}
