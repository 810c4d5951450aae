package org.letsconnect.clinic.attendance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.letsconnect.clinic.ClinicApiTest;
import org.letsconnect.clinic.RegistryEvents;
import org.letsconnect.clinic.SpaceRequests;
import org.letsconnect.contracts.EventType;
import org.letsconnect.contracts.registry.ParticipantErased;
import org.letsconnect.contracts.registry.ParticipantProfile;
import org.letsconnect.testkit.InjectInfrastructure;
import org.letsconnect.testkit.Postgres;
import org.letsconnect.testkit.WithTestInfrastructure;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/** Organizers upload a Zoom participant report, read its reconciliation and confirm who attendees are. */
@QuarkusTest
@WithTestInfrastructure
class AttendanceResourceTest extends ClinicApiTest {

    private static final String ATTENDANCE = "/api/v1/clinics/{id}/attendance";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String HEADER = "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest\n";

    @InjectInfrastructure
    Postgres postgres;

    @InjectInfrastructure
    String database;

    @Test
    void aRealisticReportIsReconciledOnceAndAConfirmationIsRemembered() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        ParticipantProfile amina = directory("Amina Yusuf " + run, "Amina Yusuf", "amina.yusuf@example.org");
        ParticipantProfile kwame = directory("Kwame Mensah " + run, "Kwame Mensah", null);
        ParticipantProfile mohamed = directory("Mohamed.Ali." + run, "Mohamed Ali", null);
        ParticipantProfile lan = directory("Lan Nguyen", "Nguyễn Thị Lan", null);
        ParticipantProfile olena = directory("Olena K " + run, "Olena Kovalenko", null);
        ParticipantProfile priya = directory("PriyaS " + run, "Priya Sharma", null);
        ParticipantProfile joao = directory("Joao " + run, "João Silva", null);
        ParticipantProfile fatima = directory("FZahra " + run, "Fatima Zahra", null);
        ParticipantProfile tunde = directory("Tunde " + run, "Tunde Adebayo", "wikilover@example.org");
        ParticipantProfile kofiBoateng = directory("KofiB " + run, "Kofi Boateng", null);
        ParticipantProfile kofiAsante = directory("KofiA " + run, "Kofi Asante", null);
        awaitDirectory(List.of(amina, kwame, mohamed, lan, olena, priya, joao, fatima, tunde, kofiBoateng, kofiAsante),
                2);

        String spaceId = spaceOn20November();
        UUID aminaRegistration = register(spaceId, amina, "Amina Yusuf");
        UUID kwameRegistration = register(spaceId, kwame, "Kwame Mensah");
        UUID mohamedRegistration = register(spaceId, mohamed, "Mohamed Ali");
        register(spaceId, lan, "Nguyễn Thị Lan");
        register(spaceId, olena, "Olena Kovalenko");
        register(spaceId, priya, "Priya Sharma");
        register(spaceId, joao, "João Silva");
        UUID sofia = registerGuest(spaceId, "Sofía Ramírez", "sofia.ramirez@example.org");
        UUID chidinma = registerGuest(spaceId, "Chidinma Okeke", "chidinma@example.org");
        SpaceRequests.moveTo(organizer, spaceId, "live");

        byte[] report = resource("clinic-report.csv");
        JsonPath first = upload(spaceId, report, "Africa/Lagos").statusCode(200)
                // the host (the summary's account) is reported apart: 14 attendees, not 15
                .body("counts.attendees", is(14))
                .body("counts.hosts", is(1))
                .body("counts.matched", is(11))
                .body("counts.ambiguous", is(1))
                .body("counts.unmatched", is(2))
                .body("counts.registered", is(9))
                .body("timeZone", is("Africa/Lagos"))
                .body("attendees[0].status", is("ambiguous"))
                .extract().jsonPath();

        Map<String, Object> aminaSeen = attendee(first, "Amina Yusuf (Amina Y.)");
        assertEquals("matched", aminaSeen.get("status"));
        assertEquals(aminaRegistration.toString(), aminaSeen.get("registrationId"));
        assertEquals(amina.participantId(), aminaSeen.get("participantId"));
        assertEquals("email", aminaSeen.get("matchedOn"));
        assertEquals(123, aminaSeen.get("minutes"));
        assertEquals(3, aminaSeen.get("joins"));
        assertEquals(true, aminaSeen.get("stayedPast90Minutes"));
        assertEquals("2026-11-20T12:58:12Z", aminaSeen.get("firstJoinedAt"));
        assertEquals("amina.yusuf@example.org", aminaSeen.get("email"));

