package org.letsconnect.clinic.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.letsconnect.clinic.ClinicApiTest;
import org.letsconnect.clinic.RegistryEvents;
import org.letsconnect.clinic.SpaceRequests;
import org.letsconnect.contracts.EventType;
import org.letsconnect.contracts.matching.ConnectionAccepted;
import org.letsconnect.contracts.matching.ConnectionRequested;
import org.letsconnect.contracts.matching.ConnectionStates;
import org.letsconnect.contracts.registry.ParticipantProfile;
import org.letsconnect.testkit.WithTestInfrastructure;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Two Clinics held in March 2025 (a month no other test uses), driven through the public API: registrations,
 * a waitlist, a Zoom report with a guest and a stranger, feedback — then the numbers the reports must give.
 */
@QuarkusTest
@WithTestInfrastructure
class ReportResourceTest extends ClinicApiTest {

    private static final String HEADER = "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest\n";

    @Test
    void spaceAndProgrammeReportsCountWhatHappened() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        ParticipantProfile amina = RegistryEvents.register(events, "Amina " + run, "Amina Yusuf", "sub-saharan-africa", "NG",
                2018, "ha");
        ParticipantProfile anna = RegistryEvents.register(events, "Anna " + run, "Anna Schmidt", "northern-western-europe",
                "DE", 2010, "de");
        ParticipantProfile kwame = RegistryEvents.register(events, "Kwame " + run, "Kwame Mensah", "sub-saharan-africa", "GH",
                2024, "en");
        ParticipantProfile olena = RegistryEvents.register(events, "Olena " + run, "Olena Kovalenko",
                "central-eastern-europe-central-asia", "UA", 2021, "uk");
        ParticipantProfile sofia = RegistryEvents.register(events, "Sofia " + run, "Sofía Ramírez", "latin-america-caribbean",
                "MX", 2022, "es");

        // the first Clinic: Amina shares, Kwame registers and comes
        Map<String, Object> first = SpaceRequests.clinic(1, 45);
        first.put("startsAt", "2025-03-10T13:00:00Z");
        first.put("endsAt", "2025-03-10T15:00:00Z");
        first.put("timeZone", "UTC");
        first.put("sharers", List.of(amina.participantId()));
        String firstId = SpaceRequests.open(organizer, first);
        register(firstId, kwame);
        SpaceRequests.moveTo(organizer, firstId, "live");
        awaitDirectory(firstId, "Kwame Mensah", "Kwame Mensah," + "," + zoom("2025-03-10", "01:00:00 PM") + ","
                + zoom("2025-03-10", "02:00:00 PM") + ",60,No\n");

