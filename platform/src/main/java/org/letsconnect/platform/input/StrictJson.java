package org.letsconnect.platform.input;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Makes the REST layer's Jackson read request bodies as they are written, for every service: a key given twice is
 * refused (which of the two was meant cannot be known); a number is a JSON number and a boolean is {@code true} or
 * {@code false} ({@code "7"}, {@code 1.5} for a whole number, {@code "true"}, {@code 1} for a boolean and {@code ""}
 * are refused, never coerced); an enum is named, never numbered; text is a JSON string without
 * {@linkplain UnusableCharacters unusable characters}. Each refusal becomes a 400 naming the field in
 * {@code ProblemMappers}.
 *
 * <p>
 * Quarkus' Vert.x JSON codec copies this mapper, so events read as {@code JsonObject} and the answers of outbound
 * calls are held to the same duplicate-key and text rules; our own events never break them, as their text was
 * accepted by these rules first.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        for (LogicalType scalar : new LogicalType[] { LogicalType.Integer, LogicalType.Float, LogicalType.Boolean }) {
            mapper.coercionConfigFor(scalar)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.registerModule(new SimpleModule("letsconnect-checked-text")
                .addDeserializer(String.class, new CheckedTextDeserializer()));
    }
}
