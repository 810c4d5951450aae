package org.letsconnect.notification.space;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** Someone who attended a space (attendance.recorded.v1): a participant, or a guest by their registration. */
@Entity
@Table(name = "known_attendance")
@IdClass(KnownAttendance.Key.class)
public class KnownAttendance extends PanacheEntityBase {

    public record Key(UUID spaceId, String attendeeKey) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "space_id")
    public UUID spaceId;

    /** The participant id, else the registration id. */
    @Id
    @Column(name = "attendee_key")
    public String attendeeKey;

    @Column(name = "participant_id")
    public UUID participantId;

    @Column(name = "registration_id")
    public UUID registrationId;
}
