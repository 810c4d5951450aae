package org.letsconnect.clinic.registration;

import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.letsconnect.contracts.Topics;
import org.letsconnect.testkit.ContractAssertions;
import org.letsconnect.testkit.KafkaBroker;

import com.fasterxml.jackson.databind.JsonNode;

/** The events published about one space, each checked against its JSON Schema. */
final class ClinicEvents {

    static final String CREATED = "org.letsconnect.clinic.registration.created.v1";
    static final String CANCELLED = "org.letsconnect.clinic.registration.cancelled.v1";
    static final String PROMOTED = "org.letsconnect.clinic.registration.promoted.v1";

    private ClinicEvents() {
    }

    /** Every event about the space, in publication order; the raw records are checked too. */
    static List<JsonNode> of(String spaceId) {
        return KafkaBroker.shared().readAll(Topics.CLINIC_EVENTS, Duration.ofSeconds(1)).stream()
                .filter(r -> spaceId.equals(r.key()))
                .map(r -> ContractAssertions.assertValidEvent(r.value()))
                .toList();
    }

    static List<JsonNode> of(String spaceId, String type) {
        return of(spaceId).stream().filter(e -> type.equals(e.path("type").asText())).toList();
    }

    /** Waits until at least {@code count} events of the type are published, then gives them all. */
    static List<JsonNode> await(String spaceId, String type, int count) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> of(spaceId, type), events -> events.size() >= count);
    }
}
