package org.letsconnect.clinic.registration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.letsconnect.clinic.ClinicApiTest;
import org.letsconnect.clinic.RegistryEvents;
import org.letsconnect.clinic.SpaceRequests;
import org.letsconnect.clinic.directory.Directory;
import org.letsconnect.contracts.EventType;
import org.letsconnect.contracts.registry.ParticipantProfile;
import org.letsconnect.testkit.WithTestInfrastructure;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/** Signed-in participants register and cancel; the waitlist moves in order; organizers read who registered. */
@QuarkusTest
@WithTestInfrastructure
class RegistrationResourceTest extends ClinicApiTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Inject
    Directory directory;

    @Test
    void pastCapacityPeopleWaitAndArePromotedInOrderWhenAPlaceFrees() {
        String space = SpaceRequests.open(organizer, SpaceRequests.clinic(30, 2));
        String amina = person();
        String kwame = person();
        String fatima = person();
        String joao = person();

        String aminaId = register(amina, space).statusCode(201).body("status", is("confirmed"))
                .body("position", nullValue()).extract().path("id");
        register(kwame, space).statusCode(201).body("status", is("confirmed"));
        String fatimaId = register(fatima, space).statusCode(201).body("status", is("waitlisted"))
                .body("position", is(1)).extract().path("id");
        String joaoId = register(joao, space).statusCode(201).body("status", is("waitlisted"))
                .body("position", is(2)).extract().path("id");

        given().auth().oauth2(organizer).get("/api/v1/clinics/{id}", space).then().statusCode(200)
                .body("confirmed", is(2)).body("waitlisted", is(2)).body("placesLeft", is(0));
        given().auth().oauth2(amina).get("/api/v1/clinics/{id}", space).then().statusCode(200)
                .body("meetingLink", notNullValue());
        given().auth().oauth2(fatima).get("/api/v1/clinics/{id}", space).then().statusCode(200)
                .body("meetingLink", nullValue());

        given().auth().oauth2(amina).delete("/api/v1/clinics/{id}/registrations/{r}", space, aminaId)
                .then().statusCode(204);
        given().auth().oauth2(fatima).get("/api/v1/clinics/{id}/registrations/mine", space).then().statusCode(200)
                .body("id", is(fatimaId)).body("status", is("confirmed")).body("promotedAt", notNullValue());
        given().auth().oauth2(fatima).get("/api/v1/clinics/{id}", space).then().statusCode(200)
                .body("meetingLink", notNullValue());
        given().auth().oauth2(joao).get("/api/v1/clinics/{id}/registrations/mine", space).then().statusCode(200)
                .body("status", is("waitlisted")).body("position", is(1));
        given().auth().oauth2(amina).get("/api/v1/clinics/{id}", space).then().statusCode(200)
                .body("confirmed", is(2)).body("waitlisted", is(1)).body("placesLeft", is(0))
                .body("meetingLink", nullValue());

        // once is enough: a second cancel changes nothing and announces nothing
        given().auth().oauth2(amina).delete("/api/v1/clinics/{id}/registrations/{r}", space, aminaId)
                .then().statusCode(204);

        // the organizer cancels Fatima's place: Joao is next
        given().auth().oauth2(organizer).delete("/api/v1/clinics/{id}/registrations/{r}", space, fatimaId)
                .then().statusCode(204);
        given().auth().oauth2(joao).get("/api/v1/clinics/{id}/registrations/{r}", space, joaoId).then()
                .statusCode(200).body("status", is("confirmed"));

        List<JsonNode> created = events.awaitEvents(EventType.REGISTRATION_CREATED, space, 4, TIMEOUT);
        assertEquals(List.of("confirmed", "confirmed", "waitlisted", "waitlisted"),
                created.stream().map(e -> e.at("/data/status").asText()).toList());
        assertEquals(List.of(1, 2), created.stream().filter(e -> e.at("/data/status").asText().equals("waitlisted"))
                .map(e -> e.at("/data/position").asInt()).toList());
        List<JsonNode> promoted = events.awaitEvents(EventType.REGISTRATION_PROMOTED, space, 2, TIMEOUT);
        assertEquals(List.of(fatimaId, joaoId), registrationIds(promoted));
        List<JsonNode> cancelled = events.awaitEvents(EventType.REGISTRATION_CANCELLED, space, 2, TIMEOUT);
        assertEquals(2, cancelled.size(), "cancelling twice announces once");
        assertEquals("confirmed", cancelled.get(0).at("/data/previousStatus").asText());
        assertEquals(aminaId, cancelled.get(0).at("/data/registrationId").asText());
        assertTrue(cancelled.get(0).at("/data/participantId").isNull(), "no registry profile, no participant id");
    }

    @Test
    void raisingTheCapacityPromotesThoseWaitingInOrder() {
        Map<String, Object> body = SpaceRequests.clinic(30, 1);
        String space = SpaceRequests.open(organizer, body);
        register(person(), space).statusCode(201).body("status", is("confirmed"));
        String first = register(person(), space).statusCode(201).body("position", is(1)).extract().path("id");
        String second = register(person(), space).statusCode(201).body("position", is(2)).extract().path("id");
        String third = register(person(), space).statusCode(201).body("position", is(3)).extract().path("id");

        body.put("capacity", 3);
        given().auth().oauth2(organizer).contentType(ContentType.JSON).body(body).put("/api/v1/clinics/{id}", space)
                .then().statusCode(200)
                .body("confirmed", is(3)).body("waitlisted", is(1)).body("placesLeft", is(0));
        registrants(space, "status=waitlisted").body("items.id", contains(third)).body("items[0].position", is(1));

        List<JsonNode> promoted = events.awaitEvents(EventType.REGISTRATION_PROMOTED, space, 2, TIMEOUT);
        assertEquals(List.of(first, second), registrationIds(promoted));

        // a smaller capacity takes nobody's place away
        body.put("capacity", 1);
        given().auth().oauth2(organizer).contentType(ContentType.JSON).body(body).put("/api/v1/clinics/{id}", space)
                .then().statusCode(200).body("confirmed", is(3)).body("placesLeft", is(0));
    }

    @Test
    void participantsWithAProfileRegisterUnderTheirRegistryNameAndOrganizersSeeTheirContact() {
        String username = "Amina " + UUID.randomUUID();
        ParticipantProfile profile = RegistryEvents.register(events, username, "Amina Yusuf", "sub-saharan-africa", "NG", 2019,
                "ha", "en");
        RegistryEvents.contact(events, profile, "amina@example.org");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> knows(profile.subject()));
        String token = issuer.token(username);
        String space = SpaceRequests.open(organizer, SpaceRequests.clinic(30, 45));

        String id = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("timeZone", "Africa/Abidjan"))
                .post("/api/v1/clinics/{id}/registrations", space)
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/clinics/" + space + "/registrations/"))
                .body("name", is("Amina Yusuf")).body("language", is("ha")).body("timeZone", is("Africa/Abidjan"))
                .body("cancelToken", nullValue())
                .extract().path("id");

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> registrants(space, "size=100")
                .body("items[0].id", is(id))
                .body("items[0].name", is("Amina Yusuf"))
                .body("items[0].username", is(username))
                .body("items[0].participantId", is(profile.participantId()))
                .body("items[0].guest", is(false))
                .body("items[0].email", is("amina@example.org"))
                .body("total", is(1)));

        JsonNode created = events.awaitEvents(EventType.REGISTRATION_CREATED, space, 1, TIMEOUT).get(0);
        assertEquals(profile.participantId(), created.at("/data/participantId").asText());
        assertTrue(created.at("/data/position").isMissingNode() || created.at("/data/position").isNull());
        assertTrue(!created.toString().contains("Amina Yusuf") && !created.toString().contains("amina@example.org"),
                "no names or addresses on the public topic");
    }

    @Test
    void theLanguageDefaultsToTheCallersAndBadPreferencesAreNamed() throws Exception {
        String space = SpaceRequests.open(organizer, SpaceRequests.clinic(30, 45));
        String token = person();
        given().auth().oauth2(token).contentType(ContentType.JSON).header("Accept-Language", "fr")
                .body(Map.of("language", "klingon-x", "timeZone", "GMT+1"))
                .post("/api/v1/clinics/{id}/registrations", space)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("language", "timeZone"))
                .body("errors.find { it.field == 'timeZone' }.message", containsString("fuseau"));
        // as a browser's fetch or curl -X POST sends it: no body, no content type
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/api/v1/clinics/" + space
                        + "/registrations"))
                .header("Authorization", "Bearer " + token).header("Accept-Language", "pt-BR, pt;q=0.9")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, answer.statusCode(), answer.body());
        JsonPath registration = JsonPath.from(answer.body());
        assertEquals("pt-br", registration.getString("language"));
        assertEquals(null, registration.getString("timeZone"));
        given().auth().oauth2(token).get("/api/v1/me/registrations").then().statusCode(200)
                .body("items.spaceId", hasItem(space)).body("total", is(1));
    }

    @Test
    void registeringTwiceSaysWhereYouStandInYourLanguageAndChangesNothing() {
        String space = SpaceRequests.open(organizer, SpaceRequests.clinic(30, 1));
        String first = person();
        String second = person();
        register(first, space).statusCode(201);
        register(second, space).statusCode(201).body("position", is(1));

        given().auth().oauth2(first).contentType(ContentType.JSON).header("Accept-Language", "fr")
                .post("/api/v1/clinics/{id}/registrations", space)
                .then().statusCode(409).contentType("application/problem+json")
                .header("Content-Language", "fr")
                .body("type", is("urn:letsconnect:problem:already-registered"))
                .body("detail", containsString("avec une place"));
        given().auth().oauth2(second).contentType(ContentType.JSON).header("Accept-Language", "es")
                .post("/api/v1/clinics/{id}/registrations", space)
                .then().statusCode(409)
                .body("detail", containsString("lista de espera en la posición 1"));
        registrants(space, "size=100").body("total", is(2));
        given().auth().oauth2(second).get("/api/v1/me/registrations?status=waitlisted").then().statusCode(200)
                .body("items[0].spaceId", is(space)).body("items[0].position", is(1)).body("total", is(1));
        events.awaitEvents(EventType.REGISTRATION_CREATED, space, 2, TIMEOUT);
        assertEquals(2, events.published(EventType.REGISTRATION_CREATED, space).size());
    }

    @Test
    void spacesNotTakingRegistrationsRefuseByNamingTheirState() {
        String space = SpaceRequests.open(organizer, SpaceRequests.clinic(30, 45));
        String registrant = person();
        String id = register(registrant, space).statusCode(201).extract().path("id");
        SpaceRequests.moveTo(organizer, space, "live");
        given().auth().oauth2(person()).contentType(ContentType.JSON).header("Accept-Language", "fr")
                .post("/api/v1/clinics/{id}/registrations", space)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", is("urn:letsconnect:problem:registration-closed"))
                .body("detail", containsString("live"));
        given().auth().oauth2(registrant).delete("/api/v1/clinics/{id}/registrations/{r}", space, id)
                .then().statusCode(409).body("detail", containsString("live"));
        registrants(space, "status=confirmed").body("total", is(1));

        String draft = SpaceRequests.create(organizer, SpaceRequests.clinic(30, 45));
        register(person(), draft).statusCode(404);
        register(organizer, draft).statusCode(409)
                .body("detail", containsString("proposed"));
        register(person(), UUID.randomUUID().toString()).statusCode(404).contentType("application/problem+json");
    }

    @Test
    void onlyOrganizersListRegistrantsAndOnlyTheRegistrantOrAnOrganizerCancels() {
        String space = SpaceRequests.open(organizer, SpaceRequests.clinic(30, 45));
        String registrant = person();
        String stranger = person();
        String id = register(registrant, space).statusCode(201).extract().path("id");

        given().auth().oauth2(registrant).get("/api/v1/clinics/{id}/registrations", space)
                .then().statusCode(403).contentType("application/problem+json");
        given().get("/api/v1/clinics/{id}/registrations", space).then().statusCode(401)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).post("/api/v1/clinics/{id}/registrations", space).then().statusCode(401);
        given().get("/api/v1/clinics/{id}/registrations/mine", space).then().statusCode(401);
        given().get("/api/v1/me/registrations").then().statusCode(401);
        given().delete("/api/v1/clinics/{id}/registrations/{r}", space, id).then().statusCode(401)
                .contentType("application/problem+json");
        given().get("/api/v1/clinics/{id}/registrations/{r}", space, id).then().statusCode(401);

        given().auth().oauth2(stranger).delete("/api/v1/clinics/{id}/registrations/{r}", space, id)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(stranger).get("/api/v1/clinics/{id}/registrations/{r}", space, id).then().statusCode(404);
        given().auth().oauth2(stranger).get("/api/v1/clinics/{id}/registrations/mine", space).then().statusCode(404);
        given().auth().oauth2(registrant).delete("/api/v1/clinics/{id}/registrations/{r}", space, UUID.randomUUID())
                .then().statusCode(404);
        given().auth().oauth2(organizer).get("/api/v1/clinics/{id}/registrations?status=maybe&size=0", space)
                .then().statusCode(400).body("errors.field", contains("status", "size"));
        registrants(space, "status=confirmed").body("items.id", contains(id));

        given().auth().oauth2(registrant).delete("/api/v1/clinics/{id}/registrations/{r}", space, id)
                .then().statusCode(204);
        registrants(space, "status=confirmed").body("items.id", not(hasItem(id)));
        registrants(space, "status=cancelled").body("items.id", contains(id))
                .body("items[0].cancelledAt", notNullValue());
        // a cancelled registration does not stop anyone registering again
        register(registrant, space).statusCode(201).body("status", is("confirmed")).body("id", not(is(id)));
    }

    /** Whether the read model has learnt of the participant from the registry's events. */
    private boolean knows(String subject) throws Exception {
        try {
            return VertxContextSupport.subscribeAndAwait(
                    () -> Panache.withSession(() -> directory.bySubject(subject))) != null;
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> registrationIds(List<JsonNode> events) {
        return events.stream().map(e -> e.at("/data/registrationId").asText()).toList();
    }

    private String person() {
        return issuer.token("Participant " + UUID.randomUUID());
    }

    private static ValidatableResponse register(String token, String space) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .post("/api/v1/clinics/{id}/registrations", space).then();
    }

    private ValidatableResponse registrants(String space, String query) {
        return given().auth().oauth2(organizer).get("/api/v1/clinics/{id}/registrations?" + query, space)
                .then().statusCode(200).contentType(ContentType.JSON);
    }
}
