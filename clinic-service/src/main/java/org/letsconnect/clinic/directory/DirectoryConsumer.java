package org.letsconnect.clinic.directory;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.letsconnect.contracts.registry.ContactChanged;
import org.letsconnect.contracts.registry.ParticipantErased;
import org.letsconnect.contracts.registry.ParticipantProfile;
import org.letsconnect.platform.inbox.IdempotentConsumer;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;

/**
 * Keeps the {@link Directory} in step with the registry: profiles from {@code registry.participants.v1} (each event
 * carries the whole public profile) and e-mail addresses from the restricted {@code registry.contacts.v1}. An erasure
 * or a tombstone forgets the person here too ({@link Erasure}).
 */
@ApplicationScoped
public class DirectoryConsumer {

    private final IdempotentConsumer consumer;
    private final Directory directory;

    public DirectoryConsumer(IdempotentConsumer consumer, Directory directory) {
        this.consumer = consumer;
        this.directory = directory;
    }

    @Incoming("registry-participants")
    public Uni<Void> onParticipant(Message<JsonObject> message) {
        return consumer.consume(message, event -> {
            if (event.isTombstone() || event.data() instanceof ParticipantErased) {
                return directory.erase(event.subject());
            }
            if (event.data() instanceof ParticipantProfile profile) {
                return directory.keep(profile);
            }
            return Uni.createFrom().voidItem();
        });
    }

    @Incoming("registry-contacts")
    public Uni<Void> onContact(Message<JsonObject> message) {
        return consumer.consume(message, event -> {
            if (event.isTombstone()) {
                return directory.forgetContact(event.subject());
            }
            if (event.data() instanceof ContactChanged contact) {
                return directory.keep(contact);
            }
            return Uni.createFrom().voidItem();
        });
    }
}
