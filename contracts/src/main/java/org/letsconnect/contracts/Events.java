package org.letsconnect.contracts;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * JSON (de)serialisation of events and their payloads.
 *
 * <p>
 * Conventions, which the JSON Schemas follow: instants as ISO-8601 / RFC 3339 strings in UTC
 * ({@code 2025-03-07T14:00:00Z}), dates as {@code yyyy-MM-dd}; null components are WRITTEN as JSON {@code null}
 * (nullable fields are typed {@code [..., "null"]} in the schemas and are not required, so a producer may also
 * omit them); unknown properties are IGNORED when reading (fields are added within a {@code .v1}).
 */
public final class Events {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.ALWAYS)
            .build();

    private Events() {
    }

    /** The shared, configured mapper. Do not reconfigure it; call {@code copy()} to derive another. */
    public static ObjectMapper objectMapper() {
        return MAPPER;
    }

    /** Serialises a CloudEvent (structured mode) or a payload to JSON. */
    public static String toJson(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialise " + value.getClass().getName(), e);
        }
    }

    /** Serialises to UTF-8 JSON bytes (a Kafka record value). */
    public static byte[] toBytes(Object value) {
        return toJson(value).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Reads a structured-mode CloudEvent whose {@code data} is converted to the payload record of its type
     * ({@link EventCatalogue#byType(String)}). For a type this version of the contracts does not know, {@code data}
     * is left as a {@link JsonNode}: consumers should skip such events.
     *
     * @throws IllegalArgumentException when the JSON is not a CloudEvent or its data does not fit its type
     */
    public static CloudEvent<Object> read(String json) {
        JsonNode node = tree(json);
        String type = text(node, "type");
        JsonNode data = node.get("data");
        Object payload = EventCatalogue.byType(type)
                .<Object> map(t -> convert(data, t.payloadType()))
                .orElse(data);
        return envelope(node, payload);
    }

    /** Reads a structured-mode CloudEvent, converting {@code data} to the given class. */
    public static <T> CloudEvent<T> read(String json, Class<T> dataType) {
        JsonNode node = tree(json);
        return envelope(node, convert(node.get("data"), dataType));
    }

    /** Reads a structured-mode CloudEvent from UTF-8 bytes; {@code null} (a tombstone) gives {@code null}. */
    public static CloudEvent<Object> read(byte[] json) {
        return json == null ? null : read(new String(json, StandardCharsets.UTF_8));
    }

    /** Reads a payload of the given event type. */
    public static Object readData(EventType type, String json) {
        return convert(tree(json), type.payloadType());
    }

    private static <T> CloudEvent<T> envelope(JsonNode node, T data) {
        String time = text(node, "time");
        return new CloudEvent<>(text(node, "specversion"), text(node, "id"), text(node, "source"), text(node, "type"),
                text(node, "subject"), time == null ? null : convert(node.get("time"), Instant.class),
                text(node, "datacontenttype"), data);
    }

    private static JsonNode tree(String json) {
        if (json == null) {
            throw new IllegalArgumentException("no JSON (a tombstone?)");
        }
        try {
            JsonNode node = MAPPER.readTree(json);
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException("not a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static <T> T convert(JsonNode node, Class<T> type) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (type == JsonNode.class || type == Object.class && !node.isValueNode()) {
            return type.cast(node);
        }
        try {
            return MAPPER.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("data does not fit " + type.getSimpleName() + ": "
                    + e.getOriginalMessage(), e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
