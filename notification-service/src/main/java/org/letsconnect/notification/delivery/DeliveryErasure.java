package org.letsconnect.notification.delivery;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.letsconnect.notification.recipient.RecipientDataHolder;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Forgets a participant who erased their profile: their pending deliveries and their inbox (in-app deliveries) go,
 * and their notifications stay in the log only as what was sent when, to nobody: the kind {@code erased}, the nil
 * recipient, no parameters, a key that names only the notification.
 */
@ApplicationScoped
public class DeliveryErasure implements RecipientDataHolder {

    /** The recipient id of an erased notification. */
    public static final UUID NOBODY = new UUID(0, 0);

    private static final String OF_PARTICIPANT = "select id from notification where recipient_kind = 'participant'"
            + " and recipient_id = :participant";
    private static final String DELETE_PENDING_AND_INBOX = "delete from delivery"
            + " where (status = 'pending' or channel = 'in-app') and notification_id in (" + OF_PARTICIPANT + ")";
    private static final String ANONYMISE = "update notification set recipient_kind = 'erased',"
            + " recipient_id = :nobody, params = cast('{}' as jsonb), dedup_key = 'erased:' || id, read_at = null"
            + " where recipient_kind = 'participant' and recipient_id = :participant";

    @Override
    public Uni<Void> forget(UUID participantId) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(DELETE_PENDING_AND_INBOX)
                .setParameter("participant", participantId).executeUpdate()
                .flatMap(deleted -> session.createNativeQuery(ANONYMISE)
                        .setParameter("participant", participantId)
                        .setParameter("nobody", NOBODY)
                        .executeUpdate()))
                .replaceWithVoid();
    }
}
