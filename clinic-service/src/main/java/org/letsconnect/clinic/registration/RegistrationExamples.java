package org.letsconnect.clinic.registration;

/** OpenAPI examples. */
final class RegistrationExamples {

    static final String GUEST_REQUEST = """
            {"name": "Ngozi Okafor", "email": "ngozi@example.org", "language": "en", "timeZone": "Africa/Lagos"}""";

    static final String GUEST_VIEW = """
            {
              "id": "3c1b9f0e-7d2a-4c5b-9e8f-1a2b3c4d5e6f",
              "spaceId": "0b3f5a52-6d0e-4e55-8f3a-2f6c1d7e9a10",
              "status": "waitlisted",
              "position": 3,
              "guest": true,
              "name": "Ngozi Okafor",
              "language": "en",
              "timeZone": "Africa/Lagos",
              "registeredAt": "2027-01-20T09:15:02Z",
              "promotedAt": null,
              "cancelledAt": null,
              "cancelToken": "hG3kT0v9p2Qm7sXw1yZbN4cR8dE6fA5uJ0iL2oK9tMq"
            }""";

    static final String VIEW = """
            {
              "id": "5d2e8a1f-4b3c-4e6d-8f9a-0b1c2d3e4f5a",
              "spaceId": "0b3f5a52-6d0e-4e55-8f3a-2f6c1d7e9a10",
              "status": "confirmed",
              "position": null,
              "guest": false,
              "name": "Amina Yusuf",
              "language": "ha",
              "timeZone": null,
              "registeredAt": "2027-01-18T17:40:11Z",
              "promotedAt": null,
              "cancelledAt": null,
              "cancelToken": null
            }""";

    private RegistrationExamples() {
    }
}
