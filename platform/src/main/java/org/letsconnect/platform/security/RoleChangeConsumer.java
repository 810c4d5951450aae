package org.letsconnect.platform.security;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.letsconnect.contracts.registry.RoleChanged;
import org.letsconnect.platform.inbox.IdempotentConsumer;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;

/** Keeps the roles read model in step with {@code registry.roles.v1}. */
@ApplicationScoped
public class RoleChangeConsumer {

    private final IdempotentConsumer consumer;
    private final ProgrammeRoleReadModel readModel;

    public RoleChangeConsumer(IdempotentConsumer consumer, ProgrammeRoleReadModel readModel) {
        this.consumer = consumer;
        this.readModel = readModel;
    }

    @Incoming("programme-roles")
    public Uni<Void> onRoleChange(Message<JsonObject> message) {
        return consumer.consume(message, event -> {
            if (event.isTombstone()) {
                return readModel.replace(event.subject(), null, Set.of());
            }
            if (event.data() instanceof RoleChanged change) {
                return readModel.replace(change.subject(), change.username(), Set.copyOf(change.roles()));
            }
            return Uni.createFrom().voidItem();
        });
    }
}
