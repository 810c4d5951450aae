package org.letsconnect.clinic.space;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.letsconnect.contracts.clinic.SpaceSummary;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A learning space: a Learning Clinic, a Connectathon, a Learning Circle or a local implementation. */
@Entity
public class Space extends PanacheEntityBase {

    @Id
    public UUID id;
    public String format;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> titles = new LinkedHashMap<>();
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> descriptions = new LinkedHashMap<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> skills = new ArrayList<>();
    @Column(name = "session_language")
    public String sessionLanguage;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "interpretation_languages")
    public List<String> interpretationLanguages = new ArrayList<>();
    @Column(name = "region_focus")
    public String regionFocus;

    @Column(name = "starts_at")
    public Instant startsAt;
    @Column(name = "ends_at")
    public Instant endsAt;
    @Column(name = "time_zone")
    public String timeZone;
    public int capacity;

    /** Registry participant ids. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> sharers = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> liaisons = new ArrayList<>();

    @Column(name = "meeting_link")
    public String meetingLink;
    @Column(name = "series_id")
    public UUID seriesId;

    public String state;
    /** The iCalendar SEQUENCE, raised whenever the time changes or the space is cancelled. */
    public int sequence;

    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public int version;

    /** What the outside world may know of the space (no meeting link). */
    public SpaceSummary summary() {
        return new SpaceSummary(id.toString(), format, Map.copyOf(titles), Map.copyOf(descriptions), List.copyOf(skills),
                sessionLanguage, List.copyOf(interpretationLanguages), regionFocus, startsAt, endsAt, timeZone, capacity,
                List.copyOf(sharers), List.copyOf(liaisons), seriesId == null ? null : seriesId.toString(), state);
    }
}
