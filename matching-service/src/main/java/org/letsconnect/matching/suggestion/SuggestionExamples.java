package org.letsconnect.matching.suggestion;

/** Example payloads for the OpenAPI document, as the API answers them. */
final class SuggestionExamples {

    static final String LIST = """
            {
              "skill": "Q54871",
              "language": "en",
              "suggestions": [
                {
                  "participantId": "5b0c7c8e-2f7a-4d7e-9a51-0f7f3b6f2a10",
                  "username": "Amina Yusuf",
                  "displayName": "Amina Yusuf",
                  "region": "sub-saharan-africa",
                  "languages": [
                    { "code": "ha", "level": "native", "name": "Hausa" },
                    { "code": "en", "level": "advanced", "name": "English" }
                  ],
                  "skill": { "code": "Q54871", "label": "Querying with SPARQL" },
                  "sharedSkill": { "code": "Q54871", "label": "Querying with SPARQL", "relation": "exact" },
                  "score": 881,
                  "reasons": [
                    { "code": "skill-exact", "params": { "skill": "Q54871" }, "points": 350,
                      "text": "Shares Querying with SPARQL, the skill you want to learn." },
                    { "code": "languages", "params": { "language": "en", "learnerLevel": "advanced", "sharerLevel": "advanced" },
                      "points": 225, "text": "You both speak English (you: advanced, them: advanced)." },
                    { "code": "waking-overlap", "params": { "hours": 70 }, "points": 107,
                      "text": "You are both awake at the same time 70 hours a week." },
                    { "code": "region-preference", "params": { "region": "sub-saharan-africa" }, "points": 50,
                      "text": "From Sub-Saharan Africa, a region the programme wants more sharers from." },
                    { "code": "load", "params": { "active": 1, "capacity": 3 }, "points": 67,
                      "text": "1 of their 3 places for 1:1 connections taken." },
                    { "code": "responsive", "params": { "answered": 8, "expired": 1 }, "points": 82,
                      "text": "Answered 8 requests and let 1 expire." }
                  ]
                }
              ]
            }
            """;

    private SuggestionExamples() {
    }
}
