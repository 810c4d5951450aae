package org.letsconnect.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

class CatalogueTest {

    private static final Pattern TYPE = Pattern
            .compile("^org\\.letsconnect\\.(registry|clinic|matching|notification)\\.[a-z-]+\\.[a-z-]+\\.v[0-9]+$");
    /** Shared files that belong to no single type. */
    private static final Set<String> SHARED = Set.of("cloudevent.json", "definitions.json");

    static JsonNode json(String resource) {
        try (InputStream in = CatalogueTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, "missing classpath resource " + resource);
            return Events.objectMapper().readTree(in);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static Set<String> schemaFiles() throws IOException, URISyntaxException {
        Path folder = Path.of(CatalogueTest.class.getResource(EventType.SCHEMA_FOLDER).toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    @Test
    void everyTypeHasASchemaAndEverySchemaFileBelongsToAType() throws Exception {
        Set<String> expected = EventCatalogue.all().stream()
                .map(t -> t.schemaResource().substring(EventType.SCHEMA_FOLDER.length()))
                .collect(Collectors.toCollection(TreeSet::new));
        expected.addAll(SHARED);
        assertEquals(expected, schemaFiles(), "schema files = one per type + shared files (no orphans)");
        assertEquals(34, EventCatalogue.all().size());
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void typeNamingTopicAndSourceAreConsistent(EventType type) {
        assertTrue(TYPE.matcher(type.type()).matches(), type.type());
        String service = type.type().split("\\.")[2];
        assertEquals(service, type.service());
        assertTrue(type.topic().startsWith(service + "."), type + " on foreign topic " + type.topic());
        assertTrue(Topics.all().contains(type.topic()));
        assertEquals("/" + service + "-service", type.source());
        assertEquals(EventType.SCHEMA_FOLDER + type.type() + ".json", type.schemaResource());
        assertEquals(type, EventCatalogue.byType(type.type()).orElseThrow());
        assertTrue(type.payloadType().isRecord());
        assertTrue(type.payloadType().getPackageName().endsWith("." + service), type.payloadType().getName());
        assertFalse(type.aggregate().isBlank());
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void schemaMatchesRecordComponents(EventType type) {
        JsonNode schema = json(type.schemaResource());
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
        assertEquals(type.type() + ".json", schema.get("$id").asText());
        assertFalse(schema.get("title").asText().isBlank());
        assertFalse(schema.get("description").asText().isBlank());
        assertTrue(schema.get("additionalProperties").asBoolean(), "additive evolution");
        Set<String> properties = new HashSet<>();
        schema.get("properties").fieldNames().forEachRemaining(properties::add);
        Set<String> components = Arrays.stream(type.payloadType().getRecordComponents()).map(c -> c.getName())
                .collect(Collectors.toSet());
        assertEquals(components, properties, type + ": schema properties = record components");
        for (JsonNode required : schema.get("required")) {
            assertTrue(properties.contains(required.asText()), required.asText());
        }
        // every required property of the sample is present and non-null; every nullable one is not required
        ObjectNode sample = Events.objectMapper().valueToTree(Samples.of(type));
        for (JsonNode required : schema.get("required")) {
            assertFalse(sample.path(required.asText()).isNull(), type + "." + required.asText());
        }
    }

    @Test
    void noContactDataOnPublicTopics() {
        for (EventType type : EventCatalogue.all()) {
            boolean carriesEmail = Arrays.stream(type.payloadType().getRecordComponents())
                    .anyMatch(c -> c.getName().toLowerCase().contains("email"));
            // meeting links are private too, though no contact data: the one restricted topic without addresses
            boolean restrictedWithoutEmail = type.topic().equals(Topics.CLINIC_MEETINGS);
            assertEquals(Topics.restricted(type.topic()), carriesEmail || restrictedWithoutEmail, type.toString());
        }
        for (EventType type : EventCatalogue.all()) {
            boolean carriesMeetingLink = Arrays.stream(type.payloadType().getRecordComponents())
                    .anyMatch(c -> c.getName().toLowerCase().contains("meeting"));
            assertEquals(type.topic().equals(Topics.CLINIC_MEETINGS), carriesMeetingLink, type.toString());
        }
    }

    @Test
    void aggregateIdIsTheKeyField() {
        assertEquals(Samples.PARTICIPANT, EventType.PARTICIPANT_REGISTERED.aggregateId(Samples.profile()));
        assertEquals(Samples.SUBJECT, EventType.ROLE_CHANGED.aggregateId(Samples.of(EventType.ROLE_CHANGED)));
        assertEquals(Samples.SPACE, EventType.REGISTRATION_CREATED.aggregateId(Samples.of(EventType.REGISTRATION_CREATED)));
        assertEquals(Samples.PARTICIPANT, EventType.BADGE_AWARDED.aggregateId(Samples.of(EventType.BADGE_AWARDED)));
        assertEquals(Samples.PARTICIPANT,
                EventType.BADGE_WITHDRAWN.aggregateId(Samples.of(EventType.BADGE_WITHDRAWN)));
        assertEquals(Samples.ROUND, EventType.ROUND_COMPLETED.aggregateId(Samples.of(EventType.ROUND_COMPLETED)));
        assertEquals(Samples.GUEST_REGISTRATION,
                EventType.GUEST_CONTACT_CHANGED.aggregateId(Samples.of(EventType.GUEST_CONTACT_CHANGED)));
        assertEquals("registration", EventType.GUEST_CONTACT_CHANGED.aggregate());
        assertEquals(Samples.SPACE, EventType.MEETING_CHANGED.aggregateId(Samples.of(EventType.MEETING_CHANGED)));
        assertThrows(IllegalArgumentException.class, () -> EventType.SPACE_CREATED.aggregateId(Samples.profile()));
    }

    @Test
    void topics() {
        assertEquals("registry.roles.v1", Topics.REGISTRY_ROLES);
        assertEquals("clinic.events.v1.dlq", Topics.deadLetter(Topics.CLINIC_EVENTS));
        assertTrue(Topics.compacted(Topics.REGISTRY_PARTICIPANTS));
        assertTrue(Topics.compacted(Topics.REGISTRY_CONTACTS));
        assertTrue(Topics.compacted(Topics.REGISTRY_ROLES));
        assertFalse(Topics.compacted(Topics.CLINIC_EVENTS));
        assertFalse(Topics.compacted(Topics.MATCHING_EVENTS));
        assertFalse(Topics.compacted(Topics.NOTIFICATION_EVENTS));
        assertTrue(Topics.restricted(Topics.REGISTRY_CONTACTS));
        assertEquals("clinic.guests.v1", Topics.CLINIC_GUESTS);
        assertEquals("clinic.meetings.v1", Topics.CLINIC_MEETINGS);
        for (String topic : List.of(Topics.CLINIC_GUESTS, Topics.CLINIC_MEETINGS)) {
            assertTrue(Topics.all().contains(topic), topic);
            assertTrue(Topics.compacted(topic), topic);
            assertTrue(Topics.restricted(topic), topic);
        }
        assertFalse(Topics.restricted(Topics.CLINIC_EVENTS));
        assertEquals(List.of(EventType.GUEST_CONTACT_CHANGED), EventCatalogue.onTopic(Topics.CLINIC_GUESTS));
        assertEquals(List.of(EventType.MEETING_CHANGED), EventCatalogue.onTopic(Topics.CLINIC_MEETINGS));
        assertEquals(List.of(EventType.ROLE_CHANGED), EventCatalogue.onTopic(Topics.REGISTRY_ROLES));
        assertTrue(EventCatalogue.byType("org.letsconnect.clinic.space.created.v2").isEmpty());
        assertTrue(EventCatalogue.byType(null).isEmpty());
    }

    @Test
    void mapperWritesIsoDatesAndNulls() throws Exception {
        JsonNode json = Events.objectMapper().valueToTree(Samples.of(EventType.MILESTONE_DUE));
        assertEquals("2025-03-27", json.get("dueOn").asText());
        JsonNode profile = Events.objectMapper().valueToTree(Samples.profile());
        assertEquals("2024-11-02T09:15:30.123Z", profile.get("registeredAt").asText());
        JsonNode space = Events.objectMapper().valueToTree(Samples.space());
        assertTrue(space.has("seriesId") && space.get("seriesId").isNull(), "nulls are written");
        String arabic = Events.toJson(Samples.space());
        assertTrue(arabic.contains("كتابة مقترحات المنح الناجحة"), "non-ASCII text kept as is");
        Iterator<String> it = json.fieldNames();
        assertTrue(it.hasNext());
    }
}
