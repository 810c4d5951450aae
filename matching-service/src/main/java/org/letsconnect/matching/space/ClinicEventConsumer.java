package org.letsconnect.matching.space;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.letsconnect.contracts.clinic.AttendanceRecorded;
import org.letsconnect.contracts.clinic.AttendanceRetracted;
import org.letsconnect.contracts.clinic.SpaceSummary;
import org.letsconnect.contracts.clinic.SpaceTransitioned;
import org.letsconnect.platform.inbox.IdempotentConsumer;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;

/**
 * Keeps {@link ClinicSpaces} from {@code clinic.events.v1}: spaces, their transitions and attendance, recorded and
 * retracted.
 */
@ApplicationScoped
public class ClinicEventConsumer {

    private final IdempotentConsumer consumer;
    private final ClinicSpaces spaces;

    public ClinicEventConsumer(IdempotentConsumer consumer, ClinicSpaces spaces) {
        this.consumer = consumer;
        this.spaces = spaces;
    }

    @Incoming("clinic-events")
    public Uni<Void> onClinicEvent(Message<JsonObject> message) {
        return consumer.consume(message, event -> {
            if (event.data() instanceof SpaceSummary space) {
                return spaces.keep(space);
            }
            if (event.data() instanceof SpaceTransitioned transition) {
                return spaces.keep(transition);
            }
            if (event.data() instanceof AttendanceRecorded attendance) {
                return spaces.keep(attendance);
            }
            if (event.data() instanceof AttendanceRetracted retraction) {
                return spaces.retract(retraction);
            }
            return Uni.createFrom().voidItem();
        });
    }
}
