package org.letsconnect.registry.participant;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.letsconnect.contracts.Events;
import org.letsconnect.contracts.registry.LanguageSkill;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;

/**
 * Stores a participant's languages as a JSON array in a jsonb column. Hibernate Reactive maps JSON columns to
 * objects only, not to top-level arrays, so the column travels as text (see the transformers on the field).
 */
@Converter
public class LanguagesConverter implements AttributeConverter<List<LanguageSkill>, String> {

    private static final TypeReference<List<LanguageSkill>> TYPE = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(List<LanguageSkill> languages) {
        try {
            return Events.objectMapper().writeValueAsString(languages == null ? List.of() : languages);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Languages cannot be written as JSON", e);
        }
    }

    @Override
    public List<LanguageSkill> convertToEntityAttribute(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return Events.objectMapper().readValue(json, TYPE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored languages are not valid JSON", e);
        }
    }
}
