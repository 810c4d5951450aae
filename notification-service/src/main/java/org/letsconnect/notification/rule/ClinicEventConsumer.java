package org.letsconnect.notification.rule;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.letsconnect.contracts.clinic.SpaceMeeting;
import org.letsconnect.notification.space.KnownSpaces;
import org.letsconnect.platform.inbox.IdempotentConsumer;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;

/** Clinic's public events become notifications ({@link ClinicRules}); its meeting links are kept for reminders. */
@ApplicationScoped
public class ClinicEventConsumer {

    private final IdempotentConsumer consumer;
    private final ClinicRules rules;
    private final KnownSpaces spaces;

    public ClinicEventConsumer(IdempotentConsumer consumer, ClinicRules rules, KnownSpaces spaces) {
        this.consumer = consumer;
        this.rules = rules;
        this.spaces = spaces;
    }

    @Incoming("clinic-events")
    public Uni<Void> onClinicEvent(Message<JsonObject> message) {
        return consumer.consume(message, rules::apply);
    }

    @Incoming("clinic-meetings")
    public Uni<Void> onMeeting(Message<JsonObject> message) {
        return consumer.consume(message, event -> {
            if (event.isTombstone()) {
                return spaces.keepMeetingLink(event.subject(), null);
            }
            if (event.data() instanceof SpaceMeeting meeting) {
                return spaces.keepMeetingLink(meeting.spaceId(), meeting.meetingLink());
            }
            return Uni.createFrom().voidItem();
        });
    }
}
