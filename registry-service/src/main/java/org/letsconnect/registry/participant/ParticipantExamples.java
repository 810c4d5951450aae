package org.letsconnect.registry.participant;

/** Example payloads for the OpenAPI document, so Swagger UI shows real profiles. */
final class ParticipantExamples {

    static final String REQUEST = """
            {
              "displayName": "Amina Yusuf",
              "pronouns": "she/her",
              "region": "sub-saharan-africa",
              "country": "NG",
              "timeZone": "Africa/Lagos",
              "languages": [{"code": "ha", "level": "native"}, {"code": "en", "level": "advanced"}],
              "affiliations": ["Wikimedia User Group Nigeria"],
              "movementRole": "volunteer-organizer",
              "joinedYear": 2019,
              "projects": ["ha.wikipedia", "wikidata"],
              "bio": "I run editathons in Kano and want to learn grant writing.",
              "skillsToLearn": ["Q54871"],
              "skillsToShare": ["Q565"],
              "availableForConnections": true,
              "maxConnections": 2,
              "visibility": "public",
              "email": "amina@example.org",
              "notificationLanguage": "ha"
            }""";

    static final String PROFILE = """
            {
              "id": "0b5c3f5e-5d8a-4c8e-9d55-2f7f4a1d9e21",
              "username": "Amina Yusuf",
              "displayName": "Amina Yusuf",
              "region": "sub-saharan-africa",
              "country": "NG",
              "timeZone": "Africa/Lagos",
              "languages": [{"code": "ha", "level": "native"}, {"code": "en", "level": "advanced"}],
              "skillsToLearn": ["Q54871"],
              "skillsToShare": ["Q565"],
              "availableForConnections": true,
              "maxConnections": 2,
              "visibility": "public",
              "notificationLanguage": "ha",
              "badges": [{"code": "clinic-attendee", "awardedAt": "2026-12-10T16:30:00Z",
                          "spaceId": "7d1f2c3e-8a4b-4f6c-9e2d-1a3b5c7d9e0f"}],
              "email": "amina@example.org",
              "registeredAt": "2026-11-27T10:15:30Z",
              "updatedAt": "2026-11-27T10:15:30Z"
            }""";

    private ParticipantExamples() {
    }
}
