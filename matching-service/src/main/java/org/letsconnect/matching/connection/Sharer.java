package org.letsconnect.matching.connection;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * What matching keeps of a sharer itself (their profile is in the candidate index): pauses, being away, how they
 * answer. Its row is also the lock that serialises accepting connections, so capacity holds under races.
 */
@Entity
@Table(name = "sharer")
public class Sharer extends PanacheEntityBase {

    @Id
    @Column(name = "participant_id")
    public UUID participantId;
    @Column(name = "paused_until")
    public Instant pausedUntil;
    @Column(name = "away_since")
    public Instant awaySince;
    @Column(name = "requests_received")
    public int requestsReceived;
    @Column(name = "requests_answered")
    public int requestsAnswered;
    @Column(name = "requests_expired")
    public int requestsExpired;
    @Column(name = "unanswered_expiries")
    public int unansweredExpiries;
    @Column(name = "last_answered_at")
    public Instant lastAnsweredAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    boolean pausedAt(Instant now) {
        return pausedUntil != null && pausedUntil.isAfter(now);
    }
}
