package org.letsconnect.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.letsconnect.contracts.CloudEvent;
import org.letsconnect.contracts.EventType;
import org.letsconnect.contracts.Events;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Events in a test, always held to their contract: publishes a CloudEvent as the service that owns its type would,
 * and reads back what a service published under a key, each event validated against its JSON Schema
 * ({@link ContractAssertions}). Built from a {@link KafkaBroker}; in a {@code @QuarkusTest}, inject it with
 * {@code @InjectInfrastructure EventProbe events}.
 * <p>
 * Reading always starts at the beginning of the topic and keeps only the records with the given key; a tombstone
 * (a record without a value) is not an event and is left out of the events, see {@link #awaitTombstone}.
 */
public final class EventProbe {

    /** The Kafka header of a structured-mode CloudEvent, as the SmallRye Kafka connector writes it. */
    public static final Map<String, String> STRUCTURED = Map.of("content-type",
            CloudEvent.STRUCTURED_CONTENT_TYPE + "; charset=UTF-8");

    /** How long {@link #published} reads: long enough for a fresh consumer to see everything already published. */
    private static final Duration READ = Duration.ofSeconds(1);

    private final KafkaBroker kafka;

    public EventProbe(KafkaBroker kafka) {
        this.kafka = Objects.requireNonNull(kafka, "kafka");
    }

    // publishing -------------------------------------------------------------------------------------------------

    /**
     * Publishes a new event of the type on its topic, keyed by the payload's aggregate id, as the service owning the
     * type would; answers the event id.
     *
     * @throws AssertionError when the event does not match its contract (nothing is sent then)
     */
    public String publish(EventType type, Object payload) {
        String id = UUID.randomUUID().toString();
        publish(id, type, payload);
        return id;
    }

    /** Publishes an event with the given id: publishing an id again is a redelivery. */
    public void publish(String id, EventType type, Object payload) {
        kafka.send(type.topic(), type.aggregateId(payload), cloudEvent(id, type, payload), STRUCTURED);
    }

    /** Publishes a tombstone (a record without a value) under {@code key} on the topic of the type. */
    public void publishTombstone(EventType type, String key) {
        kafka.send(type.topic(), Objects.requireNonNull(key, "key"), null, Map.of());
    }

    /**
     * The structured CloudEvent a service would publish — id as given, source and type from the contract, subject
     * the payload's aggregate id, time now, {@code datacontenttype} JSON — checked against its contract; the record
     * value for a test that sends it elsewhere ({@link KafkaBroker#send} with {@link #STRUCTURED}).
     */
    public static String cloudEvent(String id, EventType type, Object payload) {
        String value = Events.toJson(CloudEvent.of(type, id, type.aggregateId(payload), Instant.now(),
                payload));
        ContractAssertions.assertValidEvent(value);
        return value;
    }

    // reading ----------------------------------------------------------------------------------------------------

    /** Waits for the first event under {@code key} on the topic and answers it. */
    public JsonNode awaitEvent(String topic, String key, Duration timeout) {
        return awaitEvents(topic, key, 1, timeout).get(0);
    }

    /** Waits for the first event of the type under {@code key} and answers it. */
    public JsonNode awaitEvent(EventType type, String key, Duration timeout) {
        return awaitEvents(type, key, 1, timeout).get(0);
    }

    /**
     * Waits until at least {@code atLeast} events are published under {@code key} on the topic; answers all of them
     * so far, in publication order.
     */
    public List<JsonNode> awaitEvents(String topic, String key, int atLeast, Duration timeout) {
        return await(topic, key, event -> true, atLeast, timeout, topic);
    }

    /** Waits until at least {@code atLeast} events of the type are published under {@code key}; answers them all. */
    public List<JsonNode> awaitEvents(EventType type, String key, int atLeast, Duration timeout) {
        return await(type.topic(), key, event -> isOf(type, event), atLeast, timeout, type.type());
    }

    /**
     * Waits until every key has at least one event on the topic; answers the events under each key, in publication
     * order.
     */
    public Map<String, List<JsonNode>> awaitEvents(String topic, Collection<String> keys, Duration timeout) {
        List<ConsumerRecord<String, String>> read = kafka.readUntil(topic,
                records -> byKey(records, keys).keySet().containsAll(keys), timeout);
        Map<String, List<JsonNode>> events = new LinkedHashMap<>();
        byKey(read, keys).forEach((key, values) -> events.put(key, values.stream()
                .map(ContractAssertions::assertValidEvent).toList()));
        if (!events.keySet().containsAll(keys)) {
            throw new AssertionError("No event on " + topic + " within " + timeout + " under the keys "
                    + keys.stream().filter(k -> !events.containsKey(k)).toList() + "; seen under the others: "
                    + events);
        }
        return events;
    }

    /**
     * Waits for a tombstone under {@code key} on the topic; answers every record under the key so far, in
     * publication order (tombstones with a {@code null} value), the events among them validated.
     */
    public List<ConsumerRecord<String, String>> awaitTombstone(String topic, String key, Duration timeout) {
        List<ConsumerRecord<String, String>> records = withKey(kafka.readUntil(topic,
                read -> withKey(read, key).stream().anyMatch(r -> r.value() == null), timeout), key);
        records.stream().filter(r -> r.value() != null).forEach(r -> ContractAssertions.assertValidEvent(r.value()));
        if (records.stream().noneMatch(r -> r.value() == null)) {
            throw new AssertionError("No tombstone under " + key + " on " + topic + " within " + timeout
                    + "; seen: " + describe(records));
        }
        return records;
    }

    /** The events published under {@code key} on the topic so far, in publication order. */
    public List<JsonNode> published(String topic, String key) {
        return validEvents(withKey(kafka.readAll(topic, READ), key));
    }

    /** The events of the type published under {@code key} so far, in publication order. */
    public List<JsonNode> published(EventType type, String key) {
        return published(type.topic(), key).stream().filter(event -> isOf(type, event)).toList();
    }

    /** Asserts that nothing (no event, no tombstone) is on the topic under {@code key}, reading for {@code wait}. */
    public void assertNoEvent(String topic, String key, Duration wait) {
        List<ConsumerRecord<String, String>> records = withKey(kafka.readAll(topic, wait), key);
        if (!records.isEmpty()) {
            throw new AssertionError("Expected nothing under " + key + " on " + topic + " but saw "
                    + describe(records));
        }
    }

    // --------------------------------------------------------------------------------------------------------------

    private List<JsonNode> await(String topic, String key, Predicate<JsonNode> wanted, int atLeast, Duration timeout,
            String what) {
        List<ConsumerRecord<String, String>> read = kafka.readUntil(topic,
                records -> validEvents(withKey(records, key)).stream().filter(wanted).count() >= atLeast, timeout);
        List<JsonNode> events = validEvents(withKey(read, key)).stream().filter(wanted).toList();
        if (events.size() < atLeast) {
            throw new AssertionError("Expected at least " + atLeast + " events " + what + " under " + key + " within "
                    + timeout + " but saw " + events.size() + ": " + describe(withKey(read, key)));
        }
        return events;
    }

    private static boolean isOf(EventType type, JsonNode event) {
        return type.type().equals(event.path("type").asText());
    }

    private static List<ConsumerRecord<String, String>> withKey(List<ConsumerRecord<String, String>> records,
            String key) {
        return records.stream().filter(r -> key.equals(r.key())).toList();
    }

    private static Map<String, List<String>> byKey(List<ConsumerRecord<String, String>> records,
            Collection<String> keys) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            if (record.value() != null && keys.contains(record.key())) {
                values.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(record.value());
            }
        }
        return values;
    }

    private static List<JsonNode> validEvents(List<ConsumerRecord<String, String>> records) {
        return records.stream().filter(r -> r.value() != null)
                .map(r -> ContractAssertions.assertValidEvent(r.value())).toList();
    }

    private static String describe(List<ConsumerRecord<String, String>> records) {
        return records.isEmpty() ? "nothing"
                : records.stream()
                        .map(r -> "\n  offset " + r.offset() + " " + (r.value() == null ? "tombstone" : r.value()))
                        .collect(Collectors.joining());
    }
}
