package org.letsconnect.notification.preference;

/** Example payloads for the OpenAPI document, so Swagger UI shows real preferences. */
final class PreferenceExamples {

    static final String REQUEST = """
            {
              "categories": {
                "outreach": {"email": true, "in-app": true, "telegram": false, "talk-page": false},
                "registration": {"email": true, "in-app": true},
                "reminders": {"email": false, "in-app": true},
                "follow-up": {"email": true, "in-app": true},
                "badges": {"email": false, "in-app": true},
                "connections": {"email": true, "in-app": true},
                "milestones": {"email": true, "in-app": false}
              },
              "digest": "daily",
              "quietHours": {"start": "22:00", "end": "07:00"},
              "timeZone": "Africa/Lagos"
            }""";

    static final String VIEW = """
            {
              "categories": {
                "outreach": {"email": true, "in-app": true, "telegram": false, "talk-page": false},
                "registration": {"email": true, "in-app": true, "telegram": false, "talk-page": false},
                "reminders": {"email": false, "in-app": true, "telegram": false, "talk-page": false},
                "follow-up": {"email": true, "in-app": true, "telegram": false, "talk-page": false},
                "badges": {"email": false, "in-app": true, "telegram": false, "talk-page": false},
                "connections": {"email": true, "in-app": true, "telegram": false, "talk-page": false},
                "milestones": {"email": true, "in-app": false, "telegram": false, "talk-page": false}
              },
              "digest": "daily",
              "quietHours": {"start": "22:00", "end": "07:00"},
              "timeZone": "Africa/Lagos",
              "effectiveTimeZone": "Africa/Lagos",
              "turnedOff": []
            }""";

    static final String INVALID = """
            {
              "type": "urn:letsconnect:problem:validation",
              "title": "Some fields are not valid",
              "status": 400,
              "detail": "2 fields are not valid.",
              "instance": "/api/v1/me/preferences",
              "errors": [
                {"field": "categories.outreach.sms", "message": "sms is not one of the allowed values."},
                {"field": "quietHours.start", "message": "Use a time of day as HH:mm, from 00:00 to 23:59."}
              ]
            }""";

    private PreferenceExamples() {
    }
}
