package org.letsconnect.clinic.registration;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.letsconnect.contracts.EventType;
import org.letsconnect.platform.outbox.OutboxWriter;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Takes guests' contact data back from the compacted {@code clinic.guests.v1} once their space is over: a guest who
 * never cancels would otherwise leave their name and address on the topic for good. Each tombstone is marked in the
 * same transaction as its outbox row, and the rows are locked, so two passes (or two replicas) never send one twice.
 * Registrations and their data here stay for the organizers; only the topic forgets. {@link GuestContactSchedule}
 * runs the passes.
 */
@ApplicationScoped
public class GuestContactRetention {

    private static final String ENDED = """
            select r.* from registration r join space s on s.id = r.space_id
            where r.guest and r.status <> 'cancelled' and r.contact_retracted_at is null
              and ((s.state = 'cancelled' and s.updated_at < :cutoff) or coalesce(s.ends_at, s.starts_at) < :cutoff)
            order by r.registered_at
            limit 500
            for update of r skip locked""";

    private final OutboxWriter outbox;
    private final GuestContactConfig config;
    private final Clock clock;

    public GuestContactRetention(OutboxWriter outbox, GuestContactConfig config, Clock clock) {
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    /** One pass of at most 500; how many contacts were tombstoned. */
    @WithTransaction
    public Uni<Integer> retractEnded() {
        Instant now = clock.instant();
        return Panache.getSession().flatMap(session -> session.createNativeQuery(ENDED, Registration.class)
                .setParameter("cutoff", now.minus(config.contactRetention()))
                .getResultList())
                .flatMap(ended -> Multi.createFrom().iterable(ended)
                        .onItem().transformToUniAndConcatenate(registration -> {
                            registration.contactRetractedAt = now;
                            return outbox.appendTombstone(EventType.GUEST_CONTACT_CHANGED, registration.id.toString());
                        })
                        .collect().asList().map(tombstones -> ended.size()));
    }
}
