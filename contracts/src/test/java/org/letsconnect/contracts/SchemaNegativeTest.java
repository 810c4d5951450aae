package org.letsconnect.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ValidationMessage;

/** The schemas reject what they must reject, so the conformance tests can fail. */
class SchemaNegativeTest {

    private static ObjectNode payload(EventType type) {
        return Events.objectMapper().valueToTree(Samples.of(type));
    }

    private static void assertInvalid(EventType type, Consumer<ObjectNode> breakIt, String expectedInMessage) {
        ObjectNode json = payload(type);
        assertTrue(Schemas.validate(type.schemaResource(), json).isEmpty(), "sample valid before breaking it");
        breakIt.accept(json);
        Set<ValidationMessage> errors = Schemas.validate(type.schemaResource(), json);
        assertFalse(errors.isEmpty(), () -> type + " accepted " + json);
        assertTrue(errors.toString().contains(expectedInMessage), () -> errors + " should mention " + expectedInMessage);
    }

    @Test
    void missingRequiredFieldIsRejected() {
        assertInvalid(EventType.PARTICIPANT_REGISTERED, j -> j.remove("username"), "username");
        assertInvalid(EventType.SPACE_CREATED, j -> j.remove("startsAt"), "startsAt");
        assertInvalid(EventType.ROLE_CHANGED, j -> j.remove("roles"), "roles");
        assertInvalid(EventType.DELIVERY_FAILED, j -> j.remove("reason"), "reason");
        assertInvalid(EventType.GUEST_CONTACT_CHANGED, j -> j.remove("email"), "email");
        assertInvalid(EventType.GUEST_CONTACT_CHANGED, j -> j.putNull("name"), "name");
        assertInvalid(EventType.MEETING_CHANGED, j -> j.putNull("meetingLink"), "meetingLink");
    }

    @Test
    void deliveryToAGuestNamesNoParticipantButAnUnknownChannelIsRejected() {
        ObjectNode guest = payload(EventType.DELIVERY_SENT);
        guest.putNull("participantId");
        assertTrue(Schemas.validate(EventType.DELIVERY_SENT.schemaResource(), guest).isEmpty(), guest::toString);
        assertInvalid(EventType.DELIVERY_FAILED, j -> j.put("channel", "sms"), "channel");
        assertInvalid(EventType.DELIVERY_SENT, j -> j.put("participantId", "guest"), "participantId");
    }

    @Test
    void badWikidataCodeIsRejected() {
        assertInvalid(EventType.PARTICIPANT_UPDATED, j -> ((ArrayNode) j.get("skillsToLearn")).add("grant-writing"),
                "skillsToLearn");
        assertInvalid(EventType.SPACE_UPDATED, j -> ((ArrayNode) j.get("skills")).add("Q0123"), "skills");
        assertInvalid(EventType.CONNECTION_REQUESTED, j -> j.put("skill", "q42"), "skill");
    }

    @Test
    void connectionCodesAreChecked() {
        assertInvalid(EventType.CONNECTION_FEEDBACK_SUBMITTED, j -> j.put("rating", 6), "rating");
        assertInvalid(EventType.CONNECTION_FEEDBACK_SUBMITTED, j -> j.put("author", "organizer"), "author");
        assertInvalid(EventType.CONNECTION_CANCELLED, j -> j.put("cancelledBy", "robot"), "cancelledBy");
        assertInvalid(EventType.CONNECTION_PROPOSED, j -> j.remove("proposedBy"), "proposedBy");
        assertInvalid(EventType.CONNECTION_OPENED, j -> j.put("state", "waiting"), "state");
        assertInvalid(EventType.CONNECTION_EXPIRED, j -> j.put("nextSharerId", "someone"), "nextSharerId");
    }

    @Test
    void badUuidIsRejected() {
        assertInvalid(EventType.REGISTRATION_CREATED, j -> j.put("spaceId", "clinic-42"), "spaceId");
        assertInvalid(EventType.PARTICIPANT_ERASED, j -> j.put("participantId", "3f2b8c1e5a4d4e6f9b7a2c1d0e9f8a7b"),
                "participantId");
    }

    @Test
    void formatsAreAsserted() {
        // date-time has no pattern in the schemas: only format assertion catches these
        assertInvalid(EventType.SPACE_CREATED, j -> j.put("startsAt", "2025-13-40T25:00:00Z"), "startsAt");
        assertInvalid(EventType.MILESTONE_DUE, j -> j.put("dueOn", "27/03/2025"), "dueOn");
        assertInvalid(EventType.CONTACT_CHANGED, j -> j.put("email", "not an address"), "email");
        assertInvalid(EventType.GUEST_CONTACT_CHANGED, j -> j.put("email", "not an address"), "email");
    }

