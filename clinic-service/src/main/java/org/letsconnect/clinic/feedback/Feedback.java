package org.letsconnect.clinic.feedback;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * One person's answer about one space. An anonymous answer keeps only {@link #authorKey}, a keyed hash that
 * enforces one answer per person without saying whose it is.
 */
@Entity
public class Feedback extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "space_id")
    public UUID spaceId;
    @Column(name = "author_key")
    public String authorKey;
    public boolean anonymous;
    /** The author of a named answer; null when anonymous. */
    public String subject;
    @Column(name = "participant_id")
    public UUID participantId;
    public short usefulness;
    @Column(name = "want_more_of")
    public String wantMoreOf;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "want_more_of_skills")
    public List<String> wantMoreOfSkills = new ArrayList<>();
    public String comment;
    @Column(name = "submitted_at")
    public Instant submittedAt;
}
