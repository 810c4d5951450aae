package org.letsconnect.notification.preference;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A guest unsubscribed from a category ({@link GuestUnsubscribe#ALL} for every one) with a one-click link. */
@Entity
@Table(name = "guest_unsubscribe")
@IdClass(GuestUnsubscribe.Key.class)
public class GuestUnsubscribe extends PanacheEntityBase {

    /** The category of an unsubscribe from everything. */
    public static final String ALL = "all";

    public record Key(UUID registrationId, String category) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "registration_id")
    public UUID registrationId;

    @Id
    public String category;

    @Column(name = "unsubscribed_at")
    public Instant unsubscribedAt;
}