        Map<String, Object> kwameSeen = attendee(first, "Kwame Mensah");
        assertEquals(kwameRegistration.toString(), kwameSeen.get("registrationId"));
        assertEquals("registered-name", kwameSeen.get("matchedOn"));
        assertEquals(77, kwameSeen.get("minutes"));
        assertEquals(false, kwameSeen.get("stayedPast90Minutes"),
                "left at 15:20:00 in Lagos, just before 90 minutes after the meeting opened at 13:50:02");

        // the Arabic-script name and a Latin one of the same person: one attendee, the joins merged
        Map<String, Object> mohamedSeen = attendee(first, "محمد علي");
        assertEquals(mohamedRegistration.toString(), mohamedSeen.get("registrationId"));
        assertEquals(List.of("Mohamed Ali", "محمد علي"), mohamedSeen.get("names"), "first joined first");
        assertEquals(123, mohamedSeen.get("minutes"));

        assertEquals(lan.participantId(), attendee(first, "Lan Nguyen").get("participantId"));
        assertEquals(100, attendee(first, "Lan Nguyen").get("minutes"));
        assertEquals(olena.participantId(), attendee(first, "Олена Коваленко").get("participantId"));
        assertEquals(112, attendee(first, "Олена Коваленко").get("minutes"));
        assertEquals(sofia.toString(), attendee(first, "Sofia R").get("registrationId"));
        assertNull(attendee(first, "Sofia R").get("participantId"));
        Map<String, Object> priyaSeen = attendee(first, "Sharma Priya");
        assertEquals(priya.participantId(), priyaSeen.get("participantId"));
        assertEquals(125, priyaSeen.get("minutes"));
        assertEquals(joao.participantId(), attendee(first, "joao silva").get("participantId"));
        assertEquals(chidinma.toString(), attendee(first, "Chidimma Okeke").get("registrationId"));
        assertEquals("spelling", attendee(first, "Chidimma Okeke").get("similarity"));
        Map<String, Object> fatimaSeen = attendee(first, "Fatima Zahra");
        assertEquals(fatima.participantId(), fatimaSeen.get("participantId"));
        assertNull(fatimaSeen.get("registrationId"), "attended without registering");
        assertEquals(tunde.participantId(), attendee(first, "WikiLover").get("participantId"));
        assertEquals("email", attendee(first, "WikiLover").get("matchedOn"));
        for (String unmatched : List.of("Galaxy A12", "Ngozi, Lagos")) {
            assertEquals("unmatched", attendee(first, unmatched).get("status"), unmatched);
        }
        Map<String, Object> host = attendee(first, "Let's Connect Host");
        assertEquals("host", host.get("status"));
        assertNull(host.get("participantId"));

        Map<String, Object> kofi = attendee(first, "Kofi");
        assertEquals("ambiguous", kofi.get("status"));
        List<Map<String, Object>> candidates = cast(kofi.get("candidates"));
        assertEquals(2, candidates.size());
        assertEquals(List.of(kofiAsante.participantId(), kofiBoateng.participantId()).stream().sorted().toList(),
                candidates.stream().map(c -> (String) c.get("participantId")).sorted().toList());
        assertEquals("partial", candidates.get(0).get("similarity"));

        List<JsonNode> recorded = events.awaitEvents(EventType.ATTENDANCE_RECORDED, spaceId, 14, TIMEOUT);
        assertEquals(14, recorded.size(), "one event per attendee, none for the host");
        JsonNode aminaEvent = recorded.stream()
                .filter(e -> amina.participantId().equals(e.at("/data/participantId").asText())).findFirst()
                .orElseThrow();
        assertEquals(123, aminaEvent.at("/data/minutes").asInt());
        assertEquals(aminaRegistration.toString(), aminaEvent.at("/data/registrationId").asText());

        // the same report again changes nothing: same rows, no new events
        JsonPath again = upload(spaceId, report, "Africa/Lagos").statusCode(200).extract().jsonPath();
        assertEquals(first.getList("attendees"), again.getList("attendees"));
        assertEquals(first.getString("uploadedAt"), again.getString("uploadedAt"));
        Thread.sleep(2000);
        assertEquals(14, events.published(EventType.ATTENDANCE_RECORDED, spaceId).size());

        // a bad file afterwards is refused whole and leaves the reconciliation as it was
        upload(spaceId, "Name,Email\nKofi,\n".getBytes(StandardCharsets.UTF_8), null).statusCode(400);
        assertEquals(first.getList("attendees"), reconciliation(spaceId).extract().jsonPath().getList("attendees"));

