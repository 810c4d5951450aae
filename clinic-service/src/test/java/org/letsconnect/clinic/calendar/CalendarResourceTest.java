package org.letsconnect.clinic.calendar;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.letsconnect.clinic.ClinicApiTest;
import org.letsconnect.clinic.SpaceRequests;
import org.letsconnect.testkit.WithTestInfrastructure;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

/** calendar.ics through the API, read back with a real iCalendar parser. */
@QuarkusTest
@WithTestInfrastructure
class CalendarResourceTest extends ClinicApiTest {

    private String participant;

    @BeforeEach
    void signIn() {
        participant = issuer.token("Participant " + UUID.randomUUID());
    }

    @Test
    void rescheduleRaisesTheSequenceUnderTheSameUidAndCancelMarksItCancelled() throws Exception {
        Map<String, Object> body = SpaceRequests.clinic(30, 45);
        body.put("startsAt", "2027-02-11T15:00:00+01:00");
        body.put("endsAt", "2027-02-11T17:00:00+01:00");
        String id = SpaceRequests.open(organizer, body);

        VEvent first = event(participant, id, "fr");
        assertEquals(id + "@letsconnect.wikimedia.org", value(first, "UID"));
        assertEquals("0", value(first, "SEQUENCE"));
        assertEquals("CONFIRMED", value(first, "STATUS"));
        assertEquals("Wikidata pour débutants", value(first, "SUMMARY"));
        assertEquals(Instant.parse("2027-02-11T14:00:00Z"), instant(first.getDateTimeStart().getDate()));
        assertEquals(Instant.parse("2027-02-11T16:00:00Z"), instant(first.getDateTimeEnd().getDate()));
        assertFalse(first.getProperty("URL").isPresent(), "not registered: no meeting link");
        assertFalse(value(first, "LOCATION").contains("zoom"));
        assertTrue(first.getAlarms().size() == 1, "a reminder");

        VEvent organizers = event(organizer, id, "en");
        assertEquals("https://wikimedia.zoom.us/j/123456789", value(organizers, "URL"));
        assertTrue(value(organizers, "DESCRIPTION").contains("https://wikimedia.zoom.us/j/123456789"));

        given().auth().oauth2(organizer).contentType(ContentType.JSON)
                .body(Map.of("to", "rescheduled", "startsAt", "2027-02-18T14:00:00Z", "endsAt", "2027-02-18T16:00:00Z"))
                .post("/api/v1/clinics/{id}/transitions", id).then().statusCode(200);
        VEvent moved = event(participant, id, "en");
        assertEquals(value(first, "UID"), value(moved, "UID"));
        assertEquals("1", value(moved, "SEQUENCE"));
        assertEquals(Instant.parse("2027-02-18T14:00:00Z"), instant(moved.getDateTimeStart().getDate()));

        SpaceRequests.moveTo(organizer, id, "cancelled");
        VEvent cancelled = event(participant, id, "en");
        assertEquals("CANCELLED", value(cancelled, "STATUS"));
        assertEquals("2", value(cancelled, "SEQUENCE"));
        assertTrue(cancelled.getAlarms().isEmpty(), "no reminder for a cancelled session");
    }

    @Test
    void unpublishedSpacesAndAnonymousCallersGetNoCalendar() {
        String id = SpaceRequests.create(organizer, SpaceRequests.clinic(30, 45));
        given().auth().oauth2(participant).get("/api/v1/clinics/{id}/calendar.ics", id)
                .then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/clinics/{id}/calendar.ics", id).then().statusCode(401);
        given().auth().oauth2(organizer).get("/api/v1/clinics/{id}/calendar.ics", id)
                .then().statusCode(200).contentType("text/calendar");
    }

    private static VEvent event(String token, String id, String language) throws Exception {
        String ics = given().auth().oauth2(token).header("Accept-Language", language)
                .get("/api/v1/clinics/{id}/calendar.ics", id)
                .then().statusCode(200).contentType("text/calendar").extract().asString();
        assertTrue(ics.contains("\r\n"), "lines end with CRLF");
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        calendar.validate();
        return (VEvent) calendar.getComponent("VEVENT").orElseThrow();
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }

    private static Instant instant(Temporal temporal) {
        return Instant.from(temporal);
    }
}
