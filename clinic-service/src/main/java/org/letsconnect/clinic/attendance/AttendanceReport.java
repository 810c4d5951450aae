package org.letsconnect.clinic.attendance;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** The last Zoom participant report uploaded for a space, as uploaded (it holds names and emails). */
@Entity
@Table(name = "attendance_report")
public class AttendanceReport extends PanacheEntityBase {

    @Id
    @Column(name = "space_id")
    public UUID spaceId;
    /** The report's text, already checked: UTF-8, byte order mark removed. */
    public String csv;
    /** The zone of the Zoom account, in which the report's times are written. */
    @Column(name = "time_zone")
    public String timeZone;
    @Column(name = "uploaded_by")
    public String uploadedBy;
    @Column(name = "uploaded_at")
    public Instant uploadedAt;
}
