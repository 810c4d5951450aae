package org.letsconnect.clinic.resource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.letsconnect.clinic.ClinicApiTest;
import org.letsconnect.clinic.RegistryEvents;
import org.letsconnect.clinic.SpaceRequests;
import org.letsconnect.contracts.EventType;
import org.letsconnect.contracts.registry.ParticipantProfile;
import org.letsconnect.testkit.WithTestInfrastructure;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Recordings, slides and summaries attached per language after the session, found in the reader's language. */
@QuarkusTest
@WithTestInfrastructure
class LearningResourcesResourceTest extends ClinicApiTest {

    private String participant;
    private String partner;

    @BeforeEach
    void signIn() {
        participant = issuer.token("Participant " + UUID.randomUUID());
        partner = issuer.tokenWithSubject("capx-client", null, "partner");
    }

    @Test
    void sharersAttachResourcesAfterTheSessionAndReadersGetTheirLanguageFirst() throws Exception {
        String username = "Sharer " + UUID.randomUUID();
        ParticipantProfile sharer = RegistryEvents.register(events, username, "Mei Chen", "east-southeast-asia-pacific", "TW",
                2018, "zh-hant", "en");
        String sharerToken = issuer.token(username);
        Map<String, Object> body = SpaceRequests.clinic(3, 45);
        body.put("sharers", List.of(sharer.participantId()));
        String id = SpaceRequests.open(organizer, body);

        given().auth().oauth2(organizer).contentType(ContentType.JSON)
                .body(resource("recording", "en", "https://commons.wikimedia.org/wiki/File:Clinic.webm"))
                .header("Accept-Language", "fr")
                .post("/api/v1/clinics/{id}/resources", id)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("open-for-registration"));

