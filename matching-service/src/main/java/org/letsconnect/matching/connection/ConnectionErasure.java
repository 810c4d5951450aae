package org.letsconnect.matching.connection;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.letsconnect.contracts.registry.ParticipantErased;
import org.letsconnect.platform.inbox.IdempotentConsumer;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;

/**
 * Erasure reaches the database from {@code registry.participants.v1} (a consumer group, so one replica does it once):
 * the erased person's messages and feedback comments are removed from their connections, both sides'. The candidate
 * index forgets them on every replica by itself ({@link org.letsconnect.matching.candidate.CandidateFeed}).
 */
@ApplicationScoped
public class ConnectionErasure {

    private final IdempotentConsumer consumer;
    private final ConnectionService connections;

    public ConnectionErasure(IdempotentConsumer consumer, ConnectionService connections) {
        this.consumer = consumer;
        this.connections = connections;
    }

    @Incoming("registry-participants")
    public Uni<Void> onParticipant(Message<JsonObject> message) {
        return consumer.consume(message, event -> {
            if (event.data() instanceof ParticipantErased erased) {
                return connections.forgetFreeText(UUID.fromString(erased.participantId()));
            }
            if (event.isTombstone() && event.subject() != null) {
                return connections.forgetFreeText(UUID.fromString(event.subject()));
            }
            return Uni.createFrom().voidItem();
        });
    }
}
