package org.letsconnect.clinic;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;

/** Request bodies and shortcuts for tests that need a learning space. */
public final class SpaceRequests {

    private SpaceRequests() {
    }

    /** A Learning Clinic in Lagos, {@code daysAhead} days from now, two hours long. */
    public static Map<String, Object> clinic(int daysAhead, int capacity) {
        Instant start = Instant.now().plus(Duration.ofDays(daysAhead)).truncatedTo(ChronoUnit.HOURS);
        Map<String, Object> body = new HashMap<>();
        body.put("format", "learning-clinic");
        body.put("titles", Map.of("en", "Wikidata for beginners", "fr", "Wikidata pour débutants"));
        body.put("descriptions", Map.of("en", "Your first edits on Wikidata."));
        body.put("skills", List.of("Q2013"));
        body.put("sessionLanguage", "en");
        body.put("interpretationLanguages", List.of("fr"));
        body.put("regionFocus", "sub-saharan-africa");
        body.put("startsAt", start.toString());
        body.put("endsAt", start.plus(Duration.ofHours(2)).toString());
        body.put("timeZone", "Africa/Lagos");
        body.put("capacity", capacity);
        body.put("sharers", List.of());
        body.put("liaisons", List.of());
        body.put("meetingLink", "https://wikimedia.zoom.us/j/123456789");
        return body;
    }

    /** Creates a space as the organizer and returns its id. */
    public static String create(String organizerToken, Map<String, Object> body) {
        return given().auth().oauth2(organizerToken).contentType(ContentType.JSON).body(body)
                .post("/api/v1/clinics").then().statusCode(201).extract().path("id");
    }

    /** Moves a space through the given states, in order. */
    public static void moveTo(String organizerToken, String spaceId, String... states) {
        for (String state : states) {
            given().auth().oauth2(organizerToken).contentType(ContentType.JSON).body(Map.of("to", state))
                    .post("/api/v1/clinics/{id}/transitions", spaceId).then().statusCode(200);
        }
    }

    /** A space open for registration. */
    public static String open(String organizerToken, Map<String, Object> body) {
        String id = create(organizerToken, body);
        moveTo(organizerToken, id, "in-preparation", "open-for-registration");
        return id;
    }
}
