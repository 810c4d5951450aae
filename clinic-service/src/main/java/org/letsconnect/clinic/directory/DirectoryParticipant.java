package org.letsconnect.clinic.directory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.letsconnect.contracts.registry.LanguageSkill;
import org.letsconnect.contracts.registry.ParticipantProfile;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** What this service keeps of a registry participant: names to recognise them by, and who they are for reports. */
@Entity
@Table(name = "directory_participant")
public class DirectoryParticipant extends PanacheEntityBase {

    @Id
    @Column(name = "participant_id")
    public UUID participantId;
    /** The Wikimedia central user id, which signed-in callers are known by. */
    public String subject;
    public String username;
    @Column(name = "display_name")
    public String displayName;
    public String pronouns;
    public String region;
    public String country;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "language_codes")
    public List<String> languageCodes = new ArrayList<>();
    @Column(name = "joined_year")
    public Integer joinedYear;
    @Column(name = "movement_role")
    public String movementRole;
    @Column(name = "registered_at")
    public Instant registeredAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    void copy(ParticipantProfile profile) {
        subject = profile.subject();
        username = profile.username();
        displayName = profile.displayName();
        pronouns = profile.pronouns();
        region = profile.region();
        country = profile.country();
        languageCodes = profile.languages() == null ? new ArrayList<>()
                : new ArrayList<>(profile.languages().stream().map(LanguageSkill::code).toList());
        joinedYear = profile.joinedYear();
        movementRole = profile.movementRole();
        registeredAt = profile.registeredAt();
        updatedAt = profile.updatedAt();
    }
}
