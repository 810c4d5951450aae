package org.letsconnect.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.SchemaLocation;

class AsyncApiTest {

    static JsonNode doc;

    @BeforeAll
    static void parse() throws Exception {
        try (InputStream in = AsyncApiTest.class.getResourceAsStream(EventType.ASYNCAPI)) {
            assertNotNull(in, "asyncapi.yaml on the classpath");
            doc = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }

    /** All $ref values under a node. */
    static List<String> refs(JsonNode node) {
        List<String> out = new ArrayList<>();
        collect(node, out);
        return out;
    }

    private static void collect(JsonNode node, List<String> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getKey().equals("$ref")) {
                    out.add(e.getValue().asText());
                } else {
                    collect(e.getValue(), out);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collect(n, out));
        }
    }

    /** Resolves a reference of the document: local JSON pointer or a file relative to asyncapi.yaml. */
    static JsonNode resolve(String ref) {
        if (ref.startsWith("#/")) {
            JsonNode target = doc.at(ref.substring(1).replace("~1", "/"));
            return target.isMissingNode() ? null : target;
        }
        assertTrue(ref.startsWith("./schemas/"), "relative reference " + ref);
        String resource = EventType.SCHEMA_FOLDER + ref.substring("./schemas/".length());
        return AsyncApiTest.class.getResource(resource) == null ? null : CatalogueTest.json(resource);
    }

    @Test
    void isAsyncApi3WithInfoServerChannelsAndOperations() {
        assertEquals("3.0.0", doc.get("asyncapi").asText());
        assertFalse(doc.at("/info/title").asText().isBlank());
        assertEquals("1.0.0", doc.at("/info/version").asText());
        String description = doc.at("/info/description").asText();
        for (String word : List.of("CloudEvents", "structured", "key", "compacted", "tombstone", ".v2", "additive")) {
            assertTrue(description.contains(word), "info.description explains " + word);
        }
        assertEquals("localhost:9092", doc.at("/servers/local/host").asText());
        assertEquals("kafka", doc.at("/servers/local/protocol").asText());

        Set<String> addresses = new TreeSet<>();
        doc.get("channels").forEach(c -> {
            addresses.add(c.get("address").asText());
            assertTrue(c.get("description").asText().contains("Kafka record key"), "key named on " + c.get("address"));
            String policy = c.at("/bindings/kafka/topicConfiguration/cleanup.policy/0").asText();
            assertEquals(Topics.compacted(c.get("address").asText()) ? "compact" : "delete", policy);
        });
        assertEquals(new TreeSet<>(Topics.all()), addresses);

        for (String topic : List.of(Topics.REGISTRY_CONTACTS, Topics.CLINIC_GUESTS, Topics.CLINIC_MEETINGS)) {
            JsonNode restricted = channelOf(topic);
            assertTrue(restricted.get("description").asText().contains("RESTRICTED"), topic);
            assertTrue(restricted.get("description").asText().contains("Read only by"), topic + " says who reads it");
            assertTrue(restricted.get("tags").toString().contains("restricted"), topic);
        }
        doc.get("channels").forEach(c -> assertEquals(Topics.restricted(c.get("address").asText()),
                c.get("tags").toString().contains("restricted"), c.get("address").asText()));

        doc.get("operations").forEach(op -> {
            assertEquals("send", op.get("action").asText());
            assertNotNull(resolve(op.at("/channel/$ref").asText()));
            assertTrue(op.get("messages").size() > 0);
        });
    }

    @Test
    void everyReferenceResolvesAndEverySchemaFileIsReferenced() throws Exception {
        Set<String> files = new HashSet<>();
        for (String ref : refs(doc)) {
            assertNotNull(resolve(ref), "unresolved $ref " + ref);
            if (ref.startsWith("./schemas/")) {
                files.add(ref.substring("./schemas/".length()));
            }
        }
        Set<String> all = CatalogueTest.schemaFiles();
        all.remove("definitions.json"); // referenced by the schemas themselves
        assertEquals(all, files);
        // every channel message is sent by an operation
        Set<String> sent = new HashSet<>();
        doc.get("operations").forEach(op -> op.get("messages").forEach(m -> sent.add(m.get("$ref").asText())));
        doc.get("channels").fields().forEachRemaining(c -> c.getValue().get("messages").fieldNames()
                .forEachRemaining(m -> assertTrue(sent.contains("#/channels/" + c.getKey() + "/messages/" + m), m)));
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyTypeIsAMessageOnItsChannel(EventType type) {
        JsonNode channel = channelOf(type.topic());
        List<JsonNode> found = new ArrayList<>();
        channel.get("messages").forEach(ref -> {
            JsonNode message = resolve(ref.get("$ref").asText());
            assertNotNull(message, ref.toString());
            if (message.path("name").asText().equals(type.type())) {
                found.add(message);
            }
        });
        assertEquals(1, found.size(), type + " on " + type.topic());
        JsonNode message = found.get(0);
        assertEquals("application/cloudevents+json", message.get("contentType").asText());
        List<String> payloadRefs = refs(message.get("payload"));
        assertTrue(payloadRefs.contains("./schemas/" + type.type() + ".json"), payloadRefs.toString());
        assertTrue(payloadRefs.contains("./schemas/cloudevent.json"), payloadRefs.toString());
        assertEquals("string", message.at("/bindings/kafka/key/type").asText());
        if (Topics.restricted(type.topic())) {
            assertTrue(message.get("tags").toString().contains("restricted"));
        }

        // the message payload, as a schema resolved beside asyncapi.yaml, accepts the sample event and rejects a wrong type
        JsonSchema payload = Schemas.FACTORY.getSchema(
                SchemaLocation.of("classpath:org/letsconnect/contracts/asyncapi.yaml"), message.get("payload"),
                Schemas.CONFIG);
        JsonNode event = Events.objectMapper().valueToTree(Samples.event(type));
        assertTrue(payload.validate(event).isEmpty(), () -> payload.validate(event).toString());
        EventType other = type == EventType.PARTICIPANT_ERASED ? EventType.ROLE_CHANGED : EventType.PARTICIPANT_ERASED;
        JsonNode wrong = Events.objectMapper().valueToTree(Samples.event(other));
        assertFalse(payload.validate(wrong).isEmpty());
    }

    @Test
    void compactedClinicChannelsDescribeTombstones() {
        for (String topic : List.of(Topics.CLINIC_GUESTS, Topics.CLINIC_MEETINGS)) {
            Map<String, JsonNode> byName = new HashMap<>();
            channelOf(topic).get("messages").forEach(r -> {
                JsonNode m = resolve(r.get("$ref").asText());
                byName.put(m.get("name").asText(), m);
            });
            assertEquals("null", byName.get("tombstone").at("/payload/type").asText(), topic);
            assertTrue(byName.get("tombstone").get("tags").toString().contains("restricted"), topic);
        }
    }

    @Test
    void compactedRegistryChannelsDescribeTombstones() {
        for (String topic : List.of(Topics.REGISTRY_PARTICIPANTS, Topics.REGISTRY_CONTACTS)) {
            Map<String, JsonNode> byName = new HashMap<>();
            channelOf(topic).get("messages").forEach(r -> {
                JsonNode m = resolve(r.get("$ref").asText());
                byName.put(m.get("name").asText(), m);
            });
            assertEquals("null", byName.get("tombstone").at("/payload/type").asText(), topic);
        }
    }

    private static JsonNode channelOf(String topic) {
        for (JsonNode c : doc.get("channels")) {
            if (c.get("address").asText().equals(topic)) {
                return c;
            }
        }
        throw new AssertionError("no channel for " + topic);
    }
}
