package org.letsconnect.notification.recipient;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.letsconnect.contracts.clinic.GuestContact;
import org.letsconnect.contracts.registry.ContactChanged;
import org.letsconnect.contracts.registry.ParticipantProfile;

import io.quarkus.arc.All;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The read model of the people notifications go to: participants (profile and contact topics) and guests (the
 * restricted guest contacts topic). The methods that change it run in the consumer's transaction.
 */
@ApplicationScoped
public class Recipients {

    private final List<RecipientDataHolder> holders;

    public Recipients(@All List<RecipientDataHolder> holders) {
        this.holders = holders;
    }

    /** Keeps a participant's public profile, unless a newer one is kept already. */
    public Uni<Void> keep(ParticipantProfile profile) {
        UUID participantId = UUID.fromString(profile.participantId());
        return claimRow(participantId).flatMap(ignored -> Recipient.<Recipient> findById(participantId)).flatMap(row -> {
            // a compacted topic replays old states after newer ones only on a reset; never go backwards
            if (row.profileAt != null && profile.updatedAt() != null && row.profileAt.isAfter(profile.updatedAt())) {
                return Uni.createFrom().voidItem();
            }
            row.copy(profile);
            return row.persist().replaceWithVoid();
        });
    }

    /** Keeps a participant's contact data (address, notification language, zone), unless newer is kept. */
    public Uni<Void> keep(ContactChanged contact) {
        UUID participantId = UUID.fromString(contact.participantId());
        return claimRow(participantId).flatMap(ignored -> Recipient.<Recipient> findById(participantId)).flatMap(row -> {
            if (row.contactAt != null && contact.updatedAt() != null && row.contactAt.isAfter(contact.updatedAt())) {
                return Uni.createFrom().voidItem();
            }
            row.subject = contact.subject() != null ? contact.subject() : row.subject;
            row.email = contact.email();
            if (contact.notificationLanguage() != null) {
                row.language = contact.notificationLanguage();
            }
            if (contact.timeZone() != null) {
                row.timeZone = contact.timeZone();
            }
            row.contactAt = contact.updatedAt();
            return row.persist().replaceWithVoid();
        });
    }

    /**
     * Makes sure the participant's row exists before it is read: the profile and the contact of a new participant
     * arrive on two topics at once, and two inserts of the same row would make one consumer fail and retry.
     */
    private static Uni<Integer> claimRow(UUID participantId) {
        return Panache.getSession().flatMap(session -> session
                .createNativeQuery("insert into recipient (participant_id) values (:id) on conflict do nothing")
                .setParameter("id", participantId).executeUpdate());
    }

    /** Forgets a participant's address (a tombstone on the contacts topic). */
    public Uni<Void> forgetContact(String participantId) {
        UUID id = uuid(participantId);
        return id == null ? Uni.createFrom().voidItem()
                : Recipient.update("email = null where participantId = ?1", id).replaceWithVoid();
    }

    /** Forgets everything about a participant who erased their profile, here and in every feature. */
    public Uni<Void> erase(String participantId) {
        UUID id = uuid(participantId);
        if (id == null) {
            return Uni.createFrom().voidItem();
        }
        Uni<Void> chain = Recipient.deleteById(id).replaceWithVoid();
        for (RecipientDataHolder holder : holders) {
            chain = chain.call(() -> holder.forget(id));
        }
        return chain;
    }

    /** Keeps a guest's contact data. */
    public Uni<Void> keep(GuestContact contact) {
        UUID registrationId = UUID.fromString(contact.registrationId());
        return Guest.<Guest> findById(registrationId).flatMap(existing -> {
            Guest row = existing != null ? existing : new Guest();
            row.registrationId = registrationId;
            row.spaceId = UUID.fromString(contact.spaceId());
            row.name = contact.name();
            row.email = contact.email();
            row.language = contact.language() != null ? contact.language() : "en";
            row.timeZone = contact.timeZone() != null ? contact.timeZone() : "UTC";
            row.updatedAt = contact.updatedAt();
            row.forgetAfter = null;
            return row.persist().replaceWithVoid();
        });
    }

    /**
     * Forgets a guest (a tombstone on the guest contacts topic: cancelled or erased) once the notice of the
     * cancellation that came with it had time to go: the row is purged after {@code keep}.
     */
    public Uni<Void> forgetGuest(String registrationId, Instant now, Duration keep) {
        UUID id = uuid(registrationId);
        return id == null ? Uni.createFrom().voidItem()
                : Guest.update("forgetAfter = ?1 where registrationId = ?2 and forgetAfter is null", now.plus(keep), id)
                        .replaceWithVoid();
    }

    /** Deletes the guests whose tombstone's grace has passed, with their unsubscribes and turned-off channels. */
    public Uni<Long> purgeForgottenGuests(Instant now) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                delete from guest_unsubscribe where registration_id in
                    (select registration_id from guest where forget_after < :now)""").setParameter("now", now)
                .executeUpdate()
                .flatMap(ignored -> session.createNativeQuery("""
                        delete from channel_turn_off where recipient_kind = 'guest' and recipient_id in
                            (select registration_id from guest where forget_after < :now)""")
                        .setParameter("now", now).executeUpdate()))
                .flatMap(ignored -> Guest.delete("forgetAfter < ?1", now));
    }

    /** The person behind a notification's recipient, or null when they are gone (erased, cancelled guest). */
    public Uni<Addressee> addressee(RecipientKind kind, UUID recipientId) {
        return switch (kind) {
            case PARTICIPANT -> Recipient.<Recipient> findById(recipientId)
                    .map(recipient -> recipient == null ? null : Addressee.of(recipient));
            case GUEST -> Guest.<Guest> findById(recipientId).map(guest -> guest == null ? null : Addressee.of(guest));
        };
    }

    static UUID uuid(String value) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
