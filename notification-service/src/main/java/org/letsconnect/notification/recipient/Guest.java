package org.letsconnect.notification.recipient;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A guest registered for one space with a name and an e-mail address, keyed by the registration. */
@Entity
@Table(name = "guest")
public class Guest extends PanacheEntityBase {

    @Id
    @Column(name = "registration_id")
    public UUID registrationId;

    @Column(name = "space_id")
    public UUID spaceId;

    public String name;

    /** Private: never logged, never on a topic. */
    public String email;

    public String language = "en";

    @Column(name = "time_zone")
    public String timeZone = "UTC";

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Set by the tombstone: the address still serves the cancellation until then, and is purged after. */
    @Column(name = "forget_after")
    public Instant forgetAfter;
}
