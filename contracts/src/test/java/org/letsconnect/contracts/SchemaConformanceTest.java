package org.letsconnect.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.ValidationMessage;

/** Every event type's sample validates against its schema, inside a valid envelope, and survives a round trip. */
class SchemaConformanceTest {

    private final ObjectMapper mapper = Events.objectMapper();

    @ParameterizedTest
    @EnumSource(EventType.class)
    void payloadValidatesAgainstItsSchema(EventType type) {
        Object sample = Samples.of(type);
        assertInstanceOf(type.payloadType(), sample);
        JsonNode json = mapper.valueToTree(sample);
        Set<ValidationMessage> errors = Schemas.validate(type.schemaResource(), json);
        assertTrue(errors.isEmpty(), () -> type + ": " + errors + "\n" + json.toPrettyString());
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void envelopeValidatesAgainstCloudEventSchema(EventType type) {
        CloudEvent<Object> event = CloudEvent.of(type, Samples.of(type));
        JsonNode json = mapper.valueToTree(event);
        Set<ValidationMessage> errors = Schemas.validateEnvelope(json);
        assertTrue(errors.isEmpty(), () -> type + ": " + errors + "\n" + json.toPrettyString());
        assertEquals("1.0", json.get("specversion").asText());
        assertEquals(type.type(), json.get("type").asText());
        assertEquals(type.source(), json.get("source").asText());
        assertEquals("application/json", json.get("datacontenttype").asText());
        assertTrue(json.get("time").isTextual(), "time is an RFC 3339 string");
        assertEquals(type.aggregateId(event.data()), json.get("subject").asText());
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void payloadRoundTripsThroughJson(EventType type) throws Exception {
        Object sample = Samples.of(type);
        String json = mapper.writeValueAsString(sample);
        assertEquals(sample, mapper.readValue(json, type.payloadType()));
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void eventRoundTripsThroughCatalogueDrivenRead(EventType type) {
        CloudEvent<Object> event = Samples.event(type);
        String json = Events.toJson(event);
        CloudEvent<Object> read = Events.read(json);
        assertEquals(event, read);
        assertEquals(type, read.eventType().orElseThrow());
        assertEquals(event, Events.read(Events.toBytes(event)));
        assertEquals(event.data(), Events.read(json, type.payloadType()).data());
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void consumersTolerateAdditiveFields(EventType type) throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode event = mapper.valueToTree(Samples.event(type));
        ((com.fasterxml.jackson.databind.node.ObjectNode) event.get("data")).put("someFutureField", "ignored");
        event.put("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
        assertTrue(Schemas.validateEnvelope(event).isEmpty(), "schemas accept additive fields");
        assertEquals(Samples.of(type), Events.read(mapper.writeValueAsString(event)).data());
    }
}