        // the second: Anna shares, three places for four registrants and a guest
        Map<String, Object> second = SpaceRequests.clinic(1, 3);
        second.put("startsAt", "2025-03-20T13:00:00Z");
        second.put("endsAt", "2025-03-20T15:00:00Z");
        second.put("timeZone", "UTC");
        second.put("interpretationLanguages", List.of("fr", "ar"));
        second.put("sharers", List.of(anna.participantId()));
        String secondId = SpaceRequests.open(organizer, second);
        register(secondId, kwame);
        register(secondId, olena);
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "Chidinma Okeke", "email", "chidinma@example.org", "language", "en", "timeZone",
                        "Africa/Lagos"))
                .post("/api/v1/clinics/{id}/guest-registrations", secondId).then().statusCode(201)
                .body("status", is("confirmed"));
        given().auth().oauth2(issuer.token(sofia.username())).contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/clinics/{id}/registrations", secondId).then().statusCode(201)
                .body("status", is("waitlisted"));
        SpaceRequests.moveTo(organizer, secondId, "live");
        String report = HEADER
                + "Kwame Mensah,," + zoom("2025-03-20", "01:00:00 PM") + "," + zoom("2025-03-20", "03:00:00 PM") + ",120,No\n"
                + "Olena Kovalenko (she/her),," + zoom("2025-03-20", "01:05:00 PM") + "," + zoom("2025-03-20", "02:00:00 PM")
                + ",55,No\n"
                + "Chidi (Chidinma Okeke),chidinma@example.org," + zoom("2025-03-20", "01:00:00 PM") + ","
                + zoom("2025-03-20", "02:45:00 PM") + ",105,Yes\n"
                + "Galaxy Tab S7,," + zoom("2025-03-20", "01:10:00 PM") + "," + zoom("2025-03-20", "01:40:00 PM") + ",30,Yes\n"
                // the sharer comes without registering: expected, not part of the unregistered audience
                + "Anna Schmidt,," + zoom("2025-03-20", "12:50:00 PM") + "," + zoom("2025-03-20", "03:05:00 PM") + ",135,No\n";
        given().auth().oauth2(organizer).contentType("text/csv").queryParam("timeZone", "UTC")
                .body(report.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/clinics/{id}/attendance", secondId).then().statusCode(200)
                .body("counts.attendees", is(5)).body("counts.matched", is(4));
        SpaceRequests.moveTo(organizer, secondId, "completed");
        feedback(secondId, kwame, 5, false, List.of("Q2013"));
        feedback(secondId, olena, 4, true, List.of("Q2013", "Q8434"));

        given().auth().oauth2(organizer).get("/api/v1/clinics/{id}/report", secondId).then().statusCode(200)
                .body("state", is("completed"))
                .body("registrations.confirmed", is(3))
                .body("registrations.waitlisted", is(1))
                .body("registrations.guests", is(1))
                .body("attendance.attendees", is(5))
                .body("attendance.registered", is(4))
                .body("attendance.unregistered", is(1))
                .body("attendance.unmatched", is(1))
                .body("attendance.stayedPast90Minutes", is(3))
                .body("showUpRate", is(1.0f))
                .body("retentionPast90Minutes", is(0.6f))
                .body("feedback.answers", is(2))
                .body("feedback.averageUsefulness", is(4.5f))
                .body("feedback.usefulness.'5'", is(1))
                .body("feedback.usefulness.'1'", is(0))
                .body("feedback.mostWanted[0].skill", is("Q2013"))
                .body("feedback.mostWanted[0].answers", is(2))
                .body("attendeesByRegion.sub-saharan-africa", is(1))
                .body("attendeesByRegion.central-eastern-europe-central-asia", is(1))
                .body("attendeesByRegion.northern-western-europe", is(1))
                .body("attendeesByRegion.unknown", is(2))
                .body("attendeesByExperience.returning", is(1))
                .body("attendeesByExperience.newcomer", is(2))
                .body("attendeesByExperience.unknown", is(2))
                .body("followUps.requested", is(0));

        // afterwards Kwame asks Anna, who shared it, for a 1:1 follow-up, which she accepts; a request not made as a
        // follow-up of this space is not counted
        String followUp = UUID.randomUUID().toString();
        events.publish(EventType.CONNECTION_REQUESTED, new ConnectionRequested(followUp, kwame.participantId(),
                anna.participantId(), "Q2013", ConnectionStates.REQUESTED, null, Instant.now(), secondId));
        events.publish(EventType.CONNECTION_REQUESTED, new ConnectionRequested(UUID.randomUUID().toString(),
                olena.participantId(), anna.participantId(), "Q2013", ConnectionStates.REQUESTED, null, Instant.now()));
        events.publish(EventType.CONNECTION_ACCEPTED, new ConnectionAccepted(followUp, kwame.participantId(),
                anna.participantId(), "Q2013", ConnectionStates.ACCEPTED, Instant.now()));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(organizer)
                .get("/api/v1/clinics/{id}/report", secondId).then().statusCode(200)
                .body("followUps.requested", is(1)).body("followUps.accepted", is(1))
                .body("followUps.completed", is(0)));

        // the sharer reads her space's numbers; a registrant does not
        given().auth().oauth2(issuer.token(anna.username())).get("/api/v1/clinics/{id}/report", secondId)
                .then().statusCode(200);
        given().auth().oauth2(issuer.token(kwame.username())).get("/api/v1/clinics/{id}/report", secondId)
                .then().statusCode(403).contentType("application/problem+json");

        given().auth().oauth2(organizer).get("/api/v1/reports/programme?from=2025-03-01&to=2025-04-01")
                .then().statusCode(200)
                .body("spacesHeld", is(2))
                .body("spacesByFormat.learning-clinic", is(2))
                .body("spacesWithAttendance", is(2))
                .body("attendances", is(6))
                .body("distinctAttendees", is(3))
                .body("averageAttendance", is(3.0f))
                .body("unregisteredShare", is(0.167f))
                .body("showUpRate", is(1.0f))
                .body("attendeesByRegion.sub-saharan-africa", is(1))
                .body("regionsReached", is(3))
                .body("sessionLanguages.en", is(2))
                .body("sessionLanguages.ar", is(1))
                .body("languagesReached", is(3))
                .body("sharers", is(2))
                .body("underrepresentedSharerShare", is(0.5f))
                .body("underrepresentedRegions", hasItem("sub-saharan-africa"));
    }

    @Test
    void programmeReportsAreForOrganizersAndPeriodsMustMakeSense() {
        String participant = issuer.token("Participant " + UUID.randomUUID());
        given().auth().oauth2(participant).get("/api/v1/reports/programme").then().statusCode(403);
        given().get("/api/v1/reports/programme").then().statusCode(401);
        given().auth().oauth2(organizer).header("Accept-Language", "fr")
                .get("/api/v1/reports/programme?from=2025-04-01&to=2025-03-01")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", contains("to"));
        given().auth().oauth2(organizer).get("/api/v1/reports/programme?from=March")
                .then().statusCode(400).body("errors.field", contains("from"));
        given().auth().oauth2(organizer).get("/api/v1/reports/programme?from=1999-01-01&to=1999-02-01")
                .then().statusCode(200).body("spacesHeld", is(0)).body("averageAttendance", nullValue());
        given().auth().oauth2(organizer).get("/api/v1/clinics/{id}/report", UUID.randomUUID()).then().statusCode(404);
    }

    private void register(String spaceId, ParticipantProfile participant) {
        given().auth().oauth2(issuer.token(participant.username())).contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/clinics/{id}/registrations", spaceId).then().statusCode(201);
    }

    private void feedback(String spaceId, ParticipantProfile participant, int usefulness, boolean anonymous,
            List<String> skills) {
        given().auth().oauth2(issuer.token(participant.username())).contentType(ContentType.JSON)
                .body(Map.of("usefulness", usefulness, "anonymous", anonymous, "wantMoreOfSkills", skills))
                .post("/api/v1/clinics/{id}/feedback", spaceId).then().statusCode(201);
    }

    /** Uploads a one-person report until the read model knows the person, so the upload matches them. */
    private void awaitDirectory(String spaceId, String name, String row) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(organizer)
                .contentType("text/csv").queryParam("timeZone", "UTC")
                .body((HEADER + row).getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/clinics/{id}/attendance", spaceId).then().statusCode(200)
                .body("counts.matched", is(1)));
    }

    private static String zoom(String isoDate, String time) {
        String[] parts = isoDate.split("-");
        return parts[1] + "/" + parts[2] + "/" + parts[0] + " " + time;
    }
}
