package org.letsconnect.clinic.attendance;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.letsconnect.contracts.Events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** An ambiguous attendee's candidates as JSON text (Hibernate Reactive maps no top-level JSON array to a list). */
@Converter
public class CandidatesConverter implements AttributeConverter<List<AttendanceCandidate>, String> {

    private static final ObjectMapper MAPPER = Events.objectMapper();
    private static final TypeReference<List<AttendanceCandidate>> TYPE = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(List<AttendanceCandidate> candidates) {
        try {
            return MAPPER.writeValueAsString(candidates == null ? List.of() : candidates);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Candidates cannot be written as JSON", e);
        }
    }

    @Override
    public List<AttendanceCandidate> convertToEntityAttribute(String json) {
        try {
            return json == null ? List.of() : List.copyOf(MAPPER.readValue(json, TYPE));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Stored candidates are not JSON", e);
        }
    }
}
