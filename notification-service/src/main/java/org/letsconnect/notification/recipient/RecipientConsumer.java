package org.letsconnect.notification.recipient;

import java.time.Clock;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.letsconnect.contracts.clinic.GuestContact;
import org.letsconnect.contracts.registry.ContactChanged;
import org.letsconnect.contracts.registry.ParticipantErased;
import org.letsconnect.contracts.registry.ParticipantProfile;
import org.letsconnect.platform.inbox.IdempotentConsumer;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;

/** Keeps {@link Recipients} from the registry's participants and contacts topics and clinic's guest contacts. */
@ApplicationScoped
public class RecipientConsumer {

    private final IdempotentConsumer consumer;
    private final Recipients recipients;
    private final Clock clock;
    private final Duration keepGuests;

    public RecipientConsumer(IdempotentConsumer consumer, Recipients recipients, Clock clock,
            @ConfigProperty(name = "letsconnect.notification.guests.keep-after-tombstone") Duration keepGuests) {
        this.consumer = consumer;
        this.recipients = recipients;
        this.clock = clock;
        this.keepGuests = keepGuests;
    }

    @Incoming("registry-participants")
    public Uni<Void> onParticipant(Message<JsonObject> message) {
        return consumer.consume(message, event -> {
            if (event.isTombstone() || event.data() instanceof ParticipantErased) {
                return recipients.erase(event.subject());
            }
            if (event.data() instanceof ParticipantProfile profile) {
                return recipients.keep(profile);
            }
            return Uni.createFrom().voidItem();
        });
    }

    @Incoming("registry-contacts")
    public Uni<Void> onContact(Message<JsonObject> message) {
        return consumer.consume(message, event -> {
            if (event.isTombstone()) {
                return recipients.forgetContact(event.subject());
            }
            if (event.data() instanceof ContactChanged contact) {
                return recipients.keep(contact);
            }
            return Uni.createFrom().voidItem();
        });
    }

    @Incoming("clinic-guests")
    public Uni<Void> onGuest(Message<JsonObject> message) {
        return consumer.consume(message, event -> {
            if (event.isTombstone()) {
                return recipients.forgetGuest(event.subject(), clock.instant(), keepGuests);
            }
            if (event.data() instanceof GuestContact contact) {
                return recipients.keep(contact);
            }
            return Uni.createFrom().voidItem();
        });
    }
}
