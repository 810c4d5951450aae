package org.letsconnect.notification.digest;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * A digest: the deliveries held for one participant on one channel until one release time, sent as one message.
 * Pending and never claimed ({@code attempts = 0}) it is open, and held deliveries join it; claimed, it is closed.
 */
@Entity
@Table(name = "digest")
public class DigestDelivery extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "participant_id")
    public UUID participantId;

    public String channel;

    /** When it goes out; after a temporary failure, when it is tried again. */
    @Column(name = "release_at")
    public Instant releaseAt;

    /** pending | sent | failed | dead | cancelled, as a delivery's. */
    public String status;

    public int attempts;

    @Column(name = "lease_until")
    public Instant leaseUntil;

    public String language;

    public String reason;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
