package org.letsconnect.contracts;

import java.util.Set;

/** Kafka topic names of the event catalogue. Keys: see {@link EventType#aggregate()}. */
public final class Topics {

    /** Compacted, public: each participant's whole public profile, keyed by participant id; tombstone on erasure. */
    public static final String REGISTRY_PARTICIPANTS = "registry.participants.v1";
    /** Compacted, RESTRICTED: contact data (email), keyed by participant id; tombstone on erasure. */
    public static final String REGISTRY_CONTACTS = "registry.contacts.v1";
    /**
     * Compacted, public: a subject's complete current set of programme roles, keyed by subject (central user id).
     * Role changes live on their own compacted topic: on the participants topic, compaction keyed by participant
     * would discard profile events in favour of role events or vice versa.
     */
    public static final String REGISTRY_ROLES = "registry.roles.v1";
    /** Public: learning spaces, registrations, attendance, feedback, resources, badges, milestones. */
    public static final String CLINIC_EVENTS = "clinic.events.v1";
    /**
     * Compacted, RESTRICTED: guests' contact data (name, email, language, time zone), keyed by registration id;
     * tombstone on cancellation. Read only by notification-service.
     */
    public static final String CLINIC_GUESTS = "clinic.guests.v1";
    /**
     * Compacted, RESTRICTED: a space's meeting link, keyed by space id; tombstone when the link is removed or the space
     * is cancelled. Read only by notification-service (reminders to confirmed registrants).
     */
    public static final String CLINIC_MEETINGS = "clinic.meetings.v1";
    /** Public: 1:1 connections and matching rounds. */
    public static final String MATCHING_EVENTS = "matching.events.v1";
    /** Public: delivery outcomes of notifications (no addresses). */
    public static final String NOTIFICATION_EVENTS = "notification.events.v1";

    private static final Set<String> COMPACTED = Set.of(REGISTRY_PARTICIPANTS, REGISTRY_CONTACTS, REGISTRY_ROLES,
            CLINIC_GUESTS, CLINIC_MEETINGS);
    private static final Set<String> RESTRICTED = Set.of(REGISTRY_CONTACTS, CLINIC_GUESTS, CLINIC_MEETINGS);
    private static final Set<String> ALL = Set.of(REGISTRY_PARTICIPANTS, REGISTRY_CONTACTS, REGISTRY_ROLES,
            CLINIC_EVENTS, CLINIC_GUESTS, CLINIC_MEETINGS, MATCHING_EVENTS, NOTIFICATION_EVENTS);

    private Topics() {
    }

    /** The dead-letter topic of a topic: {@code topic + ".dlq"}. */
    public static String deadLetter(String topic) {
        return topic + ".dlq";
    }

    /** Whether the topic is log-compacted (cleanup.policy=compact): the latest value per key is the state. */
    public static boolean compacted(String topic) {
        return COMPACTED.contains(topic);
    }

    /**
     * Whether the topic carries personal contact data (or, for {@link #CLINIC_MEETINGS}, meeting links) and must be
     * readable only by authorised services.
     */
    public static boolean restricted(String topic) {
        return RESTRICTED.contains(topic);
    }

    /** All topics of the catalogue (without dead-letter topics). */
    public static Set<String> all() {
        return ALL;
    }
}
