package org.letsconnect.registry.badge;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.letsconnect.contracts.clinic.BadgeAwarded;
import org.letsconnect.contracts.clinic.BadgeWithdrawn;
import org.letsconnect.platform.inbox.IdempotentConsumer;
import org.letsconnect.registry.participant.ParticipantService;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;

/**
 * Shows on profiles the badges clinic-service awards ({@code badge.awarded.v1} on {@code clinic.events.v1}) and removes
 * the ones it withdraws ({@code badge.withdrawn.v1}); the topic's other events are not this service's business.
 */
@ApplicationScoped
public class BadgeConsumer {

    private final IdempotentConsumer consumer;
    private final ParticipantService participants;

    public BadgeConsumer(IdempotentConsumer consumer, ParticipantService participants) {
        this.consumer = consumer;
        this.participants = participants;
    }

    @Incoming("clinic-events")
    public Uni<Void> onClinicEvent(Message<JsonObject> message) {
        return consumer.consume(message, event -> {
            if (event.data() instanceof BadgeAwarded award) {
                return participants.showBadge(award);
            }
            if (event.data() instanceof BadgeWithdrawn withdrawal) {
                return participants.withdrawBadge(withdrawal);
            }
            return Uni.createFrom().voidItem();
        });
    }
}
