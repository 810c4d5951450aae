package org.letsconnect.testkit;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.letsconnect.contracts.EventType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Checks that what a service published is a CloudEvent whose data validates against the JSON Schema of its
 * type in {@code contracts}, with format assertions on — so a test fails when an event drifts from its contract.
 */
public final class ContractAssertions {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private ContractAssertions() {
    }

    /**
     * Asserts the record value is a valid structured CloudEvent of a catalogued type, its data valid against that
     * type's schema; answers the parsed event for further assertions.
     */
    public static JsonNode assertValidEvent(String recordValue) {
        JsonNode event;
        try {
            event = JSON.readTree(recordValue);
        } catch (JsonProcessingException e) {
            throw new AssertionError("The record is not JSON: " + recordValue, e);
        }
        assertValid(EventType.CLOUDEVENT_SCHEMA, event, "envelope");
        String type = event.path("type").asText();
        EventType eventType = org.letsconnect.contracts.EventCatalogue.byType(type)
                .orElseThrow(() -> new AssertionError("Not a catalogued event type: " + type));
        assertValid(eventType.schemaResource(), event.path("data"), type);
        return event;
    }

    private static void assertValid(String resource, JsonNode json, String what) {
        JsonSchema schema = SCHEMAS.computeIfAbsent(resource,
                r -> FACTORY.getSchema(SchemaLocation.of("classpath:" + r.substring(1)), CONFIG));
        Set<ValidationMessage> errors = schema.validate(json);
        if (!errors.isEmpty()) {
            throw new AssertionError("The " + what + " does not match its schema " + resource + ": " + errors
                    + "\n" + json.toPrettyString());
        }
    }
}
