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

/** A channel the service turned off for a person after a permanent failure, with the failure's reason code. */
@Entity
@Table(name = "channel_turn_off")
@IdClass(ChannelTurnOff.Key.class)
public class ChannelTurnOff extends PanacheEntityBase {

    public record Key(String recipientKind, UUID recipientId, String channel) implements Serializable {
        public Key() {
            this(null, null, null);
        }
    }

    @Id
    @Column(name = "recipient_kind")
    public String recipientKind;

    @Id
    @Column(name = "recipient_id")
    public UUID recipientId;

    @Id
    public String channel;

    public String reason;

    @Column(name = "turned_off_at")
    public Instant turnedOffAt;
}
