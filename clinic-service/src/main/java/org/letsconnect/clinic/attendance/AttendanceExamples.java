package org.letsconnect.clinic.attendance;

/** Examples for the OpenAPI document. */
final class AttendanceExamples {

    static final String CSV = """
            Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants
            834 1234 5678,Learning Clinic: Wikidata queries,11/20/2026 01:55:00 PM,11/20/2026 04:05:00 PM,host@example.org,130,5

            Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest
            Let's Connect Host,host@example.org,11/20/2026 01:55:00 PM,11/20/2026 04:05:00 PM,130,No
            Amina Yusuf (Amina Y.),amina@example.org,11/20/2026 01:58:12 PM,11/20/2026 02:40:03 PM,42,No
            Amina Yusuf (Amina Y.),amina@example.org,11/20/2026 02:41:30 PM,11/20/2026 04:02:11 PM,81,No
            Kwame (he/him),,11/20/2026 02:03:00 PM,11/20/2026 03:10:00 PM,67,Yes
            محمد علي,,11/20/2026 02:00:40 PM,11/20/2026 04:00:00 PM,120,Yes
            """;

    static final String RECONCILIATION = """
            {
              "spaceId": "6f1c2a4e-8d3b-4c5a-9e7f-0a1b2c3d4e5f",
              "uploadedAt": "2026-11-20T15:20:00Z",
              "timeZone": "Africa/Lagos",
              "counts": {"attendees": 3, "matched": 2, "ambiguous": 1, "unmatched": 0, "registered": 2,
                         "stayedPast90Minutes": 2, "hosts": 1},
              "attendees": [
                {"id": "0b6e1d2c-3f4a-4b5c-8d9e-1f2a3b4c5d6e", "names": ["Kwame"], "email": null, "guest": true,
                 "status": "ambiguous", "minutes": 67, "stayedPast90Minutes": false,
                 "firstJoinedAt": "2026-11-20T13:03:00Z", "lastLeftAt": "2026-11-20T14:10:00Z", "joins": 1,
                 "candidates": [
                   {"participantId": "2c9d7e1f-5a6b-4c3d-9e8f-7a6b5c4d3e2f", "registrationId": null,
                    "name": "Kwame Mensah", "username": "KwameMensah", "matchedOn": "display-name",
                    "similarity": "partial", "score": 0.875},
                   {"participantId": "3d0e8f2a-6b7c-4d4e-8f9a-8b7c6d5e4f3a", "registrationId": null,
                    "name": "Kwame Asante", "username": "KAsante", "matchedOn": "display-name",
                    "similarity": "partial", "score": 0.875}]},
                {"id": "1c7f2e3d-4a5b-4c6d-9e0f-2a3b4c5d6e7f", "names": ["Amina Yusuf (Amina Y.)"],
                 "email": "amina@example.org", "guest": false, "status": "matched",
                 "participantId": "4e1f9a3b-7c8d-4e5f-9a0b-9c8d7e6f5a4b",
                 "registrationId": "5f2a0b4c-8d9e-4f6a-8b1c-0d9e8f7a6b5c", "personName": "Amina Yusuf",
                 "personUsername": "AminaYusuf", "matchedOn": "email", "similarity": "exact", "score": 1.0,
                 "minutes": 123, "stayedPast90Minutes": true, "firstJoinedAt": "2026-11-20T12:58:12Z",
                 "lastLeftAt": "2026-11-20T15:02:11Z", "joins": 2, "candidates": []},
                {"id": "2d8a3f4e-5b6c-4d7e-8f1a-3b4c5d6e7f8a", "names": ["محمد علي"], "email": null, "guest": true,
                 "status": "matched", "participantId": "6a3b1c5d-9e0f-4a7b-9c2d-1e0f9a8b7c6d",
                 "registrationId": "7b4c2d6e-0f1a-4b8c-8d3e-2f1a0b9c8d7e", "personName": "Mohamed Ali",
                 "personUsername": "Mohamed.Ali", "matchedOn": "registered-name", "similarity": "transliteration",
                 "score": 0.925, "minutes": 119, "stayedPast90Minutes": true,
                 "firstJoinedAt": "2026-11-20T13:00:40Z", "lastLeftAt": "2026-11-20T15:00:00Z", "joins": 1,
                 "candidates": []},
                {"id": "3e9b4a5f-6c7d-4e8f-9a2b-4c5d6e7f8a9b", "names": ["Let's Connect Host"],
                 "email": "host@example.org", "guest": false, "status": "host", "minutes": 130,
                 "stayedPast90Minutes": true, "firstJoinedAt": "2026-11-20T12:55:00Z",
                 "lastLeftAt": "2026-11-20T15:05:00Z", "joins": 1, "candidates": []}
              ]
            }""";

    static final String CONFIRMATION = """
            {"attendeeId": "0b6e1d2c-3f4a-4b5c-8d9e-1f2a3b4c5d6e",
             "participantId": "2c9d7e1f-5a6b-4c3d-9e8f-7a6b5c4d3e2f"}""";

    private AttendanceExamples() {
    }
}
