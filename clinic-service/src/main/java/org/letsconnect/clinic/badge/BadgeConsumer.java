package org.letsconnect.clinic.badge;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.letsconnect.contracts.clinic.AttendanceRecorded;
import org.letsconnect.contracts.clinic.AttendanceRetracted;
import org.letsconnect.contracts.clinic.SpaceStates;
import org.letsconnect.contracts.clinic.SpaceTransitioned;
import org.letsconnect.platform.inbox.IdempotentConsumer;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;

/**
 * Awards badges from what this service itself announces on {@code clinic.events.v1}, so that attendance imports
 * and lifecycle transitions need not know about badges: a recorded attendance long enough to count earns the
 * attendee badge and counts towards the regular badges, a retracted one withdraws what the remaining attendances no
 * longer earn; a space that reaches completed earns its sharers the sharer badge ({@link BadgeService}).
 */
@ApplicationScoped
public class BadgeConsumer {

    private final IdempotentConsumer consumer;
    private final BadgeService badges;

    public BadgeConsumer(IdempotentConsumer consumer, BadgeService badges) {
        this.consumer = consumer;
        this.badges = badges;
    }

    @Incoming("clinic-events")
    public Uni<Void> onClinicEvent(Message<JsonObject> message) {
        return consumer.consume(message, event -> {
            if (event.data() instanceof AttendanceRecorded attendance) {
                return badges.attended(attendance);
            }
            if (event.data() instanceof AttendanceRetracted retraction) {
                return badges.retracted(retraction);
            }
            if (event.data() instanceof SpaceTransitioned transition
                    && SpaceStates.COMPLETED.equals(transition.to())) {
                return badges.completed(transition);
            }
            return Uni.createFrom().voidItem();
        });
    }
}
