package org.letsconnect.clinic.space;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.letsconnect.clinic.ClinicApiTest;
import org.letsconnect.clinic.SpaceRequests;
import org.letsconnect.contracts.EventType;
import org.letsconnect.contracts.Topics;
import org.letsconnect.testkit.ContractAssertions;
import org.letsconnect.testkit.WithTestInfrastructure;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A space's private meeting link reaches notification-service on the restricted {@code clinic.meetings.v1}, keyed by
 * the space: set, changed, removed (a tombstone) and forgotten when the space is cancelled; never on the public topic.
 */
@QuarkusTest
@WithTestInfrastructure
class MeetingLinkEventsTest extends ClinicApiTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String FIRST = "https://wikimedia.zoom.us/j/111111111";
    private static final String SECOND = "https://meet.jit.si/LetsConnectWikidata";

    @Test
    void theLinkIsPublishedWhenSetAndChangedAndTombstonedWhenRemoved() {
        Map<String, Object> body = SpaceRequests.clinic(30, 45);
        body.remove("meetingLink");
        String space = SpaceRequests.create(organizer, body);

        body.put("meetingLink", FIRST);
        update(space, body);
        body.put("meetingLink", SECOND);
        update(space, body);
        body.put("titles", Map.of("en", "Wikidata for beginners, again")); // the link unchanged: nothing to tell
        update(space, body);
        body.remove("meetingLink");
        update(space, body);

        List<ConsumerRecord<String, String>> records = events.awaitTombstone(Topics.CLINIC_MEETINGS, space, TIMEOUT);
        assertEquals(3, records.size(), "first link, second link, tombstone: " + records);
        JsonNode first = ContractAssertions.assertValidEvent(records.get(0).value());
        assertEquals(EventType.MEETING_CHANGED.type(), first.get("type").asText());
        assertEquals(space, first.get("subject").asText());
        assertEquals(space, first.at("/data/spaceId").asText());
        assertEquals(FIRST, first.at("/data/meetingLink").asText());
        assertEquals(SECOND, ContractAssertions.assertValidEvent(records.get(1).value()).at("/data/meetingLink")
                .asText());
        assertNull(records.get(2).value());

        for (JsonNode event : events.awaitEvents(EventType.SPACE_UPDATED, space, 1, TIMEOUT)) {
            assertFalse(event.toString().contains("zoom.us") || event.toString().contains("jit.si"),
                    "no meeting link on the public topic");
        }
    }

    @Test
    void aSpacePlannedWithALinkPublishesItAndItsCancellationTombstonesIt() {
        Map<String, Object> body = SpaceRequests.clinic(30, 45);
        body.put("meetingLink", FIRST);
        String space = SpaceRequests.open(organizer, body);
        JsonNode planned = events.awaitEvent(EventType.MEETING_CHANGED, space, TIMEOUT);
        assertEquals(FIRST, planned.at("/data/meetingLink").asText());
        JsonNode created = events.awaitEvent(EventType.SPACE_CREATED, space, TIMEOUT);
        assertFalse(created.toString().contains(FIRST), "no meeting link on the public topic");

        SpaceRequests.moveTo(organizer, space, "cancelled");
        List<ConsumerRecord<String, String>> records = events.awaitTombstone(Topics.CLINIC_MEETINGS, space, TIMEOUT);
        assertEquals(2, records.size(), "the link, then the tombstone: " + records);
        assertNull(records.get(1).value());

        // a later change of a cancelled space's link is nobody's business: only the public change is announced
        body.put("meetingLink", SECOND);
        body.put("titles", Map.of("en", "Wikidata for beginners (cancelled)"));
        update(space, body);
        events.awaitEvents(EventType.SPACE_UPDATED, space, 1, TIMEOUT);
        assertEquals(1, events.published(EventType.MEETING_CHANGED, space).size());
    }

    @Test
    void aSeriesSessionCarriesTheLinkOfTheSpaceItRepeats() {
        String origin = SpaceRequests.create(organizer, SpaceRequests.clinic(30, 45));
        List<String> sessions = given().auth().oauth2(organizer).contentType(ContentType.JSON)
                .body(Map.of("count", 2)).post("/api/v1/clinics/{id}/series", origin)
                .then().statusCode(201).extract().jsonPath().getList("id", String.class);
        assertEquals(2, sessions.size(), sessions.toString());
        for (String session : sessions) {
            assertEquals(SpaceRequests.clinic(30, 45).get("meetingLink"),
                    events.awaitEvent(EventType.MEETING_CHANGED, session, TIMEOUT).at("/data/meetingLink").asText());
        }
    }

    private void update(String space, Map<String, Object> body) {
        given().auth().oauth2(organizer).contentType(ContentType.JSON).body(body).put("/api/v1/clinics/{id}", space)
                .then().statusCode(200);
    }
}