    @Test
    void otherCodesAreChecked() {
        assertInvalid(EventType.PARTICIPANT_REGISTERED, j -> j.put("country", "Nigeria"), "country");
        assertInvalid(EventType.PARTICIPANT_REGISTERED, j -> j.put("region", "africa"), "region");
        assertInvalid(EventType.PARTICIPANT_REGISTERED,
                j -> ((ObjectNode) j.get("languages").get(0)).put("code", "English"), "code");
        assertInvalid(EventType.FEEDBACK_SUBMITTED, j -> j.put("usefulness", 6), "usefulness");
        assertInvalid(EventType.SPACE_TRANSITIONED, j -> j.put("to", "done"), "to");
        assertInvalid(EventType.MEETING_CHANGED, j -> j.put("meetingLink", "http://wikimedia.zoom.us/j/1"),
                "meetingLink");
        assertInvalid(EventType.GUEST_CONTACT_CHANGED, j -> j.put("timeZone", "+01:00"), "timeZone");
        assertInvalid(EventType.GUEST_CONTACT_CHANGED, j -> j.put("language", "Hausa"), "language");
        assertInvalid(EventType.ATTENDANCE_RETRACTED, j -> j.put("reason", "organizer"), "reason");
        assertInvalid(EventType.ATTENDANCE_RETRACTED, j -> j.remove("reason"), "reason");
        assertInvalid(EventType.BADGE_WITHDRAWN, j -> j.put("reason", "organizer"), "reason");
        assertInvalid(EventType.BADGE_WITHDRAWN, j -> j.remove("reason"), "reason");
    }

    @Test
    void aWithdrawalNamesTheAwardItWithdraws() {
        assertInvalid(EventType.BADGE_WITHDRAWN, j -> j.remove("awardId"), "awardId");
        assertInvalid(EventType.BADGE_WITHDRAWN, j -> j.put("awardId", "clinic-attendee"), "awardId");
        assertInvalid(EventType.BADGE_WITHDRAWN, j -> j.remove("badge"), "badge");
        assertInvalid(EventType.BADGE_WITHDRAWN, j -> j.put("badge", "Clinic Attendee"), "badge");
        ObjectNode spaceless = payload(EventType.BADGE_WITHDRAWN);
        spaceless.putNull("spaceId");
        assertTrue(Schemas.validate(EventType.BADGE_WITHDRAWN.schemaResource(), spaceless).isEmpty(),
                spaceless::toString);
    }

    @Test
    void aRetractionOfAnAttendeeMatchedToNoOneNamesNeither() {
        ObjectNode unmatched = payload(EventType.ATTENDANCE_RETRACTED);
        unmatched.putNull("participantId");
        unmatched.putNull("registrationId");
        unmatched.put("reason", "host");
        assertTrue(Schemas.validate(EventType.ATTENDANCE_RETRACTED.schemaResource(), unmatched).isEmpty(),
                unmatched::toString);
        assertInvalid(EventType.ATTENDANCE_RETRACTED, j -> j.put("registrationId", "guest-7"), "registrationId");
    }

    @Test
    void envelopeChecksAttributesAndDataOfItsType() {
        ObjectNode event = Events.objectMapper().valueToTree(Samples.event(EventType.PARTICIPANT_REGISTERED));
        assertTrue(Schemas.validateEnvelope(event).isEmpty());

        ObjectNode wrongData = event.deepCopy();
        wrongData.set("data", payload(EventType.PARTICIPANT_ERASED));
        assertFalse(Schemas.validateEnvelope(wrongData).isEmpty(), "data must fit the declared type");

        ObjectNode noId = event.deepCopy();
        noId.remove("id");
        assertFalse(Schemas.validateEnvelope(noId).isEmpty());

        ObjectNode wrongVersion = event.deepCopy();
        wrongVersion.put("specversion", "0.3");
        assertFalse(Schemas.validateEnvelope(wrongVersion).isEmpty());

        ObjectNode badTime = event.deepCopy();
        badTime.put("time", "yesterday");
        assertFalse(Schemas.validateEnvelope(badTime).isEmpty());

        ObjectNode badType = event.deepCopy();
        badType.put("type", "com.example.something");
        assertFalse(Schemas.validateEnvelope(badType).isEmpty());
    }

    @Test
    void readRejectsWhatIsNotAnEvent() {
        assertThrows(IllegalArgumentException.class, () -> Events.read("not json"));
        assertThrows(IllegalArgumentException.class, () -> Events.read("[1,2]"));
        assertThrows(IllegalArgumentException.class, () -> Events.read((String) null));
        assertEquals(null, Events.read((byte[]) null), "a tombstone reads as null");
        String wrong = Events.toJson(Samples.event(EventType.SPACE_CREATED)).replace("\"capacity\":45",
                "\"capacity\":\"many\"");
        assertThrows(IllegalArgumentException.class, () -> Events.read(wrong));
    }

    @Test
    void unknownTypesAreReadWithRawData() {
        String json = "{\"specversion\":\"1.0\",\"id\":\"d5e6f708-92a3-44b5-86c7-3c4d5e6f7081\",\"source\":\"/clinic-service\","
                + "\"type\":\"org.letsconnect.clinic.space.exploded.v7\",\"subject\":\"x\",\"time\":\"2025-03-07T14:00:00Z\","
                + "\"datacontenttype\":\"application/json\",\"data\":{\"a\":1}}";
        CloudEvent<Object> event = Events.read(json);
        assertTrue(event.eventType().isEmpty());
        assertEquals(1, ((com.fasterxml.jackson.databind.JsonNode) event.data()).get("a").asInt());
    }
}
