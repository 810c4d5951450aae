package org.letsconnect.clinic.space;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A preparation step of a space (brainstorm call, learning outcomes, content review, dry run). */
@Entity
public class Milestone extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "space_id")
    public UUID spaceId;
    public String code;
    @Column(name = "due_on")
    public LocalDate dueOn;
    @Column(name = "done_at")
    public Instant doneAt;
    @Column(name = "done_by")
    public String doneBy;
    @Column(name = "announced_at")
    public Instant announcedAt;
    @Column(name = "overdue_announced_at")
    public Instant overdueAnnouncedAt;
}