        // the organizer confirms who Kofi is: linked, remembered, announced once
        given().auth().oauth2(organizer).contentType("application/json")
                .body(Map.of("attendeeId", kofi.get("id"), "participantId", kofiBoateng.participantId()))
                .post(ATTENDANCE + "/confirmations", spaceId)
                .then().statusCode(200)
                .body("counts.matched", is(12))
                .body("counts.ambiguous", is(0));
        JsonPath confirmed = reconciliation(spaceId).extract().jsonPath();
        Map<String, Object> kofiNow = attendee(confirmed, "Kofi");
        assertEquals(kofi.get("id"), kofiNow.get("id"));
        assertEquals(kofiBoateng.participantId(), kofiNow.get("participantId"));
        assertEquals("alias", kofiNow.get("matchedOn"));
        assertEquals(105, kofiNow.get("minutes"));
        List<JsonNode> afterConfirmation = events.awaitEvents(EventType.ATTENDANCE_RECORDED, spaceId, 15, TIMEOUT);
        assertEquals(1, afterConfirmation.stream()
                .filter(e -> kofiBoateng.participantId().equals(e.at("/data/participantId").asText())).count());

        // "Galaxy A12" was the guest Chidinma's phone: one attendee with her laptop's joins, minutes unchanged
        given().auth().oauth2(organizer).contentType("application/json")
                .body(Map.of("attendeeId", attendee(confirmed, "Galaxy A12").get("id"),
                        "registrationId", chidinma.toString()))
                .post(ATTENDANCE + "/confirmations", spaceId)
                .then().statusCode(200)
                .body("counts.attendees", is(13))
                .body("counts.unmatched", is(1));
        Map<String, Object> chidinmaNow = attendee(reconciliation(spaceId).extract().jsonPath(), "Chidimma Okeke");
        assertEquals(List.of("Chidimma Okeke", "Galaxy A12"), chidinmaNow.get("names"));
        assertEquals(93, chidinmaNow.get("minutes"), "the phone's joins fall within the laptop's");
        assertEquals(3, chidinmaNow.get("joins"));

        upload(spaceId, report, "Africa/Lagos").statusCode(200).body("counts.matched", is(12));
        Thread.sleep(2000);
        assertEquals(15, events.published(EventType.ATTENDANCE_RECORDED, spaceId).size(),
                "nothing new: Chidinma's minutes and link are as announced");

        // in the next Clinic a confirmed name matches by itself only where it is unambiguous: the phone's name
        // among that space's registrants (Chidinma registered again), but not the bare first name "Kofi", which
        // Kofi Asante shares: Kofi Boateng is offered first instead of applied
        String nextSpace = spaceOn20November();
        UUID chidinmaAgain = registerGuest(nextSpace, "Chidinma Okeke", "Chidinma@example.org");
        SpaceRequests.moveTo(organizer, nextSpace, "live");
        JsonPath next = upload(nextSpace, (HEADER
                + "Kofi (he/him),,11/20/2026 02:00:00 PM,11/20/2026 03:45:00 PM,105,Yes\n"
                + "Galaxy A12,,11/20/2026 02:00:00 PM,11/20/2026 03:00:00 PM,60,Yes\n")
                .getBytes(StandardCharsets.UTF_8), "Africa/Lagos").statusCode(200)
                .body("counts.matched", is(1)).body("counts.ambiguous", is(1)).extract().jsonPath();
        Map<String, Object> kofiNext = attendee(next, "Kofi");
        assertEquals("ambiguous", kofiNext.get("status"));
        assertNull(kofiNext.get("participantId"));
        List<Map<String, Object>> offered = cast(kofiNext.get("candidates"));
        assertEquals(kofiBoateng.participantId(), offered.get(0).get("participantId"));
        assertEquals("alias", offered.get(0).get("matchedOn"));
        assertEquals(chidinmaAgain.toString(), attendee(next, "Galaxy A12").get("registrationId"));
        assertEquals("alias", attendee(next, "Galaxy A12").get("matchedOn"));
        // both attendees are announced in one transaction: once both events are there, none names Kofi Boateng
        List<JsonNode> nextRecorded = events.awaitEvents(EventType.ATTENDANCE_RECORDED, nextSpace, 2, TIMEOUT);
        assertEquals(2, nextRecorded.size());
        assertTrue(nextRecorded.stream()
                .noneMatch(e -> kofiBoateng.participantId().equals(e.at("/data/participantId").asText())));

