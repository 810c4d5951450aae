package org.letsconnect.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.letsconnect.contracts.EventType;
import org.letsconnect.contracts.Topics;
import org.letsconnect.contracts.clinic.BadgeAwarded;
import org.letsconnect.contracts.registry.RoleChanged;

import com.fasterxml.jackson.databind.JsonNode;

class EventProbeTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final KafkaBroker kafka = KafkaBroker.shared();
    private final EventProbe events = new EventProbe(kafka);

    @Test
    void publishesAStructuredCloudEventBuiltFromTheContractKeyedByTheAggregate() {
        BadgeAwarded award = award(UUID.randomUUID().toString(), "sharer");
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        String id = events.publish(EventType.BADGE_AWARDED, award);

        ConsumerRecord<String, String> record = kafka.readUntil(Topics.CLINIC_EVENTS,
                read -> read.stream().anyMatch(r -> award.participantId().equals(r.key())), TIMEOUT).stream()
                .filter(r -> award.participantId().equals(r.key())).findFirst().orElseThrow();
        assertEquals("application/cloudevents+json; charset=UTF-8",
                new String(record.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8));
        JsonNode event = events.awaitEvent(EventType.BADGE_AWARDED, award.participantId(), TIMEOUT);
        assertEquals("1.0", event.path("specversion").asText());
        assertEquals(id, event.path("id").asText());
        assertEquals("/clinic-service", event.path("source").asText());
        assertEquals("org.letsconnect.clinic.badge.awarded.v1", event.path("type").asText());
        assertEquals(award.participantId(), event.path("subject").asText());
        assertEquals("application/json", event.path("datacontenttype").asText());
        assertTrue(!Instant.parse(event.path("time").asText()).isBefore(before), event.path("time").asText());
        assertEquals(award.awardId(), event.path("data").path("awardId").asText());
        assertTrue(event.path("data").path("spaceId").isNull(), "null components are written as null");
    }

    @Test
    void publishingAnIdAgainIsARedelivery() {
        BadgeAwarded award = award(UUID.randomUUID().toString(), "sharer");
        String id = events.publish(EventType.BADGE_AWARDED, award);
        events.publish(id, EventType.BADGE_AWARDED, award);

        List<JsonNode> both = events.awaitEvents(EventType.BADGE_AWARDED, award.participantId(), 2, TIMEOUT);
        assertEquals(List.of(id, id), both.stream().map(e -> e.path("id").asText()).toList());
    }

    @Test
    void refusesToPublishWhatBreaksTheContract() {
        String participant = UUID.randomUUID().toString();
        AssertionError invalid = assertThrows(AssertionError.class,
                () -> events.publish(EventType.BADGE_AWARDED, award(participant, "Not A Badge Code")));
        assertTrue(invalid.getMessage().contains("org.letsconnect.clinic.badge.awarded.v1"), invalid.getMessage());
        assertThrows(IllegalArgumentException.class, () -> events.publish(EventType.ROLE_CHANGED,
                award(participant, "sharer")), "a payload of another type");
        events.assertNoEvent(Topics.CLINIC_EVENTS, participant, Duration.ofSeconds(1));
    }

    @Test
    void awaitsEventsByTypeAndKeyAndSaysWhatItSawWhenTooFewArrive() {
        String participant = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        events.publish(EventType.BADGE_AWARDED, award(participant, "sharer"));
        events.publish(EventType.BADGE_AWARDED, award(other, "sharer"));
        events.publish(EventType.BADGE_AWARDED, award(participant, "regular-3"));

        List<JsonNode> awarded = events.awaitEvents(EventType.BADGE_AWARDED, participant, 2, TIMEOUT);
        assertEquals(List.of("sharer", "regular-3"), awarded.stream().map(e -> e.at("/data/badge").asText()).toList());
        assertEquals(awarded, events.published(EventType.BADGE_AWARDED, participant));
        assertEquals(awarded, events.published(Topics.CLINIC_EVENTS, participant));
        assertTrue(events.published(EventType.SPACE_CREATED, participant).isEmpty());
        assertEquals(Map.of(participant, awarded, other, events.published(Topics.CLINIC_EVENTS, other)),
                events.awaitEvents(Topics.CLINIC_EVENTS, List.of(participant, other), TIMEOUT));

        AssertionError tooFew = assertThrows(AssertionError.class,
                () -> events.awaitEvents(EventType.BADGE_AWARDED, participant, 3, Duration.ofSeconds(2)));
        assertTrue(tooFew.getMessage().contains("regular-3"), tooFew.getMessage());
        assertThrows(AssertionError.class, () -> events.awaitEvent(EventType.SPACE_CREATED, participant,
                Duration.ofSeconds(1)));
        String nobody = UUID.randomUUID().toString();
        AssertionError missing = assertThrows(AssertionError.class, () -> events.awaitEvents(Topics.CLINIC_EVENTS,
                List.of(participant, nobody), Duration.ofSeconds(2)));
        assertTrue(missing.getMessage().contains(nobody), missing.getMessage());
    }

    @Test
    void anEventThatBreaksItsContractFailsTheReader() {
        String key = UUID.randomUUID().toString();
        kafka.send(Topics.CLINIC_EVENTS, key, EventProbe.cloudEvent(UUID.randomUUID().toString(),
                EventType.BADGE_AWARDED, award(key, "sharer")).replace("\"sharer\"", "\"Not A Badge Code\""),
                EventProbe.STRUCTURED);

        AssertionError invalid = assertThrows(AssertionError.class,
                () -> events.awaitEvent(Topics.CLINIC_EVENTS, key, TIMEOUT));
        assertTrue(invalid.getMessage().contains("does not match its schema"), invalid.getMessage());
        assertThrows(AssertionError.class, () -> events.published(Topics.CLINIC_EVENTS, key));
    }

    @Test
    void tombstonesAreAwaitedAndAreNotEvents() {
        String subject = Long.toString(System.nanoTime() % 1_000_000_000_000L);
        events.publish(EventType.ROLE_CHANGED, new RoleChanged(subject, "Somebody", List.of("organizer"),
                DevIssuer.subjectFor("Founding Admin"), Instant.now()));
        events.publishTombstone(EventType.ROLE_CHANGED, subject);

        List<ConsumerRecord<String, String>> records = events.awaitTombstone(Topics.REGISTRY_ROLES, subject, TIMEOUT);
        assertEquals(2, records.size());
        assertNull(records.get(1).value(), "the tombstone comes last");
        assertEquals(1, events.published(Topics.REGISTRY_ROLES, subject).size());
        AssertionError something = assertThrows(AssertionError.class,
                () -> events.assertNoEvent(Topics.REGISTRY_ROLES, subject, Duration.ofSeconds(1)));
        assertTrue(something.getMessage().contains("tombstone"), something.getMessage());

        String untouched = Long.toString(System.nanoTime() % 1_000_000_000_000L + 1);
        events.publish(EventType.ROLE_CHANGED, new RoleChanged(untouched, "Nobody", List.of(),
                DevIssuer.subjectFor("Founding Admin"), Instant.now()));
        assertThrows(AssertionError.class, () -> events.awaitTombstone(Topics.REGISTRY_ROLES, untouched,
                Duration.ofSeconds(2)));
    }

    private static BadgeAwarded award(String participantId, String badge) {
        return new BadgeAwarded(UUID.randomUUID().toString(), participantId, badge, null, Instant.now());
    }
}
