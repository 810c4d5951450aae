package org.letsconnect.clinic.space;

/** OpenAPI examples (checked against the API in tests). */
final class SpaceExamples {

    static final String REQUEST = """
            {
              "format": "learning-clinic",
              "titles": {"en": "Wikidata for beginners", "fr": "Wikidata pour débutants"},
              "descriptions": {"en": "Your first edits on Wikidata, step by step."},
              "skills": ["Q2013"],
              "sessionLanguage": "en",
              "interpretationLanguages": ["fr", "ar"],
              "regionFocus": "sub-saharan-africa",
              "startsAt": "2027-02-11T14:00:00Z",
              "endsAt": "2027-02-11T16:00:00Z",
              "timeZone": "Africa/Lagos",
              "capacity": 45,
              "sharers": ["7f1c2f7e-2a43-4d6c-9a55-0b6a3c2f9e11"],
              "liaisons": [],
              "meetingLink": "https://wikimedia.zoom.us/j/123456789"
            }""";

    static final String RESCHEDULE = """
            {"to": "rescheduled", "startsAt": "2027-02-18T14:00:00Z", "endsAt": "2027-02-18T16:00:00Z",
             "reason": "The sharer is travelling that week."}""";

    static final String VIEW = """
            {
              "id": "0b3f5a52-6d0e-4e55-8f3a-2f6c1d7e9a10",
              "format": "learning-clinic",
              "title": "Wikidata pour débutants",
              "titleLanguage": "fr",
              "description": "Your first edits on Wikidata, step by step.",
              "titles": {"en": "Wikidata for beginners", "fr": "Wikidata pour débutants"},
              "descriptions": {"en": "Your first edits on Wikidata, step by step."},
              "skills": ["Q2013"],
              "sessionLanguage": "en",
              "interpretationLanguages": ["fr", "ar"],
              "regionFocus": "sub-saharan-africa",
              "startsAt": "2027-02-11T14:00:00Z",
              "endsAt": "2027-02-11T16:00:00Z",
              "timeZone": "Africa/Lagos",
              "capacity": 45,
              "confirmed": 12,
              "waitlisted": 0,
              "placesLeft": 33,
              "sharers": ["7f1c2f7e-2a43-4d6c-9a55-0b6a3c2f9e11"],
              "liaisons": [],
              "state": "open-for-registration",
              "sequence": 0,
              "meetingLink": "https://wikimedia.zoom.us/j/123456789",
              "milestones": [
                {"code": "brainstorm-call", "dueOn": "2026-12-31", "done": true, "doneAt": "2026-12-30T10:00:00Z", "overdue": false},
                {"code": "dry-run", "dueOn": "2027-02-08", "done": false, "overdue": false}
              ],
              "nextStates": ["live", "rescheduled", "cancelled"]
            }""";

    private SpaceExamples() {
    }
}
