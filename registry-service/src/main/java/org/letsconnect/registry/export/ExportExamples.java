package org.letsconnect.registry.export;

/** Example payloads for the OpenAPI document. */
final class ExportExamples {

    static final String PAGE = """
            {
              "format": "capx-profile-v1",
              "skills": "wikidata",
              "profiles": [
                {
                  "user": {"username": "Amina Yusuf", "email": "amina@example.org"},
                  "display_name": "Amina Yusuf",
                  "pronoun": "she-her",
                  "about": "I run editathons in Kano.",
                  "territory": ["ng"],
                  "language": [{"language_code": "ha", "proficiency": "n"}, {"language_code": "en", "proficiency": "3"}],
                  "affiliation": ["Wikimedia User Group Nigeria"],
                  "wikimedia_project": ["ha.wikipedia", "wikidata"],
                  "skills_known": ["Q565"],
                  "skills_available": ["Q565"],
                  "skills_wanted": ["Q54871"],
                  "last_update": "2026-11-27T10:15:30Z",
                  "letsconnect": {
                    "participant_id": "0b5c3f5e-5d8a-4c8e-9d55-2f7f4a1d9e21",
                    "central_user_id": "48291734",
                    "pronouns": "she/her",
                    "region": "sub-saharan-africa",
                    "country": "NG",
                    "time_zone": "Africa/Lagos",
                    "movement_role": "volunteer-organizer",
                    "joined_year": 2019,
                    "available_for_connections": true,
                    "max_connections": 2,
                    "visibility": "public",
                    "notification_language": "ha",
                    "registered_at": "2026-11-27T10:15:30Z"
                  }
                }
              ],
              "next": "0b5c3f5e-5d8a-4c8e-9d55-2f7f4a1d9e21"
            }""";

    private ExportExamples() {
    }
}
