package org.letsconnect.notification.space;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.letsconnect.contracts.clinic.SpaceSummary;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A learning space as clinic-service publishes it, plus its meeting link (restricted topic). */
@Entity
@Table(name = "known_space")
public class KnownSpace extends PanacheEntityBase {

    @Id
    @Column(name = "space_id")
    public UUID spaceId;

    public String format;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> titles = new LinkedHashMap<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> skills = new ArrayList<>();

    @Column(name = "session_language")
    public String sessionLanguage;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "interpretation_languages")
    public List<String> interpretationLanguages = new ArrayList<>();

    @Column(name = "starts_at")
    public Instant startsAt;

    @Column(name = "ends_at")
    public Instant endsAt;

    @Column(name = "time_zone")
    public String timeZone;

    public String state;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> sharers = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> liaisons = new ArrayList<>();

    /** The calendar SEQUENCE: raised by clinic-service on every reschedule. */
    public int sequence;

    /** For confirmed registrants only; never on a public topic. */
    @Column(name = "meeting_link")
    public String meetingLink;

    @Column(name = "updated_at")
    public Instant updatedAt;

    void copy(SpaceSummary summary) {
        format = summary.format();
        titles = new LinkedHashMap<>(summary.titles() == null ? Map.of() : summary.titles());
        skills = new ArrayList<>(summary.skills() == null ? List.of() : summary.skills());
        sessionLanguage = summary.sessionLanguage();
        interpretationLanguages = new ArrayList<>(
                summary.interpretationLanguages() == null ? List.of() : summary.interpretationLanguages());
        startsAt = summary.startsAt();
        endsAt = summary.endsAt();
        timeZone = summary.timeZone();
        state = summary.state();
        sharers = new ArrayList<>(summary.sharers() == null ? List.of() : summary.sharers());
        liaisons = new ArrayList<>(summary.liaisons() == null ? List.of() : summary.liaisons());
    }

    /** A detached copy of the fields rules compare (times, state, sequence). */
    KnownSpace snapshot() {
        KnownSpace copy = new KnownSpace();
        copy.spaceId = spaceId;
        copy.startsAt = startsAt;
        copy.endsAt = endsAt;
        copy.state = state;
        copy.sequence = sequence;
        return copy;
    }

    /** The languages people can follow the session in: the session's and the interpreted ones. */
    public List<String> languages() {
        List<String> languages = new ArrayList<>();
        if (sessionLanguage != null) {
            languages.add(sessionLanguage);
        }
        languages.addAll(interpretationLanguages);
        return languages;
    }
}
