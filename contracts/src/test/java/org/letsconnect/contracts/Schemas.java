package org.letsconnect.contracts;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** Loads the schemas from the classpath (relative $id and $ref resolve against it) with format assertions on. */
final class Schemas {

    static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private static final Map<String, JsonSchema> CACHE = new ConcurrentHashMap<>();

    private Schemas() {
    }

    /** @param resource a classpath path starting with '/' */
    static JsonSchema schema(String resource) {
        return CACHE.computeIfAbsent(resource,
                r -> FACTORY.getSchema(SchemaLocation.of("classpath:" + r.substring(1)), CONFIG));
    }

    static Set<ValidationMessage> validate(String resource, JsonNode json) {
        return schema(resource).validate(json);
    }

    static Set<ValidationMessage> validateEnvelope(JsonNode json) {
        return validate(EventType.CLOUDEVENT_SCHEMA, json);
    }
}
