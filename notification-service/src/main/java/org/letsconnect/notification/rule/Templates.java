package org.letsconnect.notification.rule;

import java.util.List;

/** The templates the rules plan; each has its texts in the message files ({@code notification-<template>-…}). */
public final class Templates {
    public static final String CLINIC_OUTREACH = "clinic-outreach";
    public static final String REGISTRATION_CONFIRMED = "registration-confirmed";
    public static final String REGISTRATION_WAITLISTED = "registration-waitlisted";
    public static final String REGISTRATION_PROMOTED = "registration-promoted";
    public static final String REGISTRATION_CANCELLED = "registration-cancelled";
    public static final String SPACE_RESCHEDULED = "space-rescheduled";
    public static final String SPACE_CANCELLED = "space-cancelled";
    public static final String REMINDER_WEEK = "reminder-week";
    public static final String REMINDER_DAY = "reminder-day";
    public static final String REMINDER_HOUR = "reminder-hour";
    public static final String FOLLOW_UP = "follow-up";
    public static final String BADGE_AWARDED = "badge-awarded";
    public static final String MILESTONE_DUE = "milestone-due";
    public static final String MILESTONE_OVERDUE = "milestone-overdue";
    public static final String CONNECTION_REQUESTED = "connection-requested";
    public static final String CONNECTION_NUDGE = "connection-nudge";
    public static final String CONNECTION_ACCEPTED = "connection-accepted";
    public static final String CONNECTION_DECLINED = "connection-declined";
    public static final String CONNECTION_SCHEDULED = "connection-scheduled";
    public static final String CONNECTION_COMPLETED = "connection-completed";
    public static final String CONNECTION_PROPOSED = "connection-proposed";
    public static final String CONNECTION_MATCHED = "connection-matched";
    public static final String CONNECTION_EXPIRED = "connection-expired";
    public static final String CONNECTION_CANCELLED = "connection-cancelled";

    /** Reminders, longest lead first; index i goes with the i-th configured lead time. */
    public static final List<String> REMINDERS = List.of(REMINDER_WEEK, REMINDER_DAY, REMINDER_HOUR);
    /** What a cancellation or a reschedule makes obsolete while still waiting to be sent. */
    public static final List<String> SPACE_PENDING = List.of(CLINIC_OUTREACH, REMINDER_WEEK, REMINDER_DAY,
            REMINDER_HOUR, FOLLOW_UP);

    public static final List<String> ALL = List.of(CLINIC_OUTREACH, REGISTRATION_CONFIRMED, REGISTRATION_WAITLISTED,
            REGISTRATION_PROMOTED, REGISTRATION_CANCELLED, SPACE_RESCHEDULED, SPACE_CANCELLED, REMINDER_WEEK,
            REMINDER_DAY, REMINDER_HOUR, FOLLOW_UP, BADGE_AWARDED, MILESTONE_DUE, MILESTONE_OVERDUE,
            CONNECTION_REQUESTED, CONNECTION_NUDGE, CONNECTION_ACCEPTED, CONNECTION_DECLINED, CONNECTION_SCHEDULED,
            CONNECTION_COMPLETED, CONNECTION_PROPOSED, CONNECTION_MATCHED, CONNECTION_EXPIRED, CONNECTION_CANCELLED);

    /** Templates that carry an iCalendar invitation: REQUEST, or CANCEL for the cancellations. */
    public static boolean invites(String template) {
        return List.of(REGISTRATION_CONFIRMED, REGISTRATION_PROMOTED, SPACE_RESCHEDULED).contains(template);
    }

    public static boolean cancelsInvitation(String template) {
        return List.of(REGISTRATION_CANCELLED, SPACE_CANCELLED).contains(template);
    }

    private Templates() {
    }
}
