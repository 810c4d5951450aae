package org.letsconnect.clinic.attendance;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * The last Zoom participant report uploaded for a space: when, by whom, in which zone, and its digest — not its
 * text, which would keep the names and emails of people who later erase their profiles.
 */
@Entity
@Table(name = "attendance_report")
public class AttendanceReport extends PanacheEntityBase {

    @Id
    @Column(name = "space_id")
    public UUID spaceId;
    /** The SHA-256 of the report's text (UTF-8, without a byte order mark), hex. */
    public String digest;
    /** The zone of the Zoom account, in which the report's times are written. */
    @Column(name = "time_zone")
    public String timeZone;
    /** When the meeting started and ended as the report shows them (its summary, else the first join, last leave). */
    @Column(name = "meeting_started_at")
    public Instant meetingStartedAt;
    @Column(name = "meeting_ended_at")
    public Instant meetingEndedAt;
    /** The account that hosted the meeting, from the report's summary, or null. */
    @Column(name = "host_email")
    public String hostEmail;
    @Column(name = "uploaded_by")
    public String uploadedBy;
    @Column(name = "uploaded_at")
    public Instant uploadedAt;
}
