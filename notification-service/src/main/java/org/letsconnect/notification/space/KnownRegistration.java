package org.letsconnect.notification.space;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A registration as clinic-service tells it: who holds or waits for a place in which space. */
@Entity
@Table(name = "known_registration")
public class KnownRegistration extends PanacheEntityBase {

    public static final String CONFIRMED = "confirmed";
    public static final String WAITLISTED = "waitlisted";
    public static final String CANCELLED = "cancelled";

    @Id
    @Column(name = "registration_id")
    public UUID registrationId;

    @Column(name = "space_id")
    public UUID spaceId;

    /** Null for a guest. */
    @Column(name = "participant_id")
    public UUID participantId;

    public boolean guest;

    public String status;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
