package org.letsconnect.notification.rule;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.letsconnect.platform.inbox.IdempotentConsumer;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;

/** Matching's 1:1 connection events become notifications ({@link ConnectionRules}). */
@ApplicationScoped
public class MatchingEventConsumer {

    private final IdempotentConsumer consumer;
    private final ConnectionRules rules;

    public MatchingEventConsumer(IdempotentConsumer consumer, ConnectionRules rules) {
        this.consumer = consumer;
        this.rules = rules;
    }

    @Incoming("matching-events")
    public Uni<Void> onMatchingEvent(Message<JsonObject> message) {
        return consumer.consume(message, rules::apply);
    }
}
