package org.letsconnect.notification.space;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.letsconnect.notification.recipient.RecipientDataHolder;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** Erasure in the spaces' read model: the person's registrations and attendance, their id among sharers. */
@ApplicationScoped
public class SpaceParticipantData implements RecipientDataHolder {

    @Override
    public Uni<Void> forget(UUID participantId) {
        return KnownRegistration.delete("participantId", participantId)
                .flatMap(ignored -> KnownAttendance.delete("participantId", participantId))
                .flatMap(ignored -> Panache.getSession().flatMap(session -> session.createNativeQuery(
                        "update known_space set sharers = array_remove(sharers, :id), liaisons = array_remove(liaisons, :id)"
                                + " where :id = any(sharers) or :id = any(liaisons)")
                        .setParameter("id", participantId.toString()).executeUpdate()))
                .replaceWithVoid();
    }
}
