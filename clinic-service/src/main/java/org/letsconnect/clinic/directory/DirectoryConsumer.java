package org.letsconnect.clinic.directory;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.letsconnect.contracts.registry.ContactChanged;
import org.letsconnect.contracts.registry.ParticipantErased;
import org.letsconnect.contracts.registry.ParticipantProfile;
import org.letsconnect.platform.inbox.IdempotentConsumer;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;

/**
 * Keeps the read model of registry participants: profiles from {@code registry.participants.v1} (each event
 * carries the whole public profile) and e-mail addresses from the restricted {@code registry.contacts.v1}.
 * An erasure or a tombstone forgets the person here too ({@link Erasure}).
 */
@ApplicationScoped
public class DirectoryConsumer {

    private final IdempotentConsumer consumer;
    private final Erasure erasure;

    public DirectoryConsumer(IdempotentConsumer consumer, Erasure erasure) {
        this.consumer = consumer;
        this.erasure = erasure;
    }

    @Incoming("registry-participants")
    public Uni<Void> onParticipant(Message<JsonObject> message) {
        return consumer.consume(message, event -> {
            if (event.isTombstone() || event.data() instanceof ParticipantErased) {
                return forget(event.subject());
            }
            if (event.data() instanceof ParticipantProfile profile) {
                return keep(profile);
            }
            return Uni.createFrom().voidItem();
        });
    }

    @Incoming("registry-contacts")
    public Uni<Void> onContact(Message<JsonObject> message) {
        return consumer.consume(message, event -> {
            UUID id = uuid(event.subject());
            if (event.isTombstone()) {
                return id == null ? Uni.createFrom().voidItem() : DirectoryContact.deleteById(id).replaceWithVoid();
            }
            if (event.data() instanceof ContactChanged contact) {
                UUID participantId = UUID.fromString(contact.participantId());
                return DirectoryContact.<DirectoryContact>findById(participantId).flatMap(existing -> {
                    if (existing != null && existing.updatedAt != null && contact.updatedAt() != null
                            && existing.updatedAt.isAfter(contact.updatedAt())) {
                        return Uni.createFrom().voidItem();
                    }
                    DirectoryContact row = existing != null ? existing : new DirectoryContact();
                    row.participantId = participantId;
                    row.email = contact.email();
                    row.updatedAt = contact.updatedAt();
                    return row.<DirectoryContact>persist().replaceWithVoid();
                });
            }
            return Uni.createFrom().voidItem();
        });
    }

    private Uni<Void> keep(ParticipantProfile profile) {
        UUID participantId = UUID.fromString(profile.participantId());
        return DirectoryParticipant.<DirectoryParticipant>findById(participantId).flatMap(existing -> {
            // a compacted topic replays old states after newer ones only on a reset; never go backwards
            if (existing != null && existing.updatedAt != null && profile.updatedAt() != null
                    && existing.updatedAt.isAfter(profile.updatedAt())) {
                return Uni.createFrom().voidItem();
            }
            DirectoryParticipant row = existing != null ? existing : new DirectoryParticipant();
            row.participantId = participantId;
            row.copy(profile);
            return row.<DirectoryParticipant>persist().flatMap(saved -> linkRegistrations(row));
        });
    }

    /**
     * People may register for a space before their profile reaches this service (or before they create one):
     * those registrations carry only the central user id until the profile arrives, then they are linked to it,
     * so reconciliation and reports see one person.
     */
    private static Uni<Void> linkRegistrations(DirectoryParticipant participant) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                "update registration set participant_id = :participant where subject = :subject and participant_id is null")
                .setParameter("participant", participant.participantId)
                .setParameter("subject", participant.subject)
                .executeUpdate())
                .replaceWithVoid();
    }

    private Uni<Void> forget(String participantId) {
        UUID id = uuid(participantId);
        if (id == null) {
            return Uni.createFrom().voidItem();
        }
        return erasure.forget(id);
    }

    private static UUID uuid(String value) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
