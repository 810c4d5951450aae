package org.letsconnect.matching.connection;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.letsconnect.contracts.matching.ConnectionStates;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * A 1:1 connection between a learner and a sharer about a skill, from the request (or an open request without a
 * sharer yet) to its completion and feedback. The states are {@link ConnectionStates}' codes.
 */
@Entity
@Table(name = "connection")
public class Connection extends PanacheEntityBase {

    /** Waiting for the sharer's answer, or for a sharer at all. */
    static final List<String> WAITING = List.of(ConnectionStates.OPEN, ConnectionStates.REQUESTED,
            ConnectionStates.PROPOSED);
    /** Waiting for the sharer's answer. */
    static final List<String> ANSWERABLE = List.of(ConnectionStates.REQUESTED, ConnectionStates.PROPOSED);
    /** Taking one of the sharer's places. */
    static final List<String> ACTIVE = List.of(ConnectionStates.ACCEPTED, ConnectionStates.SCHEDULED);
    /** Neither ended nor declined: a second one between the same people about the same skill is a duplicate. */
    static final List<String> LIVE = List.of(ConnectionStates.OPEN, ConnectionStates.REQUESTED,
            ConnectionStates.PROPOSED, ConnectionStates.ACCEPTED, ConnectionStates.SCHEDULED);
    static final Set<String> CANCELLABLE = Set.copyOf(LIVE);

    static final String ORIGIN_REQUEST = "request";
    static final String ORIGIN_ROUND = "round";
    static final String ORIGIN_ORGANIZER = "organizer";
    /** An attendee of a completed learning space asked one of its sharers. */
    static final String ORIGIN_FOLLOW_UP = "follow-up";
    /** An organizer's connection of two affiliates, between a liaison of each. */
    static final String ORIGIN_AFFILIATE = "affiliate";

    static final String LEARNER = "learner";
    static final String SHARER = "sharer";

    @Id
    public UUID id;
    @Column(name = "learner_id")
    public UUID learnerId;
    /** Null while an open request waits for a round or an organizer. */
    @Column(name = "sharer_id")
    public UUID sharerId;
    public String skill;
    public String state;
    /** The learner's words to the sharer: free text, private to the two sides and organizers. */
    public String message;
    public String origin;
    @Column(name = "round_id")
    public UUID roundId;
    @Column(name = "space_id")
    public UUID spaceId;
    @Column(name = "proposed_by")
    public String proposedBy;
    @Column(name = "requested_at")
    public Instant requestedAt;
    @Column(name = "expires_at")
    public Instant expiresAt;
    @Column(name = "nudged_at")
    public Instant nudgedAt;
    @Column(name = "answered_at")
    public Instant answeredAt;
    @Column(name = "decline_reason")
    public String declineReason;
    @Column(name = "scheduled_at")
    public Instant scheduledAt;
    @Column(name = "schedule_zone")
    public String scheduleZone;
    @Column(name = "completion_confirmed_by")
    public String completionConfirmedBy;
    @Column(name = "completion_confirmed_at")
    public Instant completionConfirmedAt;
    @Column(name = "completed_at")
    public Instant completedAt;
    @Column(name = "cancelled_by")
    public String cancelledBy;
    @Column(name = "cancelled_at")
    public Instant cancelledAt;
    @Column(name = "cancel_reason")
    public String cancelReason;
    @Column(name = "learner_affiliate")
    public String learnerAffiliate;
    @Column(name = "sharer_affiliate")
    public String sharerAffiliate;
    @Column(name = "learner_liaison")
    public UUID learnerLiaison;
    @Column(name = "sharer_liaison")
    public UUID sharerLiaison;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public int version;

    /** The side a participant takes in this connection: {@link #LEARNER}, {@link #SHARER}, or null. */
    String sideOf(UUID participantId) {
        if (participantId == null) {
            return null;
        }
        if (participantId.equals(learnerId)) {
            return LEARNER;
        }
        return participantId.equals(sharerId) ? SHARER : null;
    }

    String learnerText() {
        return learnerId.toString();
    }

    String sharerText() {
        return sharerId == null ? null : sharerId.toString();
    }

    @Override
    public String toString() {
        // the message stays out of logs
        return "Connection[" + id + ", " + state + ", " + skill + "]";
    }
}
