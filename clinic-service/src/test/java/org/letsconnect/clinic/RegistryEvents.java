package org.letsconnect.clinic;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.letsconnect.contracts.EventType;
import org.letsconnect.contracts.Events;
import org.letsconnect.contracts.registry.ContactChanged;
import org.letsconnect.contracts.registry.LanguageSkill;
import org.letsconnect.contracts.registry.ParticipantProfile;
import org.letsconnect.testkit.DevIssuer;
import org.letsconnect.testkit.KafkaBroker;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Publishes what registry-service would, so clinic-service's read model learns of participants. */
public final class RegistryEvents {

    private RegistryEvents() {
    }

    /** A registered participant as the registry announces them; the returned profile names their ids. */
    public static ParticipantProfile register(String username, String displayName, String region, String country,
            Integer joinedYear, String... languages) {
        Instant now = Instant.now();
        ParticipantProfile profile = new ParticipantProfile(UUID.randomUUID().toString(), DevIssuer.subjectFor(username),
                username, displayName, null, region, country, "UTC",
                List.of(languages).stream().map(code -> new LanguageSkill(code, LanguageSkill.NATIVE)).toList(),
                List.of(), "editor", joinedYear, List.of(), null, List.of(), List.of(), false, 0, "public", "en",
                List.of(), now, now);
        publish(EventType.PARTICIPANT_REGISTERED, profile.participantId(), profile);
        return profile;
    }

    /** The participant's e-mail address on the restricted contacts topic. */
    public static void contact(ParticipantProfile profile, String email) {
        publish(EventType.CONTACT_CHANGED, profile.participantId(), new ContactChanged(profile.participantId(),
                profile.subject(), email, "en", "UTC", Instant.now()));
    }

    public static void publish(EventType type, String key, Object data) {
        ObjectNode event = Events.objectMapper().createObjectNode();
        event.put("specversion", "1.0");
        event.put("id", UUID.randomUUID().toString());
        event.put("source", "/registry-service");
        event.put("type", type.type());
        event.put("subject", key);
        event.put("time", Instant.now().toString());
        event.put("datacontenttype", "application/json");
        event.set("data", Events.objectMapper().valueToTree(data));
        try {
            KafkaBroker.shared().send(type.topic(), key, Events.objectMapper().writeValueAsString(event),
                    Map.of("content-type", "application/cloudevents+json; charset=UTF-8"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
