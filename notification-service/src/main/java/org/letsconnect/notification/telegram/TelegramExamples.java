package org.letsconnect.notification.telegram;

/** Example payloads for the OpenAPI document. */
final class TelegramExamples {

    static final String UPDATE = """
            {
              "update_id": 10000,
              "message": {
                "message_id": 1,
                "date": 1764633600,
                "chat": {"id": 123456789, "type": "private"},
                "from": {"id": 123456789, "is_bot": false, "first_name": "Amina", "language_code": "ha"},
                "text": "/start 5Q4tCw0aT9p3f1o2X8rYb6KZ0mJvN7uL-eHsWdG_iAc"
              }
            }""";

    static final String DEEP_LINK = """
            {
              "link": "https://t.me/LetsConnectBot?start=5Q4tCw0aT9p3f1o2X8rYb6KZ0mJvN7uL-eHsWdG_iAc",
              "expiresAt": "2026-12-02T00:30:00Z"
            }""";

    static final String CHANNELS = """
            {
              "channels": [
                {"channel": "email", "available": true, "linked": true},
                {"channel": "in-app", "available": true, "linked": true},
                {"channel": "telegram", "available": true, "linked": true, "linkedAt": "2026-12-01T18:04:11Z"},
                {"channel": "talk-page", "available": true, "linked": true, "page": "User_talk:Amina Yusuf"}
              ]
            }""";

    private TelegramExamples() {
    }
}
