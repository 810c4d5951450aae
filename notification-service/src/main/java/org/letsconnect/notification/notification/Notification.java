package org.letsconnect.notification.notification;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * One notification for one recipient: unique per (event, recipient, template) through {@link #dedupKey}. It keeps
 * the template and its parameters, not text: it is rendered when delivered or read, in the recipient's language of
 * that moment.
 */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "dedup_key")
    public String dedupKey;

    /** {@code participant}, {@code guest}, or {@code erased} once the person erased their profile. */
    @Column(name = "recipient_kind")
    public String recipientKind;

    /** Participant id, or registration id for a guest. */
    @Column(name = "recipient_id")
    public UUID recipientId;

    public String category;

    public String template;

    @Column(name = "space_id")
    public UUID spaceId;

    /** Template parameters: ids, codes, numbers and instants; never an address. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> params = new LinkedHashMap<>();

    @Column(name = "created_at")
    public Instant createdAt;

    /** When the recipient read it in the in-app inbox. */
    @Column(name = "read_at")
    public Instant readAt;
}
