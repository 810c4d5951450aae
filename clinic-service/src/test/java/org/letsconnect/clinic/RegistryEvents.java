package org.letsconnect.clinic;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.letsconnect.contracts.EventType;
import org.letsconnect.contracts.registry.ContactChanged;
import org.letsconnect.contracts.registry.LanguageSkill;
import org.letsconnect.contracts.registry.ParticipantProfile;
import org.letsconnect.testkit.DevIssuer;
import org.letsconnect.testkit.EventProbe;

/** Publishes what registry-service would, so clinic-service's read model learns of participants. */
public final class RegistryEvents {

    private RegistryEvents() {
    }

    /** A registered participant as the registry announces them; the returned profile names their ids. */
    public static ParticipantProfile register(EventProbe events, String username, String displayName, String region,
            String country, Integer joinedYear, String... languages) {
        Instant now = Instant.now();
        ParticipantProfile profile = new ParticipantProfile(UUID.randomUUID().toString(), DevIssuer.subjectFor(username),
                username, displayName, null, region, country, "UTC",
                List.of(languages).stream().map(code -> new LanguageSkill(code, LanguageSkill.NATIVE)).toList(),
                List.of(), "individual-editor", joinedYear, List.of(), null, List.of(), List.of(), false, 0, "public", "en",
                List.of(), now, now);
        events.publish(EventType.PARTICIPANT_REGISTERED, profile);
        return profile;
    }

    /** The participant's e-mail address on the restricted contacts topic. */
    public static void contact(EventProbe events, ParticipantProfile profile, String email) {
        events.publish(EventType.CONTACT_CHANGED, new ContactChanged(profile.participantId(), profile.subject(), email,
                "en", "UTC", Instant.now()));
    }
}
