package org.letsconnect.registry.participant;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A complete, valid {@code PUT /api/v1/me} body that tests adjust field by field. */
public final class SampleProfiles {

    private SampleProfiles() {
    }

    /** A public profile of an organizer in Nigeria; a fresh, mutable map on every call. */
    public static Map<String, Object> complete(String displayName) {
        Map<String, Object> profile = new HashMap<>();
        profile.put("displayName", displayName);
        profile.put("pronouns", "she/her");
        profile.put("region", "sub-saharan-africa");
        profile.put("country", "NG");
        profile.put("timeZone", "Africa/Lagos");
        profile.put("languages", List.of(Map.of("code", "ha", "level", "native"),
                Map.of("code", "pt-BR", "level", "basic")));
        profile.put("affiliations", List.of("Wikimedia User Group Nigeria"));
        profile.put("movementRole", "volunteer-organizer");
        profile.put("joinedYear", 2019);
        profile.put("projects", List.of("ha.wikipedia", "wikidata"));
        profile.put("bio", "I run editathons.");
        profile.put("skillsToLearn", List.of("Q54871", "Q2013"));
        profile.put("skillsToShare", List.of("Q565"));
        profile.put("availableForConnections", true);
        profile.put("maxConnections", 2);
        profile.put("visibility", "public");
        profile.put("email", "amina@example.org");
        profile.put("notificationLanguage", "ha");
        return profile;
    }
}
