package org.letsconnect.clinic.attendance;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * A Zoom name or e-mail an organizer confirmed as a person, in a space: it matches by itself in later reports — an
 * e-mail anywhere, a name in that space and wherever else it is unambiguous ({@link Reconciliation}). One per name and
 * space.
 */
@Entity
@Table(name = "attendance_alias")
public class AttendanceAlias extends PanacheEntityBase {

    @Id
    public UUID id;
    /** The Zoom name folded ({@link PersonName#key()}), or {@code email:} and the Zoom e-mail. */
    @Column(name = "name_key")
    public String nameKey;
    /** The space it was confirmed in; null for aliases remembered before spaces were. */
    @Column(name = "space_id")
    public UUID spaceId;
    @Column(name = "participant_id")
    public UUID participantId;
    /** A guest's email (private), when the name stands for a guest rather than a participant. */
    @Column(name = "guest_email")
    public String guestEmail;
    /** The central user id of the organizer who confirmed it. */
    @Column(name = "confirmed_by")
    public String confirmedBy;
    @Column(name = "confirmed_at")
    public Instant confirmedAt;
}
