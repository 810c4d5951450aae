package org.letsconnect.clinic.directory;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.letsconnect.contracts.registry.ContactChanged;
import org.letsconnect.contracts.registry.ParticipantProfile;

import io.quarkus.arc.All;
import io.smallrye.mutiny.Uni;

/**
 * The read model of registry participants: kept from the registry's events ({@link DirectoryConsumer}), asked by
 * other features. The methods that change it run in the consumer's transaction.
 */
@ApplicationScoped
public class Directory {

    private final Erasure erasure;
    private final List<ParticipantDataHolder> holders;

    public Directory(Erasure erasure, @All List<ParticipantDataHolder> holders) {
        this.erasure = erasure;
        this.holders = holders;
    }

    /** The registry participant a signed-in caller is, or null when they have no profile (yet). */
    public Uni<DirectoryParticipant> bySubject(String subject) {
        return DirectoryParticipant.find("subject", subject).firstResult();
    }

    /** Keeps a participant's public profile, unless a newer one is kept already, and tells the features. */
    public Uni<Void> keep(ParticipantProfile profile) {
        UUID participantId = UUID.fromString(profile.participantId());
        return DirectoryParticipant.<DirectoryParticipant> findById(participantId).flatMap(existing -> {
            // a compacted topic replays old states after newer ones only on a reset; never go backwards
            if (existing != null && existing.updatedAt != null && profile.updatedAt() != null
                    && existing.updatedAt.isAfter(profile.updatedAt())) {
                return Uni.createFrom().voidItem();
            }
            DirectoryParticipant row = existing != null ? existing : new DirectoryParticipant();
            row.participantId = participantId;
            row.copy(profile);
            return row.<DirectoryParticipant> persist().flatMap(this::announceKept);
        });
    }

    private Uni<Void> announceKept(DirectoryParticipant participant) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (ParticipantDataHolder holder : holders) {
            chain = chain.call(() -> holder.profileKept(participant));
        }
        return chain;
    }

    /** Keeps a participant's e-mail address, unless a newer one is kept already. */
    public Uni<Void> keep(ContactChanged contact) {
        UUID participantId = UUID.fromString(contact.participantId());
        return DirectoryContact.<DirectoryContact> findById(participantId).flatMap(existing -> {
            if (existing != null && existing.updatedAt != null && contact.updatedAt() != null
                    && existing.updatedAt.isAfter(contact.updatedAt())) {
                return Uni.createFrom().voidItem();
            }
            DirectoryContact row = existing != null ? existing : new DirectoryContact();
            row.participantId = participantId;
            row.email = contact.email();
            row.updatedAt = contact.updatedAt();
            return row.<DirectoryContact> persist().replaceWithVoid();
        });
    }

    /** Forgets a participant's e-mail address (a tombstone on the contacts topic); an id that is none is ignored. */
    public Uni<Void> forgetContact(String participantId) {
        UUID id = uuid(participantId);
        return id == null ? Uni.createFrom().voidItem() : DirectoryContact.deleteById(id).replaceWithVoid();
    }

    /** Forgets a participant who erased their profile, here and in every feature; an id that is none is ignored. */
    public Uni<Void> erase(String participantId) {
        UUID id = uuid(participantId);
        return id == null ? Uni.createFrom().voidItem() : erasure.forget(id);
    }

    private static UUID uuid(String value) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
