package org.letsconnect.clinic.badge;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A badge a participant earned, once; {@link #spaceId} is where they earned it. */
@Entity
@Table(name = "badge_award")
public class BadgeAward extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "participant_id")
    public UUID participantId;
    public String badge;
    @Column(name = "space_id")
    public UUID spaceId;
    @Column(name = "awarded_at")
    public Instant awardedAt;
}
