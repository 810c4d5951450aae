package org.letsconnect.clinic.attendance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** One attendee of a space, as the last uploaded Zoom report and the organizers' confirmations left them. */
@Entity
public class Attendance extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "space_id")
    public UUID spaceId;
    /** Who they were in the report: their email, else {@code name:} and their folded name. */
    @Column(name = "attendee_key")
    public String attendeeKey;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> names = new ArrayList<>();
    public String email;
    public boolean guest;
    /** Their joins merged, each {@code start/end} (ISO 8601). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> intervals = new ArrayList<>();
    public int joins;
    public int minutes;
    @Column(name = "stayed_past_90_minutes")
    public boolean stayedPast90Minutes;
    @Column(name = "first_joined_at")
    public Instant firstJoinedAt;
    @Column(name = "last_left_at")
    public Instant lastLeftAt;
    /** {@code matched}, {@code ambiguous} or {@code unmatched}. */
    public String status;
    @Column(name = "participant_id")
    public UUID participantId;
    @Column(name = "registration_id")
    public UUID registrationId;
    @Column(name = "person_name")
    public String personName;
    @Column(name = "person_username")
    public String personUsername;
    @Column(name = "matched_on")
    public String matchedOn;
    public String similarity;
    public Double score;
    @Convert(converter = CandidatesConverter.class)
    public List<AttendanceCandidate> candidates = new ArrayList<>();
    @Column(name = "recorded_at")
    public Instant recordedAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    /** The meeting's host or a co-host: kept apart, never an attendee, never counted or announced. */
    boolean isHost() {
        return "host".equals(status);
    }

    /** Whether what the attendance event says — the link, the minutes, the times — differs from the other's. */
    boolean sameEventAs(Attendance other) {
        return other != null && Objects.equals(participantId, other.participantId)
                && Objects.equals(registrationId, other.registrationId) && minutes == other.minutes
                && stayedPast90Minutes == other.stayedPast90Minutes
                && Objects.equals(firstJoinedAt, other.firstJoinedAt) && Objects.equals(lastLeftAt, other.lastLeftAt);
    }

    /** Whether everything an organizer reads about the attendee is the same as the other's. */
    boolean sameAs(Attendance other) {
        return sameEventAs(other) && names.equals(other.names) && Objects.equals(email, other.email)
                && guest == other.guest && intervals.equals(other.intervals) && joins == other.joins
                && status.equals(other.status) && Objects.equals(personName, other.personName)
                && Objects.equals(personUsername, other.personUsername) && Objects.equals(matchedOn, other.matchedOn)
                && Objects.equals(similarity, other.similarity) && Objects.equals(score, other.score)
                && candidates.equals(other.candidates);
    }

    /** Takes over what the report and reconciliation say about the attendee, keeping its id and first record. */
    void copyFrom(Attendance other) {
        names = other.names;
        email = other.email;
        guest = other.guest;
        intervals = other.intervals;
        joins = other.joins;
        minutes = other.minutes;
        stayedPast90Minutes = other.stayedPast90Minutes;
        firstJoinedAt = other.firstJoinedAt;
        lastLeftAt = other.lastLeftAt;
        status = other.status;
        participantId = other.participantId;
        registrationId = other.registrationId;
        personName = other.personName;
        personUsername = other.personUsername;
        matchedOn = other.matchedOn;
        similarity = other.similarity;
        score = other.score;
        candidates = other.candidates;
        updatedAt = other.updatedAt;
    }
}
