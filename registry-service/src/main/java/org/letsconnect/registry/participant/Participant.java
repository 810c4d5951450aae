package org.letsconnect.registry.participant;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.letsconnect.contracts.registry.LanguageSkill;
import org.letsconnect.contracts.registry.ProfileBadge;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;

/** A registered Wikimedian. Never leaves the service: resources answer with records, events carry contracts. */
@Entity
public class Participant extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The Wikimedia central user id. */
    public String subject;
    public String username;
    @Column(name = "display_name")
    public String displayName;
    public String pronouns;
    public String region;
    public String country;
    @Column(name = "time_zone")
    public String timeZone;

    @Convert(converter = LanguagesConverter.class)
    @ColumnTransformer(read = "languages::text", write = "cast(cast(? as text) as jsonb)")
    public List<LanguageSkill> languages = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "language_codes")
    public List<String> languageCodes = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> affiliations = new ArrayList<>();

    @Column(name = "movement_role")
    public String movementRole;
    @Column(name = "joined_year")
    public Integer joinedYear;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> projects = new ArrayList<>();

    public String bio;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "skills_to_learn")
    public List<String> skillsToLearn = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "skills_to_share")
    public List<String> skillsToShare = new ArrayList<>();

    @Column(name = "available_for_connections")
    public boolean availableForConnections;
    @Column(name = "max_connections")
    public int maxConnections;
    public String visibility;
    public String email;
    @Column(name = "notification_language")
    public String notificationLanguage;

    /** Badges clinic-service awarded, oldest first. */
    @Convert(converter = BadgesConverter.class)
    @ColumnTransformer(read = "badges::text", write = "cast(cast(? as text) as jsonb)")
    public List<ProfileBadge> badges = new ArrayList<>();

    @Column(name = "registered_at")
    public Instant registeredAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    public static Uni<Participant> findBySubject(String subject) {
        return find("subject", subject).firstResult();
    }
}