        // the organizer undoes the confirmation of Kofi in the first space: he is offered again, the alias forgotten
        given().auth().oauth2(organizer).delete(ATTENDANCE + "/confirmations/{attendee}", spaceId, kofi.get("id"))
                .then().statusCode(200)
                .body("counts.matched", is(11))
                .body("counts.ambiguous", is(1));
        assertEquals("ambiguous", attendee(reconciliation(spaceId).extract().jsonPath(), "Kofi").get("status"));
        // three retractions in this space: Kofi and the phone were first announced as no one (replaced when
        // confirmed; the phone's row is now part of Chidinma's), then Kofi Boateng's attendance, undone
        List<JsonNode> retractions = events.awaitEvents(EventType.ATTENDANCE_RETRACTED, spaceId, 3, TIMEOUT);
        assertEquals(3, retractions.size());
        JsonNode undone = retractions.stream()
                .filter(e -> kofiBoateng.participantId().equals(e.at("/data/participantId").asText())).findFirst()
                .orElseThrow();
        assertEquals("confirmation-undone", undone.at("/data/reason").asText());
        List<JsonNode> asNoOne = retractions.stream().filter(e -> e != undone).toList();
        assertEquals(2, asNoOne.size());
        for (JsonNode retraction : asNoOne) {
            assertEquals("report-corrected", retraction.at("/data/reason").asText());
            assertTrue(!retraction.at("/data/participantId").isTextual()
                    && !retraction.at("/data/registrationId").isTextual(), "announced as no one: " + retraction);
        }
        given().auth().oauth2(organizer).delete(ATTENDANCE + "/confirmations/{attendee}", spaceId, kofi.get("id"))
                .then().statusCode(409).contentType("application/problem+json");
        upload(nextSpace, (HEADER + "Kofi (he/him),,11/20/2026 02:00:00 PM,11/20/2026 03:45:00 PM,105,Yes\n")
                .getBytes(StandardCharsets.UTF_8), "Africa/Lagos").statusCode(200)
                .body("attendees[0].candidates.matchedOn", not(hasItem("alias")));
        // the corrected report no longer has the phone: Chidinma's attendance there is retracted
        JsonNode corrected = events.awaitEvents(EventType.ATTENDANCE_RETRACTED, nextSpace, 1, TIMEOUT).get(0);
        assertEquals(chidinmaAgain.toString(), corrected.at("/data/registrationId").asText());
        assertEquals("report-corrected", corrected.at("/data/reason").asText());

