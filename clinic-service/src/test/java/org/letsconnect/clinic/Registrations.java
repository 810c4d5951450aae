package org.letsconnect.clinic;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;

/**
 * Registrations written straight into the registration table, for features that only read it (the registration
 * API is built on its own).
 */
public final class Registrations {

    private Registrations() {
    }

    /** A signed-in person's registration in the given status (confirmed, waitlisted, cancelled). */
    public static void register(String spaceId, String subject, String participantId, String name, String status) {
        try {
            VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> Panache.getSession()
                    .flatMap(session -> session.createNativeQuery("""
                            insert into registration (id, space_id, participant_id, subject, guest, name, status,
                                                      registered_at)
                            values (:id, :space, cast(:participant as uuid), :subject, false, :name, :status, :at)""")
                            .setParameter("id", UUID.randomUUID())
                            .setParameter("space", UUID.fromString(spaceId))
                            .setParameter("participant", participantId == null ? null : UUID.fromString(participantId))
                            .setParameter("subject", subject)
                            .setParameter("name", name)
                            .setParameter("status", status)
                            .setParameter("at", OffsetDateTime.now(ZoneOffset.UTC))
                            .executeUpdate())));
        } catch (Throwable e) {
            throw new IllegalStateException("Could not register " + subject, e);
        }
    }
}
