package org.letsconnect.clinic.registration;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.letsconnect.contracts.clinic.GuestContact;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * Someone's place, or wait for one, in a learning space: a signed-in participant (known by their Wikimedia central
 * user id, and by their registry profile when they have one) or a guest known only by a name and an e-mail address.
 */
@Entity
public class Registration extends PanacheEntityBase {

    public static final String CONFIRMED = "confirmed";
    public static final String WAITLISTED = "waitlisted";
    public static final String CANCELLED = "cancelled";

    @Id
    public UUID id;
    @Column(name = "space_id")
    public UUID spaceId;
    /** The registry profile, when the registrant has one; null for guests and for people without a profile. */
    @Column(name = "participant_id")
    public UUID participantId;
    /** The Wikimedia central user id of a signed-in registrant; null for guests. */
    public String subject;
    public String username;
    public boolean guest;
    public String name;
    /** Private: guests only, shown to organizers only, never logged or published. */
    public String email;
    public String language;
    @Column(name = "time_zone")
    public String timeZone;
    public String status;
    /** Order on the waitlist (lower goes first); kept after promotion as a record of having waited. */
    @Column(name = "waitlist_seq")
    public Long waitlistSeq;
    @Column(name = "registered_at")
    public Instant registeredAt;
    @Column(name = "promoted_at")
    public Instant promotedAt;
    @Column(name = "cancelled_at")
    public Instant cancelledAt;
    @Column(name = "cancel_token_hash")
    public String cancelTokenHash;
    /** When a guest's contact was tombstoned on {@code clinic.guests.v1} after the space ended; null until then. */
    @Column(name = "contact_retracted_at")
    public Instant contactRetractedAt;

    @Version
    public int version;

    public boolean isActive() {
        return !CANCELLED.equals(status);
    }

    /** The registry participant id as events carry it: only for people with a profile. */
    String participantIdText() {
        return participantId == null ? null : participantId.toString();
    }

    /** A guest's contact data as the restricted {@code clinic.guests.v1} carries it, for notification-service. */
    GuestContact guestContact(Instant updatedAt) {
        return new GuestContact(id.toString(), spaceId.toString(), name, email, language, timeZone, updatedAt);
    }

    @Override
    public String toString() {
        // names and e-mail addresses stay out of logs
        return "Registration[" + id + ", space " + spaceId + ", " + status + "]";
    }
}
