package org.letsconnect.clinic;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.letsconnect.contracts.EventType;
import org.letsconnect.contracts.Events;
import org.letsconnect.testkit.ContractAssertions;
import org.letsconnect.testkit.KafkaBroker;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Publishes a CloudEvent as the service that owns its type would (source {@code /<service>-service}, keyed by the
 * aggregate), checked against its contract first.
 */
public final class TestEvents {

    private TestEvents() {
    }

    /** Publishes one CloudEvent with the given id; publishing the same id again is a redelivery. */
    public static void publish(String id, EventType type, String key, Object data) {
        ObjectNode event = Events.objectMapper().createObjectNode();
        event.put("specversion", "1.0");
        event.put("id", id);
        // org.letsconnect.<service>.<noun>.<verb>.v1
        event.put("source", "/" + type.type().split("\\.")[2] + "-service");
        event.put("type", type.type());
        event.put("subject", key);
        event.put("time", Instant.now().toString());
        event.put("datacontenttype", "application/json");
        event.set("data", Events.objectMapper().valueToTree(data));
        try {
            String value = Events.objectMapper().writeValueAsString(event);
            ContractAssertions.assertValidEvent(value);
            KafkaBroker.shared().send(type.topic(), key, value,
                    Map.of("content-type", "application/cloudevents+json; charset=UTF-8"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Publishes one CloudEvent with a new id, and answers the id. */
    public static String publish(EventType type, String key, Object data) {
        String id = UUID.randomUUID().toString();
        publish(id, type, key, data);
        return id;
    }
}
