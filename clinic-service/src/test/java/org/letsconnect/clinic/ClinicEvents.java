package org.letsconnect.clinic;

import java.time.Duration;
import java.util.List;

import org.letsconnect.contracts.EventType;
import org.letsconnect.contracts.Topics;
import org.letsconnect.testkit.ContractAssertions;
import org.letsconnect.testkit.KafkaBroker;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads back what this service published on {@code clinic.events.v1}, each event checked against its contract
 * (tests publish with {@link TestEvents}).
 */
public final class ClinicEvents {

    private ClinicEvents() {
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
