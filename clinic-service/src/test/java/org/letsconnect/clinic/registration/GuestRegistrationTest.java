package org.letsconnect.clinic.registration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.letsconnect.clinic.ClinicApiTest;
import org.letsconnect.clinic.SpaceRequests;
import org.letsconnect.contracts.EventType;
import org.letsconnect.contracts.Topics;
import org.letsconnect.testkit.Refusals;
import org.letsconnect.testkit.WithTestInfrastructure;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** Guests without a Wikimedia account register with a name and an address, and cancel with their token. */
@QuarkusTest
@WithTestInfrastructure
class GuestRegistrationTest extends ClinicApiTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Test
    void aGuestRegistersWithoutSigningInAndCancelsWithTheTokenOnly() {
        String space = SpaceRequests.open(organizer, SpaceRequests.clinic(30, 1));
        String email = "ngozi." + UUID.randomUUID() + "@example.org";
        ValidatableResponse answer = guest(space, guestBody("Ngozi Okafor", email)).statusCode(201)
                .header("Location", containsString("/api/v1/clinics/" + space + "/registrations/"))
                .body("status", is("confirmed")).body("guest", is(true)).body("name", is("Ngozi Okafor"))
                .body("language", is("en")).body("timeZone", is("Africa/Lagos"))
                .body("email", nullValue()).body("cancelToken", notNullValue());
        String id = answer.extract().path("id");
        String token = answer.extract().path("cancelToken");
        assertTrue(token.length() >= 43, "at least 256 bits, base64url");

        String waiting = guest(space, guestBody("Kofi Mensah", "kofi." + UUID.randomUUID() + "@example.org"))
                .statusCode(201).body("status", is("waitlisted")).body("position", is(1)).extract().path("id");

        given().header("X-Cancel-Token", token)
                .get("/api/v1/clinics/{id}/registrations/{r}", space, id).then().statusCode(200)
                .body("status", is("confirmed")).body("cancelToken", nullValue());
        given().header("X-Cancel-Token", token + "x").header("Accept-Language", "fr")
                .delete("/api/v1/clinics/{id}/registrations/{r}", space, id).then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("jeton d’annulation"));
        // a guest's token is no key to anybody else's registration
        given().header("X-Cancel-Token", token).delete("/api/v1/clinics/{id}/registrations/{r}", space, waiting)
                .then().statusCode(404);
        given().delete("/api/v1/clinics/{id}/registrations/{r}", space, id).then().statusCode(401);
        given().auth().oauth2(issuer.token("Participant " + UUID.randomUUID()))
                .delete("/api/v1/clinics/{id}/registrations/{r}", space, id).then().statusCode(404);

        given().queryParam("cancelToken", token).delete("/api/v1/clinics/{id}/registrations/{r}", space, id)
                .then().statusCode(204);
        given().queryParam("cancelToken", token).delete("/api/v1/clinics/{id}/registrations/{r}", space, id)
                .then().statusCode(204);
        given().auth().oauth2(organizer).get("/api/v1/clinics/{id}/registrations", space).then().statusCode(200)
                .body("items.find { it.id == '" + waiting + "' }.status", is("confirmed"))
                .body("items.find { it.id == '" + id + "' }.status", is("cancelled"));

        List<JsonNode> cancelled = events.awaitEvents(EventType.REGISTRATION_CANCELLED, space, 1, TIMEOUT);
        assertEquals(1, cancelled.size());
        assertTrue(cancelled.get(0).at("/data/guest").asBoolean());
        assertTrue(cancelled.get(0).at("/data/participantId").isNull());
        JsonNode promoted = events.awaitEvents(EventType.REGISTRATION_PROMOTED, space, 1, TIMEOUT).get(0);
        assertEquals(waiting, promoted.at("/data/registrationId").asText());
        for (JsonNode event : events.published(Topics.CLINIC_EVENTS, space)) {
            assertFalse(event.toString().contains(email) || event.toString().contains("Ngozi")
                    || event.toString().contains(token), "no names, addresses or tokens on the public topic");
        }
    }

    @Test
    void organizersSeeGuestsAddressesAndRegisterGuestsThemselves() {
        String space = SpaceRequests.open(organizer, SpaceRequests.clinic(30, 45));
        String email = "Mei." + UUID.randomUUID() + "@Example.org";
        String id = given().auth().oauth2(organizer).contentType(ContentType.JSON).body(guestBody("Mei Lin", email))
                .post("/api/v1/clinics/{id}/guest-registrations", space)
                .then().statusCode(201).body("cancelToken", notNullValue()).extract().path("id");
        given().auth().oauth2(organizer).get("/api/v1/clinics/{id}/registrations", space).then().statusCode(200)
                .body("items[0].id", is(id)).body("items[0].email", is(email)).body("items[0].guest", is(true))
                .body("items[0].participantId", nullValue()).body("items[0].username", nullValue());
        given().auth().oauth2(organizer).delete("/api/v1/clinics/{id}/registrations/{r}", space, id)
                .then().statusCode(204);
    }

    @Test
    void theSameAddressTwiceAnswersAsAFirstRegistrationAndNothingChanges() {
        String space = SpaceRequests.open(organizer, SpaceRequests.clinic(30, 1));
        String email = "olena." + UUID.randomUUID() + "@example.org";
        ValidatableResponse first = guest(space, guestBody("Olena", email)).statusCode(201)
                .body("status", is("confirmed"));
        String id = first.extract().path("id");
        String token = first.extract().path("cancelToken");
        ValidatableResponse again = given().contentType(ContentType.JSON).header("Accept-Language", "pt")
                .body(guestBody("Olena K.", "  " + email.toUpperCase() + " "))
                .post("/api/v1/clinics/{id}/guest-registrations", space).then().statusCode(201)
                .contentType(ContentType.JSON).header("Location", containsString("/registrations/"))
                .body("status", is("waitlisted")).body("position", is(1)).body("name", is("Olena K."));
        Map<String, Object> answer = again.extract().jsonPath().getMap("");
        assertEquals(first.extract().jsonPath().getMap("").keySet(), answer.keySet(), "the same shape");
        String unstored = (String) answer.get("id");
        String unstoredToken = (String) answer.get("cancelToken");
        assertNotEquals(id, unstored);
        assertEquals(token.length(), unstoredToken.length());
        // a newcomer now gets what the second answer said: nothing was stored in between
        String kofi = guest(space, guestBody("Kofi", "kofi." + UUID.randomUUID() + "@example.org")).statusCode(201)
                .body("status", is("waitlisted")).body("position", is(1)).extract().path("id");

        given().auth().oauth2(organizer).get("/api/v1/clinics/{id}/registrations", space).then().statusCode(200)
                .body("total", is(2)).body("items.id", contains(id, kofi)).body("items[0].name", is("Olena"));
        given().header("X-Cancel-Token", token).get("/api/v1/clinics/{id}/registrations/{r}", space, id).then()
                .statusCode(200).body("name", is("Olena"));
        given().header("X-Cancel-Token", unstoredToken).get("/api/v1/clinics/{id}/registrations/{r}", space, unstored)
                .then().statusCode(404);
        // organizers see every address anyway: they are told
        given().auth().oauth2(organizer).contentType(ContentType.JSON).header("Accept-Language", "pt")
                .body(guestBody("Olena", email)).post("/api/v1/clinics/{id}/guest-registrations", space).then()
                .statusCode(409).contentType("application/problem+json")
                .body("type", is("urn:letsconnect:problem:already-registered"))
                .body("detail", containsString("já está inscrito"));

        // one key per space keeps the order: Kofi's announcement comes after any the second answer could have made
        events.awaitEvents(EventType.REGISTRATION_CREATED, space, 2, TIMEOUT);
        assertEquals(List.of(id, kofi), events.published(EventType.REGISTRATION_CREATED, space).stream()
                .map(event -> event.at("/data/registrationId").asText()).toList());
        events.awaitEvent(EventType.GUEST_CONTACT_CHANGED, kofi, TIMEOUT);
        assertTrue(events.published(EventType.GUEST_CONTACT_CHANGED, unstored).isEmpty(), "no contact to mail");
    }

    @Test
    void nobodyLearnsWhichRegistrationsExist() {
        String space = SpaceRequests.open(organizer, SpaceRequests.clinic(30, 45));
        String guestId = guest(space, guestBody("Amara", "amara." + UUID.randomUUID() + "@example.org"))
                .statusCode(201).extract().path("id");
        String participantId = given().auth().oauth2(issuer.token("Registrant " + UUID.randomUUID()))
                .contentType(ContentType.JSON).body(Map.of()).post("/api/v1/clinics/{id}/registrations", space).then()
                .statusCode(201).extract().path("id");
        String unknown = UUID.randomUUID().toString();
        String stranger = issuer.token("Stranger " + UUID.randomUUID());
        String address = "198.18.9." + (1 + ThreadLocalRandom.current().nextInt(254));

        for (String method : List.of("GET", "DELETE")) {
            // without any token: 401 before anything is looked up, even the space
            Map<String, Object> anonymous = answer(given().header("X-Forwarded-For", address), method, space, guestId);
            assertEquals(401, anonymous.get("status"));
            assertEquals("Bearer", anonymous.get("WWW-Authenticate"));
            assertEquals(anonymous, answer(given().header("X-Forwarded-For", address), method, space, unknown));
            assertEquals(anonymous, answer(given().header("X-Forwarded-For", address), method, unknown, unknown));
            // a cancel token that fits nothing
            Map<String, Object> wrongToken = answer(given().header("X-Forwarded-For", address)
                    .header("X-Cancel-Token", "a".repeat(43)), method, space, guestId);
            assertEquals(404, wrongToken.get("status"));
            for (String id : List.of(participantId, unknown)) {
                assertEquals(wrongToken, answer(given().header("X-Forwarded-For", address)
                        .header("X-Cancel-Token", "a".repeat(43)), method, space, id));
            }
            assertEquals(wrongToken, answer(given().header("X-Forwarded-For", address)
                    .header("X-Cancel-Token", "a".repeat(43)), method, unknown, unknown));
            // signed in, without a right to the registration
            Map<String, Object> strangers = answer(given().auth().oauth2(stranger), method, space, participantId);
            assertEquals(404, strangers.get("status"));
            assertEquals(strangers, answer(given().auth().oauth2(stranger), method, space, guestId));
            assertEquals(strangers, answer(given().auth().oauth2(stranger), method, space, unknown));
        }
        given().auth().oauth2(organizer).get("/api/v1/clinics/{id}/registrations", space).then().statusCode(200)
                .body("items.status", everyItem(is("confirmed")));
    }

    /** The answer without what names the request: the path, and ids in the detail. */
    private static Map<String, Object> answer(RequestSpecification request, String method, String space,
            String registration) {
        return Refusals.comparable(request.request(method, "/api/v1/clinics/{id}/registrations/{r}", space,
                registration));
    }

    @Test
    void everythingAGuestGivesIsCheckedAndEveryFaultNamedAtOnce() {
        String space = SpaceRequests.open(organizer, SpaceRequests.clinic(30, 45));
        Map<String, Object> bad = new HashMap<>();
        bad.put("name", "x".repeat(201));
        bad.put("email", "not-an-address@");
        bad.put("language", "xx-nonsense");
        bad.put("timeZone", "Mars/Olympus");
        given().contentType(ContentType.JSON).header("Accept-Language", "fr").body(bad)
                .post("/api/v1/clinics/{id}/guest-registrations", space)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("name", "email", "language", "timeZone"))
                .body("errors.find { it.field == 'email' }.message", containsString("adresse électronique"));

        given().contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/clinics/{id}/guest-registrations", space)
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("name", "email", "language", "timeZone"));
        Map<String, Object> longAddress = guestBody("Priya", "p".repeat(60) + "@" + "d".repeat(200) + ".org");
        given().contentType(ContentType.JSON).body(longAddress).post("/api/v1/clinics/{id}/guest-registrations", space)
                .then().statusCode(400).body("errors.field", contains("email"));
        given().contentType(ContentType.JSON).body(guestBody("Tab\tName", "tab@example.org"))
                .post("/api/v1/clinics/{id}/guest-registrations", space)
                .then().statusCode(400).body("errors.field", contains("name"));
        given().contentType(ContentType.JSON).body("{\"name\": ")
                .post("/api/v1/clinics/{id}/guest-registrations", space)
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(guestBody("Sofia", "sofia@example.org"))
                .post("/api/v1/clinics/{id}/guest-registrations", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");

        given().auth().oauth2(organizer).get("/api/v1/clinics/{id}/registrations", space).then().statusCode(200)
                .body("total", is(0));
    }

    @Test
    void guestsCannotRegisterForSpacesNotOpenOrNotPublished() {
        String draft = SpaceRequests.create(organizer, SpaceRequests.clinic(30, 45));
        guest(draft, guestBody("Sofia", "sofia@example.org")).statusCode(404);
        SpaceRequests.moveTo(organizer, draft, "in-preparation", "open-for-registration", "cancelled");
        guest(draft, guestBody("Sofia", "sofia@example.org")).statusCode(409)
                .body("type", is("urn:letsconnect:problem:registration-closed"))
                .body("detail", containsString("cancelled"));
    }

    @Test
    void theApiDocumentsWhyGuestsNeedNoToken() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", hasKey("/api/v1/clinics/{id}/guest-registrations"))
                .body("paths", hasKey("/api/v1/clinics/{id}/registrations/{registrationId}"))
                .body("paths", hasKey("/api/v1/clinics/{id}/registrations/mine"))
                .body("paths", hasKey("/api/v1/me/registrations"))
                .body("paths.'/api/v1/clinics/{id}/guest-registrations'.post.description",
                        containsString("guests have no Wikimedia account"))
                .body("paths.'/api/v1/clinics/{id}/guest-registrations'.post.security", nullValue())
                .body("paths.'/api/v1/clinics/{id}/registrations'.post.security", notNullValue());
    }

    private static Map<String, Object> guestBody(String name, String email) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("email", email);
        body.put("language", "en");
        body.put("timeZone", "Africa/Lagos");
        return body;
    }

    private static ValidatableResponse guest(String space, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body)
                .post("/api/v1/clinics/{id}/guest-registrations", space).then();
    }
}
