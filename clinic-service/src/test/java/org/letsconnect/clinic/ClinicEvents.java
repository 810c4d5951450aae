package org.letsconnect.clinic;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.letsconnect.contracts.EventType;
import org.letsconnect.contracts.Events;
import org.letsconnect.contracts.Topics;
import org.letsconnect.testkit.ContractAssertions;
import org.letsconnect.testkit.KafkaBroker;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Publishes onto {@code clinic.events.v1} what this service itself would (events of features built elsewhere, such
 * as attendance), and reads back what it published, each event checked against its contract.
 */
public final class ClinicEvents {

    private ClinicEvents() {
    }

    /** Publishes one CloudEvent with the given id; publishing the same id again is a redelivery. */
    public static void publish(String id, EventType type, String key, Object data) {
        ObjectNode event = Events.objectMapper().createObjectNode();
        event.put("specversion", "1.0");
        event.put("id", id);
        event.put("source", "/clinic-service");
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

    public static String publish(EventType type, String key, Object data) {
        String id = UUID.randomUUID().toString();
        publish(id, type, key, data);
        return id;
    }

    /** Every event of a type published under a key so far, each valid against its contract. */
    public static List<JsonNode> published(String key, EventType type) {
        return KafkaBroker.shared().readAll(Topics.CLINIC_EVENTS, Duration.ofSeconds(1)).stream()
                .filter(record -> key.equals(record.key()))
                .map(record -> ContractAssertions.assertValidEvent(record.value()))
                .filter(event -> type.type().equals(event.path("type").asText()))
                .toList();
    }
}
