package org.letsconnect.platform.testapp;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.letsconnect.platform.inbox.IdempotentConsumer;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;

/** Records one row per applied event; a subject starting with "poison" makes the effect fail every time. */
@ApplicationScoped
public class AppliedEffectConsumer {

    private final IdempotentConsumer consumer;

    public AppliedEffectConsumer(IdempotentConsumer consumer) {
        this.consumer = consumer;
    }

    @Incoming("test-inbox")
    public Uni<Void> onEvent(Message<JsonObject> message) {
        return consumer.consume(message, event -> {
            if (event.subject() != null && event.subject().startsWith("poison")) {
                return Uni.createFrom().failure(new IllegalStateException("This event can never be applied"));
            }
            return Panache.getSession().flatMap(session -> session
                    .createNativeQuery("insert into applied_effect (event_id, subject) values (:id, :subject)")
                    .setParameter("id", event.isTombstone() ? "tombstone" : event.id())
                    .setParameter("subject", event.subject())
                    .executeUpdate())
                    .replaceWithVoid();
        });
    }
}
