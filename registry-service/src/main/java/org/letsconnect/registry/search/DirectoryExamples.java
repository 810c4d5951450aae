package org.letsconnect.registry.search;

/** Example answers for the OpenAPI document, so Swagger UI shows a real directory page. */
final class DirectoryExamples {

    static final String PAGE = """
            {
              "items": [
                {
                  "id": "0b5c3f5e-5d8a-4c8e-9d55-2f7f4a1d9e21",
                  "username": "Amina Yusuf",
                  "displayName": "Amina Yusuf",
                  "pronouns": "she/her",
                  "region": "sub-saharan-africa",
                  "country": "NG",
                  "languages": [{"code": "ha", "level": "native"}, {"code": "en", "level": "advanced"}],
                  "movementRole": "volunteer-organizer",
                  "skillsToLearn": ["Q1"],
                  "skillsToShare": ["Q2"],
                  "availableForConnections": true,
                  "bio": "I run editathons in Kano and want to learn grant writing."
                }
              ],
              "page": 0,
              "size": 20,
              "total": 1,
              "facets": {
                "region": [{"value": "sub-saharan-africa", "count": 1}],
                "language": [{"value": "en", "count": 1}, {"value": "ha", "count": 1}],
                "skill": [{"value": "Q1", "label": "Grant writing", "count": 1},
                          {"value": "Q2", "label": "Event organizing", "count": 1}]
              }
            }""";

    private DirectoryExamples() {
    }
}
