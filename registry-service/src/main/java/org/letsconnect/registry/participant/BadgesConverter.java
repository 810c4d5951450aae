package org.letsconnect.registry.participant;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.letsconnect.contracts.Events;
import org.letsconnect.contracts.registry.ProfileBadge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;

/** Stores a participant's badges as a JSON array in a jsonb column, as {@link LanguagesConverter} does languages. */
@Converter
public class BadgesConverter implements AttributeConverter<List<ProfileBadge>, String> {

    private static final TypeReference<List<ProfileBadge>> TYPE = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(List<ProfileBadge> badges) {
        try {
            return Events.objectMapper().writeValueAsString(badges == null ? List.of() : badges);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Badges cannot be written as JSON", e);
        }
    }

    @Override
    public List<ProfileBadge> convertToEntityAttribute(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return Events.objectMapper().readValue(json, TYPE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored badges are not valid JSON", e);
        }
    }
}
