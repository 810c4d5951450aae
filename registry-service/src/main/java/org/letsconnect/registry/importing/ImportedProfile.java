package org.letsconnect.registry.importing;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * A person the registration import created or updated: a later import leaves their profile alone once they have
 * changed it themselves ({@code profileUpdatedAt} no longer matches), and does not bring it back once they erased it
 * (this row outlives the profile; it holds only the central user id and times).
 */
@Entity
@Table(name = "registration_import")
public class ImportedProfile extends PanacheEntityBase {

    /** The Wikimedia central user id. */
    @Id
    public String subject;

    @Column(name = "first_imported_at")
    public Instant firstImportedAt;

    @Column(name = "last_imported_at")
    public Instant lastImportedAt;

    /** The profile's {@code updatedAt} as the last import left it. */
    @Column(name = "profile_updated_at")
    public Instant profileUpdatedAt;
}
