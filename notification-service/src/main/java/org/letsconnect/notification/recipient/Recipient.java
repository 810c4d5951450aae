package org.letsconnect.notification.recipient;

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

/** A participant as a recipient: the public profile merged with the private contact data. */
@Entity
@Table(name = "recipient")
public class Recipient extends PanacheEntityBase {

    @Id
    @Column(name = "participant_id")
    public UUID participantId;

    public String subject;
    public String username;

    @Column(name = "display_name")
    public String displayName;

    /** The notification language (a Wikimedia code). */
    public String language = "en";

    @Column(name = "time_zone")
    public String timeZone = "UTC";

    /** Private: never logged, never on a topic. */
    public String email;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "skills_to_learn")
    public List<String> skillsToLearn = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "spoken_languages")
    public List<String> spokenLanguages = new ArrayList<>();

    @Column(name = "profile_at")
    public Instant profileAt;

    @Column(name = "contact_at")
    public Instant contactAt;

    void copy(ParticipantProfile profile) {
        subject = profile.subject();
        username = profile.username();
        displayName = profile.displayName();
        if (profile.notificationLanguage() != null) {
            language = profile.notificationLanguage();
        }
        if (profile.timeZone() != null) {
            timeZone = profile.timeZone();
        }
        skillsToLearn = new ArrayList<>(profile.skillsToLearn() == null ? List.of() : profile.skillsToLearn());
        List<String> spoken = new ArrayList<>();
        for (LanguageSkill skill : profile.languages() == null ? List.<LanguageSkill> of() : profile.languages()) {
            spoken.add(skill.code());
        }
        spokenLanguages = spoken;
        profileAt = profile.updatedAt();
    }
}
