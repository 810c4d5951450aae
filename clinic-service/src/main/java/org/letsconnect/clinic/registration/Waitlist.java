package org.letsconnect.clinic.registration;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.letsconnect.clinic.space.Space;
import org.letsconnect.clinic.space.SpaceLifecycle;
import org.letsconnect.contracts.EventType;
import org.letsconnect.contracts.clinic.GuestContact;
import org.letsconnect.contracts.clinic.RegistrationPromoted;
import org.letsconnect.platform.outbox.OutboxWriter;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/**
 * The places of a space and the queue for them. A place is free while fewer registrations are confirmed than the
 * space's capacity; the waitlist is served in the order people joined it. Everything here runs in the caller's
 * transaction with the space's row locked, so two people can never take the same last place.
 */
@ApplicationScoped
public class Waitlist {

    private final OutboxWriter outbox;
    private final Clock clock;

    public Waitlist(OutboxWriter outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Gives free places to the people waiting longest, announcing each promotion. Called when a place frees and when
     * organizers raise the capacity; a space whose session is over, or that was cancelled, promotes nobody. Must run
     * inside the transaction that changed the space or its registrations.
     */
    public Uni<List<Registration>> fill(Space space) {
        if (!SpaceLifecycle.isUpcoming(space.state)) {
            return Uni.createFrom().item(List.of());
        }
        return Panache.getSession()
                .flatMap(session -> session.lock(space, LockModeType.PESSIMISTIC_WRITE))
                .flatMap(locked -> placesLeft(space))
                .flatMap(free -> free == 0 ? Uni.createFrom().item(List.<Registration> of())
                        : Registration.<Registration> find("spaceId = ?1 and status = ?2",
                                Sort.by("waitlistSeq"), space.id, Registration.WAITLISTED)
                                .page(0, free.intValue()).list())
                .call(this::promote)
                // later counts in the same transaction must see the promotions
                .call(promoted -> promoted.isEmpty() ? Uni.createFrom().voidItem() : Panache.flush());
    }

    /** Places not yet confirmed; none when organizers lowered the capacity below the confirmed count. */
    Uni<Long> placesLeft(Space space) {
        return Registration.count("spaceId = ?1 and status = ?2", space.id, Registration.CONFIRMED)
                .map(confirmed -> Math.max(0, space.capacity - confirmed));
    }

    /** The next place in every waitlist: one sequence for all spaces, since only the order within a space matters. */
    Uni<Long> nextSeq() {
        return Panache.getSession().flatMap(session -> session
                .createNativeQuery("select nextval('registration_waitlist_seq')", Long.class).getSingleResult());
    }

    /** The 1-based position of each waitlisted registration of these spaces, by registration id. */
    static Uni<Map<UUID, Integer>> positions(Collection<UUID> spaceIds) {
        if (spaceIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Registration.<Registration> find("spaceId in ?1 and status = ?2", Sort.by("spaceId", "waitlistSeq"),
                spaceIds, Registration.WAITLISTED).list().map(waiting -> {
                    Map<UUID, Integer> positions = new HashMap<>();
                    UUID space = null;
                    int position = 0;
                    for (Registration registration : waiting) {
                        position = registration.spaceId.equals(space) ? position + 1 : 1;
                        space = registration.spaceId;
                        positions.put(registration.id, position);
                    }
                    return positions;
                });
    }

    /** The 1-based position of one waitlisted registration. */
    static Uni<Integer> position(Registration registration) {
        return Registration.count("spaceId = ?1 and status = ?2 and waitlistSeq <= ?3", registration.spaceId,
                Registration.WAITLISTED, registration.waitlistSeq).map(Long::intValue);
    }

    private Uni<Void> promote(List<Registration> registrations) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Registration registration : registrations) {
            registration.status = Registration.CONFIRMED;
            registration.promotedAt = clock.instant();
            RegistrationPromoted promoted = new RegistrationPromoted(registration.id.toString(),
                    registration.spaceId.toString(), registration.participantIdText(), registration.guest,
                    registration.promotedAt);
            chain = chain.call(() -> outbox.append(EventType.REGISTRATION_PROMOTED, promoted));
            if (registration.guest) {
                // the guest's contact data again, as of the promotion: reminders to them now go to a confirmed guest
                GuestContact contact = registration.guestContact(registration.promotedAt);
                chain = chain.call(() -> outbox.append(EventType.GUEST_CONTACT_CHANGED, contact));
            }
        }
        return chain;
    }
}