        SpaceRequests.moveTo(organizer, id, "live", "completed");
        String recording = given().auth().oauth2(organizer).contentType(ContentType.JSON)
                .body(resource("recording", "en", "https://commons.wikimedia.org/wiki/File:Clinic.webm"))
                .post("/api/v1/clinics/{id}/resources", id)
                .then().statusCode(201).body("kind", is("recording")).body("language", is("en"))
                .extract().path("id");
        String slides = Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> given().auth().oauth2(sharerToken).contentType(ContentType.JSON)
                        .body(resource("slides", "pt", "https://commons.wikimedia.org/wiki/File:Slides-pt.pdf"))
                        .post("/api/v1/clinics/{id}/resources", id)
                        .then().extract(), response -> response.statusCode() == 201)
                .path("id");
        given().auth().oauth2(sharerToken).contentType(ContentType.JSON)
                .body(resource("summary", "pt-BR", "https://meta.wikimedia.org/wiki/Let%27s_Connect/Resumo"))
                .post("/api/v1/clinics/{id}/resources", id)
                .then().statusCode(201).body("language", is("pt-br"));
        given().auth().oauth2(organizer).contentType(ContentType.JSON)
                .body(resource("slides", "pt", "https://commons.wikimedia.org/wiki/File:Slides-pt.pdf"))
                .post("/api/v1/clinics/{id}/resources", id)
                .then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(organizer).contentType(ContentType.JSON)
                .body(resource("slides", "fr", "https://commons.wikimedia.org/wiki/File:Slides-pt.pdf"))
                .post("/api/v1/clinics/{id}/resources", id)
                .then().statusCode(201);

        given().auth().oauth2(participant).header("Accept-Language", "pt-BR, fr;q=0.5")
                .get("/api/v1/clinics/{id}/resources", id)
                .then().statusCode(200)
                .body("total", is(4))
                .body("items.language", contains("pt-br", "pt", "fr", "en"));
        given().auth().oauth2(partner).header("Accept-Language", "fr")
                .get("/api/v1/clinics/{id}/resources", id)
                .then().statusCode(200)
                .body("items.language", contains("fr", "en", "pt", "pt-br"));
        given().auth().oauth2(participant).get("/api/v1/clinics/{id}/resources?language=PT", id)
                .then().statusCode(200).body("items.id", contains(slides));
        given().auth().oauth2(participant).get("/api/v1/clinics/{id}/resources?language=klingon", id)
                .then().statusCode(400).body("errors.field", contains("language"));

        given().auth().oauth2(participant).delete("/api/v1/clinics/{id}/resources/{r}", id, slides)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(sharerToken).delete("/api/v1/clinics/{id}/resources/{r}", id, recording)
                .then().statusCode(403);
        given().auth().oauth2(sharerToken).delete("/api/v1/clinics/{id}/resources/{r}", id, slides)
                .then().statusCode(204);
        given().auth().oauth2(organizer).delete("/api/v1/clinics/{id}/resources/{r}", id, recording)
                .then().statusCode(204);
        given().auth().oauth2(organizer).delete("/api/v1/clinics/{id}/resources/{r}", id, recording)
                .then().statusCode(404);
        given().auth().oauth2(participant).get("/api/v1/clinics/{id}/resources", id)
                .then().statusCode(200).body("items.kind", containsInAnyOrder("summary", "slides"));

        List<JsonNode> published = events.awaitEvents(EventType.RESOURCE_PUBLISHED, id, 4, Duration.ofSeconds(30));
        assertEquals(4, published.size());
        JsonNode first = published.stream().filter(e -> e.at("/data/resourceId").asText().equals(recording))
                .findFirst().orElseThrow();
        assertEquals("recording", first.at("/data/kind").asText());
        assertEquals("Recording", first.at("/data/title").asText());
    }

    @Test
    void aNulInTheTitleAndAKeyGivenTwiceAreRefusedAndNothingIsAttached() {
        String id = SpaceRequests.open(organizer, SpaceRequests.clinic(3, 45));
        SpaceRequests.moveTo(organizer, id, "live", "completed");
        Map<String, Object> nul = new java.util.HashMap<>(resource("slides", "en", "https://example.org/s.pdf"));
        nul.put("title", "Slides\u0000");
        given().auth().oauth2(organizer).contentType(ContentType.JSON).header("Accept-Language", "es").body(nul)
                .post("/api/v1/clinics/{id}/resources", id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", is("urn:letsconnect:problem:validation"))
                .body("errors.field", contains("title"))
                .body("errors[0].message", containsString("(U+0000)"));
        given().auth().oauth2(organizer).contentType(ContentType.JSON)
                .body("{\"kind\": \"slides\", \"language\": \"en\", \"url\": \"https://example.org/s.pdf\", "
                        + "\"title\": \"Slides\", \"title\": \"Other slides\"}")
                .post("/api/v1/clinics/{id}/resources", id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("title"))
                .body("errors[0].message", is("This field is given more than once. Give it once."));
        given().auth().oauth2(participant).get("/api/v1/clinics/{id}/resources", id).then().statusCode(200)
                .body("total", is(0));
    }

    @Test
    void onlyOrganizersAndSharersAttachAndUnpublishedSpacesAreNotFound() {
        String unpublished = SpaceRequests.create(organizer, SpaceRequests.clinic(3, 45));
        given().auth().oauth2(participant).get("/api/v1/clinics/{id}/resources", unpublished).then().statusCode(404);
        given().auth().oauth2(participant).contentType(ContentType.JSON)
                .body(resource("recording", "en", "https://example.org/a.webm"))
                .post("/api/v1/clinics/{id}/resources", unpublished).then().statusCode(404);

        String id = SpaceRequests.open(organizer, SpaceRequests.clinic(3, 45));
        SpaceRequests.moveTo(organizer, id, "live");
        given().auth().oauth2(participant).contentType(ContentType.JSON)
                .body(resource("recording", "en", "https://example.org/a.webm"))
                .post("/api/v1/clinics/{id}/resources", id).then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(partner).contentType(ContentType.JSON)
                .body(resource("recording", "en", "https://example.org/a.webm"))
                .post("/api/v1/clinics/{id}/resources", id).then().statusCode(403);
        given().contentType(ContentType.JSON).body(resource("recording", "en", "https://example.org/a.webm"))
                .post("/api/v1/clinics/{id}/resources", id).then().statusCode(401);
        given().get("/api/v1/clinics/{id}/resources", id).then().statusCode(401);
        given().auth().oauth2(organizer).contentType(ContentType.JSON)
                .body(resource("podcast", "xx-nonsense", "http://example.org/a.webm"))
                .post("/api/v1/clinics/{id}/resources", id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("kind", "language", "url"));
        given().auth().oauth2(organizer).contentType(ContentType.JSON).body(Map.of("kind", "slides"))
                .post("/api/v1/clinics/{id}/resources", id)
                .then().statusCode(400).body("errors.field", containsInAnyOrder("language", "url", "title"));
    }

    private static Map<String, Object> resource(String kind, String language, String url) {
        return Map.of("kind", kind, "language", language, "url", url,
                "title", kind.substring(0, 1).toUpperCase() + kind.substring(1));
    }
}
