package org.letsconnect.clinic.directory;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * A participant's e-mail address from the restricted contacts topic. Kept only so attendance reconciliation can
 * match Zoom's e-mail column; returned to organizers only, never logged.
 */
@Entity
@Table(name = "directory_contact")
public class DirectoryContact extends PanacheEntityBase {

    @Id
    @Column(name = "participant_id")
    public UUID participantId;
    public String email;
    @Column(name = "updated_at")
    public Instant updatedAt;

    @Override
    public String toString() {
        return "DirectoryContact[" + participantId + "]";
    }
}
