package org.letsconnect.platform.inbox;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * One applied event id. Rows are written with native SQL ({@code on conflict do nothing}) by
 * {@link IdempotentConsumer}; the entity serves the purge and keeps Hibernate Reactive active in services
 * whose own model is not relational yet.
 */
@Entity
@Table(name = "inbox")
public class InboxEntry extends PanacheEntityBase {

    @Id
    @Column(name = "event_id")
    public String eventId;

    @Column(name = "event_type")
    public String eventType;

    @Column(name = "processed_at")
    public OffsetDateTime processedAt;

    @Column(name = "delete_after")
    public OffsetDateTime deleteAfter;
}