        for (JsonNode event : events.published(EventType.ATTENDANCE_RECORDED, spaceId)) {
            assertFalse(event.toString().contains("@"), "no email in " + event);
        }
    }

    @Test
    void aReportIsHeldAgainstItsSessionAndRetentionDoesNotHangOnTheZoneGiven() throws Exception {
        String spaceId = heldSpace(); // 20 November 2026, 14:00–16:00 in Lagos
        byte[] report = resource("clinic-report.csv");

        // a report of another day: refused saying which times disagree, nothing stored
        String otherDay = new String(report, StandardCharsets.UTF_8).replace("11/20/2026", "11/27/2026");
        upload(spaceId, otherDay.getBytes(StandardCharsets.UTF_8), "Africa/Lagos").statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", is("file"))
                .body("errors[0].message", containsString("Nov 27, 2026"))
                .body("errors[0].message", containsString("Nov 20, 2026"));
        // read in New York's zone the same report is six hours off: the refusal names the zone that fits
        given().auth().oauth2(organizer).contentType("text/csv").header("Accept-Language", "fr").body(report)
                .queryParam("timeZone", "America/New_York").post(ATTENDANCE, spaceId).then().statusCode(400)
                .body("errors[0].field", is("timeZone"))
                .body("errors[0].message", containsString("Africa/Lagos"))
                .body("errors[0].message", containsString("20 nov. 2026"));
        reconciliation(spaceId).body("counts.attendees", is(0)).body("uploadedAt", nullValue());

        // read in UTC (an hour off Lagos) it still overlaps the session, and retention is measured from the
        // meeting's own start in the report: the same figure either way
        int inLagos = upload(spaceId, report, "Africa/Lagos").statusCode(200).extract().path(
                "counts.stayedPast90Minutes");
        int inUtc = upload(spaceId, report, "UTC").statusCode(200).body("timeZone", is("UTC"))
                .extract().path("counts.stayedPast90Minutes");
        assertEquals(inLagos, inUtc);
        assertTrue(inLagos > 0, "some stayed");
    }

    @Test
    void theSpacesOrganizerAndTheProgrammesAccountsAreHostsWithoutASummary() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String organizerEmail = "organizer." + run + "@example.org";
        ParticipantProfile me = directory("Organizer " + run, "Organizer " + run, organizerEmail);
        ParticipantProfile amina = directory("Amina " + run, "Amina Bello " + run, null);
        awaitDirectory(List.of(me, amina), 1);
        String mine = issuer.token(me.username(), "organizer");
        Map<String, Object> body = SpaceRequests.clinic(1, 45);
        body.put("startsAt", "2026-11-20T13:00:00Z");
        body.put("endsAt", "2026-11-20T15:00:00Z");
        String spaceId = SpaceRequests.open(mine, body);
        SpaceRequests.moveTo(mine, spaceId, "live");
        given().auth().oauth2(mine).contentType("text/csv").body((HEADER
                + "Organizer (co-host)," + organizerEmail.toUpperCase()
                + ",11/20/2026 01:55:00 PM,11/20/2026 04:00:00 PM,125,No\n"
                + "Programme account,programme@letsconnect.example,11/20/2026 01:58:00 PM,11/20/2026 04:01:00 PM,123,No\n"
                + "Amina Bello " + run + ",,11/20/2026 02:00:00 PM,11/20/2026 03:40:00 PM,100,Yes\n")
                .getBytes(StandardCharsets.UTF_8)).queryParam("timeZone", "Africa/Lagos")
                .post(ATTENDANCE, spaceId).then().statusCode(200)
                .body("counts.attendees", is(1))
                .body("counts.hosts", is(2))
                .body("counts.stayedPast90Minutes", is(1))
                .body("attendees.status", contains("matched", "host", "host"));
        List<JsonNode> recorded = events.awaitEvents(EventType.ATTENDANCE_RECORDED, spaceId, 1, TIMEOUT);
        assertEquals(amina.participantId(), recorded.get(0).at("/data/participantId").asText());
        given().auth().oauth2(mine).get("/api/v1/clinics/{id}/report", spaceId).then().statusCode(200)
                .body("attendance.attendees", is(1));

        // a report without its summary cannot tell Zoom's host account: counted, then the full export says who
        // hosted, and the attendance announced for that row is retracted as the host's
        String other = SpaceRequests.open(mine, body);
        SpaceRequests.moveTo(mine, other, "live");
        String rows = "Host account,host." + run + "@example.org,11/20/2026 01:50:00 PM,11/20/2026 04:05:00 PM,135,No\n"
                + "Amina Bello " + run + ",,11/20/2026 02:00:00 PM,11/20/2026 03:40:00 PM,100,Yes\n";
        given().auth().oauth2(mine).contentType("text/csv").body((HEADER + rows).getBytes(StandardCharsets.UTF_8))
                .queryParam("timeZone", "Africa/Lagos").post(ATTENDANCE, other).then().statusCode(200)
                .body("counts.attendees", is(2)).body("counts.hosts", is(0));
        given().auth().oauth2(mine).contentType("text/csv").body(("Meeting ID,Topic,Start Time,End Time,User Email,"
                + "Duration (Minutes),Participants\n834 1234 5678,Clinic,11/20/2026 01:50:00 PM,11/20/2026 04:05:00 PM,"
                + "host." + run + "@example.org,135,2\n\n" + HEADER + rows).getBytes(StandardCharsets.UTF_8))
                .queryParam("timeZone", "Africa/Lagos").post(ATTENDANCE, other).then().statusCode(200)
                .body("counts.attendees", is(1)).body("counts.hosts", is(1));
        List<JsonNode> retracted = events.awaitEvents(EventType.ATTENDANCE_RETRACTED, other, 1, TIMEOUT);
        assertEquals(1, retracted.size());
        assertEquals("host", retracted.get(0).at("/data/reason").asText());
        given().auth().oauth2(mine).get("/api/v1/clinics/{id}/report", other).then().statusCode(200)
                .body("attendance.attendees", is(1));
    }

    @Test
    void theSpaceAndProgrammeReportsAgreeWithTheReconciliationAfterEveryChange() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        // a past day of its own, so that the programme report over it sees this space alone
        LocalDate day = LocalDate.of(2015, 1, 1).plusDays(new java.util.Random().nextInt(3600));
        ParticipantProfile ada = directory("Ada " + run, "Ada Obi " + run, null);
        ParticipantProfile bola = directory("Bola " + run, "Bola Ade " + run, null);
        awaitDirectory(List.of(ada, bola), 0);
        Map<String, Object> body = SpaceRequests.clinic(1, 45);
        body.put("startsAt", day + "T13:00:00Z");
        body.put("endsAt", day + "T15:00:00Z");
        String spaceId = SpaceRequests.open(organizer, body);
        register(spaceId, ada, "Ada Obi " + run);
        SpaceRequests.moveTo(organizer, spaceId, "live");
        String date = day.format(java.time.format.DateTimeFormatter.ofPattern("MM/dd/yyyy"));
        String summary = "Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants\n"
                + "834 1234 5678,Clinic," + date + " 01:55:00 PM," + date + " 04:00:00 PM,host." + run
                + "@example.org,125,4\n\n";
        String host = "Host," + "host." + run + "@example.org," + date + " 01:55:00 PM," + date + " 04:00:00 PM,125,No\n";
        String adaRow = "Ada Obi " + run + ",," + date + " 02:00:00 PM," + date + " 03:40:00 PM,100,Yes\n";
        String bolaRow = "Bola Ade " + run + ",," + date + " 02:10:00 PM," + date + " 02:50:00 PM,40,Yes\n";
        String stranger = "Zed Nobody " + run + ",," + date + " 02:00:00 PM," + date + " 03:45:00 PM,105,Yes\n";

        upload(spaceId, (summary + HEADER + host + adaRow + bolaRow + stranger).getBytes(StandardCharsets.UTF_8),
                "Africa/Lagos").statusCode(200).body("counts.attendees", is(3)).body("counts.hosts", is(1));
        assertReportsAgree(spaceId, day, 3);

        // a corrected report without Bola: the reports follow
        upload(spaceId, (summary + HEADER + host + adaRow + stranger).getBytes(StandardCharsets.UTF_8),
                "Africa/Lagos").statusCode(200).body("counts.attendees", is(2));
        assertReportsAgree(spaceId, day, 2);

        // Ada erases her profile: her attendance stays counted, nameless
        events.publish(EventType.PARTICIPANT_ERASED, new ParticipantErased(ada.participantId(), ada.subject(),
                Instant.now()));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> reconciliation(spaceId)
                .body("attendees.find { it.minutes == 100 }.names", empty()));
        assertReportsAgree(spaceId, day, 2);
    }

    /** The space's report and the programme report over its day say what the reconciliation says. */
    private void assertReportsAgree(String spaceId, LocalDate day, int attendees) {
        Map<String, Integer> counts = reconciliation(spaceId).extract().path("counts");
        assertEquals(attendees, counts.get("attendees"));
        given().auth().oauth2(organizer).get("/api/v1/clinics/{id}/report", spaceId).then().statusCode(200)
                .body("attendance.attendees", is(counts.get("attendees")))
                .body("attendance.registered", is(counts.get("registered")))
                .body("attendance.unmatched", is(counts.get("ambiguous") + counts.get("unmatched")))
                .body("attendance.stayedPast90Minutes", is(counts.get("stayedPast90Minutes")));
        given().auth().oauth2(organizer).queryParam("from", day.toString()).queryParam("to", day.plusDays(1).toString())
                .get("/api/v1/reports/programme").then().statusCode(200)
                .body("spacesWithAttendance", is(1))
                .body("attendances", is(counts.get("attendees")));
    }

    @Test
    void anErasedAttendeeStaysCountedNamelessThroughConfirmations() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        ParticipantProfile bongani = directory("Bongani " + run, "Bongani Dlamini", "bongani." + run + "@example.org");
        ParticipantProfile thandiwe = directory("Thandiwe " + run, "Thandiwe Nkosi", null);
        awaitDirectory(List.of(bongani, thandiwe), 1);
        String spaceId = heldSpace();
        JsonPath uploaded = upload(spaceId, (HEADER
                + "Bongani D,bongani." + run + "@example.org,11/20/2026 02:00:00 PM,11/20/2026 04:00:00 PM,120,No\n"
                + "Thandi,,11/20/2026 02:10:00 PM,11/20/2026 03:00:00 PM,50,Yes\n").getBytes(StandardCharsets.UTF_8),
                "Africa/Lagos").statusCode(200).body("counts.matched", is(1)).body("counts.ambiguous", is(1))
                .extract().jsonPath();

        events.publish(EventType.PARTICIPANT_ERASED,
                new ParticipantErased(bongani.participantId(), bongani.subject(), Instant.now()));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> reconciliation(spaceId)
                .body("attendees.find { it.minutes == 120 }.names", empty())
                .body("attendees.find { it.minutes == 120 }.email", nullValue()));

        given().auth().oauth2(organizer).contentType("application/json")
                .body(Map.of("attendeeId", attendee(uploaded, "Thandi").get("id"),
                        "participantId", thandiwe.participantId()))
                .post(ATTENDANCE + "/confirmations", spaceId)
                .then().statusCode(200)
                .body("counts.attendees", is(2))
                .body("counts.matched", is(2))
                .body("attendees.find { it.minutes == 120 }.participantId", is(bongani.participantId()))
                .body("attendees.find { it.minutes == 50 }.participantId", is(thandiwe.participantId()));
    }

    @Test
    void onlyOrganizersUploadAndRead() {
        String spaceId = heldSpace();
        byte[] report = (HEADER + "Amina,,11/20/2026 02:00:00 PM,11/20/2026 03:00:00 PM,60,Yes\n")
                .getBytes(StandardCharsets.UTF_8);
        given().contentType("text/csv").body(report).post(ATTENDANCE, spaceId).then().statusCode(401);
        given().get(ATTENDANCE, spaceId).then().statusCode(401);
        String participant = issuer.token("Participant " + UUID.randomUUID());
        given().auth().oauth2(participant).contentType("text/csv").body(report).post(ATTENDANCE, spaceId)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(participant).get(ATTENDANCE, spaceId).then().statusCode(403);
        given().auth().oauth2(participant).contentType("application/json")
                .body(Map.of("attendeeId", UUID.randomUUID(), "participantId", UUID.randomUUID()))
                .post(ATTENDANCE + "/confirmations", spaceId).then().statusCode(403);
        String admin = issuer.token("Admin " + UUID.randomUUID(), "admin");
        reconciliation(spaceId).body("counts.attendees", is(0)).body("uploadedAt", nullValue());
        given().auth().oauth2(admin).get(ATTENDANCE, spaceId).then().statusCode(200);

        // a browser form's file field works as well
        given().auth().oauth2(admin).multiPart("file", "participants.csv", report, "text/csv")
                .post(ATTENDANCE, spaceId).then().statusCode(200).body("counts.attendees", is(1))
                .body("attendees[0].minutes", is(60)).body("timeZone", is("Africa/Lagos"));
        given().auth().oauth2(admin).multiPart("other", "participants.csv", report, "text/csv")
                .post(ATTENDANCE, spaceId).then().statusCode(400).body("errors[0].field", is("file"));
    }

    @Test
    void aSpaceThatHasNotTakenPlaceOrDoesNotExistIsRefused() {
        String open = SpaceRequests.open(organizer, SpaceRequests.clinic(20, 45));
        byte[] report = (HEADER + "Amina,,11/20/2026 02:00:00 PM,11/20/2026 03:00:00 PM,60,Yes\n")
                .getBytes(StandardCharsets.UTF_8);
        upload(open, report, null).statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("open-for-registration"));
        upload(UUID.randomUUID().toString(), report, null).statusCode(404);
        reconciliation(UUID.randomUUID().toString(), 404);
        String held = heldSpace();
        upload(held, report, "Mars/Olympus").statusCode(400).body("errors[0].field", is("timeZone"));
        upload(held, report, "+01:00").statusCode(400).body("errors[0].field", is("timeZone"));
        given().auth().oauth2(organizer).contentType("application/json")
                .body(Map.of("attendeeId", UUID.randomUUID(), "participantId", UUID.randomUUID(),
                        "registrationId", UUID.randomUUID()))
                .post(ATTENDANCE + "/confirmations", open).then().statusCode(400);
        given().auth().oauth2(organizer).contentType("application/json")
                .body(Map.of("attendeeId", UUID.randomUUID(), "participantId", UUID.randomUUID()))
                .post(ATTENDANCE + "/confirmations", open).then().statusCode(404);
    }

    @Test
    void malformedReportsAreRefusedSayingWhatIsWrongAndNothingIsStored() {
        String spaceId = heldSpace();
        String row = "Amina Yusuf,,11/20/2026 02:00:00 PM,11/20/2026 03:00:00 PM,60,Yes\n";
        refused(spaceId, new byte[0], "The file is empty.");
        refused(spaceId, "Participant,Email,Minutes\nAmina,,60\n".getBytes(StandardCharsets.UTF_8),
                "The file lacks the columns Join Time, Leave Time.");
        refused(spaceId, "Name (Original Name),User Email,Join Time,Duration (Minutes)\nAmina,,11/20/2026 02:00:00 PM,60\n"
                .getBytes(StandardCharsets.UTF_8), "The file lacks the column Leave Time.");
        refused(spaceId, (HEADER + "José Núñez,,11/20/2026 02:00:00 PM,11/20/2026 03:00:00 PM,60,Yes\n")
                .getBytes(StandardCharsets.ISO_8859_1), "The file is not UTF-8 text (see line 2, column 4)");
        refused(spaceId, (HEADER + row).getBytes(StandardCharsets.UTF_16), "The file is UTF-16 text, not UTF-8.");
        refused(spaceId, (HEADER + row + "Kwame,,20.11.2026 14:00,11/20/2026 03:00:00 PM,60,Yes\n")
                .getBytes(StandardCharsets.UTF_8),
                "Line 3, column Join Time: \"20.11.2026 14:00\" is not a time as Zoom writes it");
        refused(spaceId, HEADER.getBytes(StandardCharsets.UTF_8), "The report has no participants");
        StringBuilder many = new StringBuilder(HEADER);
        for (int i = 0; i <= 10_000; i++) {
            many.append("Person ").append(i).append(",,11/20/2026 02:00:00 PM,11/20/2026 03:00:00 PM,60,Yes\n");
        }
        refused(spaceId, many.toString().getBytes(StandardCharsets.UTF_8), "The file has more than 10,000 rows.");
        byte[] huge = new byte[2 * 1024 * 1024 + 1];
        java.util.Arrays.fill(huge, (byte) 'a');
        refused(spaceId, huge, "The file is larger than 2 MB.");
        refused(spaceId, "{\"name\": \"not a report\"}".getBytes(StandardCharsets.UTF_8), "The file lacks the columns");

        reconciliation(spaceId).body("counts.attendees", is(0)).body("attendees", empty())
                .body("uploadedAt", nullValue());
        given().auth().oauth2(organizer).header("Accept-Language", "fr").contentType("text/csv").body(new byte[0])
                .post(ATTENDANCE, spaceId).then().statusCode(400)
                .body("errors[0].message", is("Le fichier est vide."));
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private void refused(String spaceId, byte[] file, String message) {
        upload(spaceId, file, "Africa/Lagos").statusCode(400).contentType("application/problem+json")
                .body("type", is("urn:letsconnect:problem:validation"))
                .body("errors", hasSize(1))
                .body("errors[0].field", is("file"))
                .body("errors[0].message", containsString(message));
    }

    private ValidatableResponse upload(String spaceId, byte[] file, String timeZone) {
        var request = given().auth().oauth2(organizer).contentType("text/csv").body(file);
        if (timeZone != null) {
            request = request.queryParam("timeZone", timeZone);
        }
        return request.post(ATTENDANCE, spaceId).then();
    }

    private ValidatableResponse reconciliation(String spaceId) {
        return reconciliation(spaceId, 200);
    }

    private ValidatableResponse reconciliation(String spaceId, int status) {
        return given().auth().oauth2(organizer).get(ATTENDANCE, spaceId).then().statusCode(status);
    }

    /** A Clinic on 20 November 2026, 14:00–16:00 in Lagos, open for registration. */
    private String spaceOn20November() {
        Map<String, Object> body = SpaceRequests.clinic(1, 45);
        body.put("startsAt", "2026-11-20T13:00:00Z");
        body.put("endsAt", "2026-11-20T15:00:00Z");
        return SpaceRequests.open(organizer, body);
    }

    /** The same Clinic, now live. */
    private String heldSpace() {
        String id = spaceOn20November();
        SpaceRequests.moveTo(organizer, id, "live");
        return id;
    }

    private static Map<String, Object> attendee(JsonPath reconciliation, String name) {
        List<Map<String, Object>> attendees = reconciliation.getList("attendees");
        return attendees.stream().filter(a -> ((List<?>) a.get("names")).stream()
                .anyMatch(n -> n.equals(name) || ((String) n).startsWith(name + " ("))).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not among " + attendees));
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = AttendanceResourceTest.class.getResourceAsStream("/attendance/" + name)) {
            return in.readAllBytes();
        }
    }

    /** A participant of the registry, announced as registry-service would, with their private email if any. */
    private ParticipantProfile directory(String username, String displayName, String email) {
        ParticipantProfile profile = RegistryEvents.register(events, username, displayName, "sub-saharan-africa", "NG", 2020,
                "en");
        if (email != null) {
            RegistryEvents.contact(events, profile, email);
        }
        return profile;
    }

    private void awaitDirectory(List<ParticipantProfile> people, int contacts) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            try (Connection connection = postgres.connect(database);
                    PreparedStatement query = connection.prepareStatement("""
                            select (select count(*) from directory_participant where participant_id = any(?)),
                                   (select count(*) from directory_contact where participant_id = any(?))""")) {
                UUID[] ids = people.stream().map(p -> UUID.fromString(p.participantId())).toArray(UUID[]::new);
                query.setArray(1, connection.createArrayOf("uuid", ids));
                query.setArray(2, connection.createArrayOf("uuid", ids));
                try (ResultSet result = query.executeQuery()) {
                    result.next();
                    return result.getInt(1) == people.size() && result.getInt(2) == contacts;
                }
            }
        });
    }

    /** The participant registers themselves, under the name the directory knows. */
    private UUID register(String spaceId, ParticipantProfile participant, String name) {
        String id = given().auth().oauth2(issuer.token(participant.username())).contentType("application/json")
                .body(Map.of()).post("/api/v1/clinics/{id}/registrations", spaceId)
                .then().statusCode(201).body("name", is(name)).extract().path("id");
        return UUID.fromString(id);
    }

    private UUID registerGuest(String spaceId, String name, String email) {
        String id = given().contentType("application/json")
                .body(Map.of("name", name, "email", email, "language", "en", "timeZone", "Africa/Lagos"))
                .post("/api/v1/clinics/{id}/guest-registrations", spaceId)
                .then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }
}
