package org.letsconnect.notification.notification;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** One notification on one channel: a row of the due queue and, once done, of the delivery log. */
@Entity
@Table(name = "delivery")
public class Delivery extends PanacheEntityBase {

    public static final String PENDING = "pending";
    public static final String SENT = "sent";
    /** Failed for good at once (unknown address, blocked bot): the channel is turned off for the person. */
    public static final String FAILED = "failed";
    /** Gave up after the last retry. */
    public static final String DEAD = "dead";
    /** Not needed any more (the space was cancelled or rescheduled, the registration cancelled). */
    public static final String CANCELLED = "cancelled";

    @Id
    public UUID id;

    @Column(name = "notification_id")
    public UUID notificationId;

    public String channel;

    public String status;

    @Column(name = "due_at")
    public Instant dueAt;

    /** Passes quiet hours: cancellations and 1-hour reminders. */
    public boolean urgent;

    public int attempts;

    @Column(name = "lease_until")
    public Instant leaseUntil;

    /** The language it was rendered in when sent. */
    public String language;

    /** A short code for why it failed, was cancelled or is waiting (e.g. {@code smtp-rejected}). */
    public String reason;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** The digest it is held for (left to the digest, not the worker) or went out in; null when sent on its own. */
    @Column(name = "digest_id")
    public UUID digestId;
}
