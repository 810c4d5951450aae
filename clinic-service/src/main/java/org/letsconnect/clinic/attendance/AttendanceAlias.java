package org.letsconnect.clinic.attendance;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A Zoom name an organizer confirmed as a person: it matches by itself in later reports, of any space. */
@Entity
@Table(name = "attendance_alias")
public class AttendanceAlias extends PanacheEntityBase {

    /** The Zoom name folded ({@link PersonName#key()}). */
    @Id
    @Column(name = "name_key")
    public String nameKey;
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
