package org.letsconnect.registry.importing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.letsconnect.contracts.Topics;
import org.letsconnect.platform.i18n.Message;
import org.letsconnect.platform.i18n.Messages;
import org.letsconnect.testkit.DevIssuer;
import org.letsconnect.testkit.EventProbe;
import org.letsconnect.testkit.InjectInfrastructure;
import org.letsconnect.testkit.KafkaBroker;
import org.letsconnect.testkit.WithTestInfrastructure;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The registration import through the API: the sample export of the old form, re-running it, who may import, files
 * that cannot be imported, Meta-Wiki being down, and what happens to imported people afterwards.
 */
@QuarkusTest
@TestProfile(ImportTestProfile.class)
@WithTestInfrastructure
class RegistrationImportResourceTest {

    private static final String PATH = "/api/v1/imports/registrations";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Message EXPORT_AGAIN = Message.of("registry-import-file-hint-export");
    private static final Message SMALLER = Message.of("registry-import-file-hint-smaller");
    private static final String HEADER = "Timestamp,Email Address,What is your Wikimedia username?,Full name,"
            + "Which region are you from?,Country,Which languages do you speak?,What is your role in the movement?,"
            + "Which skills would you like to learn?,Which skills can you share?,"
            + "Would you like to be contacted for 1:1 connections?\r\n";

    @InjectInfrastructure
    DevIssuer issuer;
    @InjectInfrastructure
    KafkaBroker kafka;
    @InjectInfrastructure
    EventProbe events;

    @Inject
    Pool pool;

    @Inject
    Messages messages;

    @AfterEach
    void metaWikiBackUp() {
        MetaWikiStandIn.reset();
    }

    @Test
    void theSampleExportIsImportedWithEveryRowAccountedForAndReRunningItChangesNothing() {
        MetaWikiStandIn.reset();
        JsonPath report = upload(sample(), organizer(), "fr").then().statusCode(200)
                .header("Content-Language", "fr").extract().jsonPath();

        assertEquals(15, report.getInt("rows"));
        assertEquals(9, report.getInt("created"));
        assertEquals(0, report.getInt("updated"));
        assertEquals(0, report.getInt("unchanged"));
        assertSkipped(report, "fr");
        assertEquals(List.of(
                warning(3, "timeZone", "Brasil", "time-zone-guessed"),
                warning(4, "skillsToLearn", "Underwater basket weaving", "skill-unknown"),
                warning(9, "timeZone", "Mexico", "time-zone-guessed"),
                warning(11, "languages", "Elvish", "language-unknown"),
                warning(11, "skillsToLearn", "Knitting for Wikimedians", "skill-unknown"),
                warning(12, "movementRole", "Wikimedia volunteer & trainer", "role-unknown"),
                warning(12, "joinedYear", "2030", "year-invalid"),
                warning(12, "availableForConnections", "Maybe", "connections-unknown"),
                warning(13, "email", "mike(at)example.org", "email-invalid"),
                warning(13, "timeZone", "USA", "time-zone-guessed")), warnings(report));
        assertEquals(messages.get("fr", "registry-import-time-zone-guessed", "America/Sao_Paulo", "Brasil"),
                report.getString("warnings[0].reason"));
        assertEquals(messages.get("fr", "registry-import-skill-unknown", "Underwater basket weaving"),
                report.getString("warnings[1].reason"));

        // each distinct username was asked once, at most four at a time
        Map<String, Integer> asked = MetaWikiStandIn.asked();
        assertEquals(13, asked.size(), asked.toString());
        assertTrue(asked.values().stream().allMatch(count -> count == 1), asked.toString());
        assertTrue(MetaWikiStandIn.maxInFlight() <= 4, "lookups at once: " + MetaWikiStandIn.maxInFlight());

        List<String> created = List.of("Amina Yusuf", "João Silva", "Priya Raman", "Layla Haddad", "Carlos Pérez",
                "山田花子", "Fatou Diallo", "Anna de Vries", "Mike Johnson");
        Map<String, String> ids = new HashMap<>();
        created.forEach(name -> ids.put(name, participantId(name)));
        assertNull(participantId("Ольга Петрова"));
        assertNull(participantId("Locked Spammer"));

        JsonPath priya = profile(ids.get("Priya Raman"));
        assertEquals("प्रिया रामन", priya.getString("displayName"));
        assertEquals("Priya Raman", priya.getString("username"));
        assertEquals(DevIssuer.subjectFor("Priya Raman"), priya.getString("subject"));
        assertEquals("south-asia", priya.getString("region"));
        assertEquals("IN", priya.getString("country"));
        assertEquals("Asia/Kolkata", priya.getString("timeZone"));
        assertEquals(List.of("hi", "en", "ta"), priya.getList("languages.code"));
        assertEquals(List.of("intermediate", "intermediate", "intermediate"), priya.getList("languages.level"));
        assertEquals("individual-editor", priya.getString("movementRole"));
        assertEquals(2012, priya.getInt("joinedYear"));
        assertEquals(List.of("wikisource"), priya.getList("projects"));
        assertEquals(List.of("Q207714"), priya.getList("skillsToLearn"));
        assertEquals(List.of("Q1365498"), priya.getList("skillsToShare"));
        assertTrue(priya.getBoolean("availableForConnections"));
        assertEquals(1, priya.getInt("maxConnections"));
        assertEquals("members", priya.getString("visibility"));
        assertEquals("priya.raman@example.org", priya.getString("email"));
        assertEquals("hi", priya.getString("notificationLanguage"));

        JsonPath carlos = profile(ids.get("Carlos Pérez"));
        assertEquals("Carlos Pérez Gómez", carlos.getString("displayName"), "the later answer (row 9) won");
        assertEquals(List.of("es", "en"), carlos.getList("languages.code"));
        assertEquals(List.of("intermediate", "advanced"), carlos.getList("languages.level"));
        assertEquals("America/Mexico_City", carlos.getString("timeZone"));
        JsonPath yuki = profile(ids.get("山田花子"));
        assertEquals(List.of("Q2376627", "Q1377340"), yuki.getList("skillsToLearn"));
        JsonPath anna = profile(ids.get("Anna de Vries"));
        assertEquals("individual-editor", anna.getString("movementRole"));
        assertNull(anna.get("joinedYear"));
        assertFalse(anna.getBoolean("availableForConnections"));
        assertEquals(List.of("nl", "en"), anna.getList("languages.code"));
        assertNull(profile(ids.get("Mike Johnson")).get("email"));

        // every created person's events were published and validate against their schemas
        Map<String, List<JsonNode>> published = events.awaitEvents(Topics.REGISTRY_PARTICIPANTS, ids.values(), TIMEOUT);
        Map<String, List<JsonNode>> contacts = events.awaitEvents(Topics.REGISTRY_CONTACTS, ids.values(), TIMEOUT);
        for (String id : ids.values()) {
            JsonNode registered = published.get(id).get(0);
            assertEquals("org.letsconnect.registry.participant.registered.v1", registered.path("type").asText());
            assertTrue(registered.path("data").path("email").isMissingNode());
            assertEquals("members", registered.path("data").path("visibility").asText());
            assertEquals("org.letsconnect.registry.contact.changed.v1", contacts.get(id).get(0).path("type").asText());
        }
        assertEquals("priya.raman@example.org",
                contacts.get(ids.get("Priya Raman")).get(0).path("data").path("email").asText());
        assertFalse(kafka.readAll(Topics.REGISTRY_PARTICIPANTS, Duration.ofSeconds(1)).stream()
                .anyMatch(r -> r.value() != null && r.value().contains("@example.org")),
                "a public topic carried an email address");
        int outboxRows = outboxRows(ids.values());
        assertEquals(2 * ids.size(), outboxRows);

        // the same file again: nothing changes, nothing is published
        MetaWikiStandIn.reset();
        JsonPath again = upload(sample(), organizer(), "fr").then().statusCode(200).extract().jsonPath();
        assertEquals(15, again.getInt("rows"));
        assertEquals(0, again.getInt("created"));
        assertEquals(0, again.getInt("updated"));
        assertEquals(9, again.getInt("unchanged"));
        assertSkipped(again, "fr");
        assertEquals(warnings(report), warnings(again));
        assertEquals(outboxRows, outboxRows(ids.values()), "re-running the import published events");
        Map<String, List<JsonNode>> after = events.awaitEvents(Topics.REGISTRY_PARTICIPANTS, ids.values(), TIMEOUT);
        ids.values().forEach(id -> assertEquals(1, after.get(id).size(), "events about " + id));
    }

    private void assertSkipped(JsonPath report, String language) {
        assertEquals(List.of(6, 7, 8, 14, 15, 16), report.getList("skipped.row"));
        List<String> usernames = report.getList("skipped.username");
        assertEquals(java.util.Arrays.asList("Ghost Editor 404", null, "Ольга Петрова", "Carlos Pérez",
                "Locked Spammer", "Sven Larsson"), usernames);
        assertEquals(List.of(List.of("username-not-found"), List.of("username-missing"), List.of("country-unknown"),
                List.of("superseded"), List.of("username-locked"), List.of("region-unknown")),
                report.getList("skipped.codes"));
        assertEquals(List.of(
                List.of(messages.get(language, "registry-import-username-not-found", "Ghost Editor 404")),
                List.of(messages.get(language, "registry-import-username-missing")),
                List.of(messages.get(language, "registry-import-country-unknown", "Narnia")),
                List.of(messages.get(language, "registry-import-superseded", 9)),
                List.of(messages.get(language, "registry-import-username-locked", "Locked Spammer")),
                List.of(messages.get(language, "registry-import-region-unknown", "Atlantis"))),
                report.getList("skipped.reasons"));
    }

    @Test
    void onlyOrganizersAndAdminsImport() {
        String name = "Admin Import " + UUID.randomUUID();
        byte[] csv = csv(answer("2024/03/05 2:14:33 PM GMT+1", name, "Wikidata"));
        upload(csv, issuer.token("Plain Participant"), "en").then().statusCode(403)
                .contentType("application/problem+json").body("type", is("urn:letsconnect:problem:forbidden"));
        upload(csv, issuer.tokenWithSubject("capx-client", null, "partner"), "en").then().statusCode(403)
                .contentType("application/problem+json");
        given().contentType(RegistrationImportResource.TEXT_CSV).body(csv).post(PATH).then().statusCode(401);
        assertNull(participantId(name));
        upload(csv, issuer.token("Programme Admin", "admin"), "en").then().statusCode(200).body("created", is(1));
    }

    @Test
    void aFileCanBeUploadedAsAFormsFilePart() {
        String name = "Multipart " + UUID.randomUUID();
        given().auth().oauth2(organizer())
                .multiPart("file", "registrations.csv", csv(answer("2024/03/05 2:14:33 PM GMT+1", name, "Wikidata")),
                        "text/csv")
                .post(PATH).then().statusCode(200).body("rows", is(1)).body("created", is(1));
        given().auth().oauth2(organizer()).multiPart("other", "x").post(PATH).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("file"));
    }

    @Test
    void filesThatCannotBeImportedAreRefusedWholeNamingTheReason() {
        String name = "Refused " + UUID.randomUUID();
        assertRefused(new byte[0], "platform-csv-empty");
        assertRefused("\uFEFF\r\n".getBytes(StandardCharsets.UTF_8), "platform-csv-empty");

        byte[] noNameNoCountry = ("Timestamp,What is your Wikimedia username?,Which region are you from?,"
                + "Which languages do you speak?,What is your role in the movement?\r\n"
                + "2024/03/05 2:14:33 PM GMT+1," + name + ",Sub-Saharan Africa,Hausa,Volunteer organiser\r\n")
                .getBytes(StandardCharsets.UTF_8);
        assertRefused(noNameNoCountry, "platform-csv-missing-columns", "Full name, Country", 2, EXPORT_AGAIN);

        String withAccent = answer("2024/03/05 2:14:33 PM GMT+1", name + " Jos\u00e9", "Wikidata");
        byte[] latin1 = new String(csv(withAccent), StandardCharsets.UTF_8).getBytes(StandardCharsets.ISO_8859_1);
        assertRefused(latin1, "platform-csv-not-utf8", 2, withAccent.indexOf('\u00e9') + 1, EXPORT_AGAIN);
        assertRefused("{\"registrations\": []}".getBytes(StandardCharsets.UTF_8), "platform-csv-not-csv", 1, EXPORT_AGAIN);
        assertRefused((HEADER + "2024/03/05,\"a@example.org,never closed\r\n").getBytes(StandardCharsets.UTF_8),
                "platform-csv-unclosed-quote", 2, 12, EXPORT_AGAIN);

        byte[] large = new byte[5 * 1024 * 1024 + 1];
        byte[] header = csv(answer("2024/03/05 2:14:33 PM GMT+1", name, "Wikidata"));
        System.arraycopy(header, 0, large, 0, header.length);
        java.util.Arrays.fill(large, header.length, large.length, (byte) ' ');
        assertRefused(large, "platform-csv-too-large", 5L, SMALLER);

        StringBuilder many = new StringBuilder(HEADER);
        for (int i = 0; i <= 10_000; i++) {
            many.append("2024/03/05 2:14:33 PM GMT+1,,").append(name).append(i).append(",N,SSA,NG,ha,ED,,,\r\n");
        }
        assertRefused(many.toString().getBytes(StandardCharsets.UTF_8), "platform-csv-too-many-rows", 10_000, SMALLER);

        given().auth().oauth2(organizer()).contentType(ContentType.JSON).body("{}").post(PATH).then().statusCode(415)
                .contentType("application/problem+json");
        assertNull(participantId(name));
    }

    @Test
    void metaWikiDownMeans503AndNothingImported() {
        String name = "Down Time " + UUID.randomUUID();
        MetaWikiStandIn.down(true);
        long outboxBefore = count("select count(*) from outbox");
        upload(csv(answer("2024/03/05 2:14:33 PM GMT+1", name, "Wikidata"),
                answer("2024/03/05 2:15:33 PM GMT+1", name + " Two", "Wikidata")), organizer(), "es")
                .then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .header("Content-Language", "es")
                .body("type", is("urn:letsconnect:problem:central-auth-unavailable"))
                .body("title", is(messages.get("es", "platform-problem-unavailable")));
        assertNull(participantId(name));
        assertNull(participantId(name + " Two"));
        assertEquals(outboxBefore, count("select count(*) from outbox"));
        assertEquals(0, count("select count(*) from registration_import where subject = '"
                + DevIssuer.subjectFor(name) + "'"));

        MetaWikiStandIn.down(false);
        upload(csv(answer("2024/03/05 2:14:33 PM GMT+1", name, "Wikidata")), organizer(), "es").then()
                .statusCode(200).body("created", is(1));
    }

    @Test
    void anImportedPersonWhoSignsInUpdatesTheSameProfileAndLaterImportsLeaveItAlone() {
        String name = "Imported Then Signed In " + UUID.randomUUID();
        byte[] csv = csv(answer("2024/03/05 2:14:33 PM GMT+1", name, "Wikidata"));
        upload(csv, organizer(), "en").then().statusCode(200).body("created", is(1));
        String id = participantId(name);

        String token = issuer.token(name);
        JsonPath mine = given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200).extract().jsonPath();
        assertEquals(id, mine.getString("id"));
        assertEquals("members", mine.getString("visibility"));
        assertEquals("someone@example.org", mine.getString("email"));

        Map<String, Object> profile = new HashMap<>();
        profile.put("displayName", "Signed In Now");
        profile.put("region", "sub-saharan-africa");
        profile.put("country", "NG");
        profile.put("timeZone", "Africa/Lagos");
        profile.put("languages", List.of(Map.of("code", "ha", "level", "native")));
        profile.put("movementRole", "volunteer-organizer");
        profile.put("skillsToLearn", List.of("Q2013", "Q54871"));
        profile.put("visibility", "public");
        profile.put("bio", "Now I manage my own profile.");
        profile.put("email", "someone@example.org");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(profile).put("/api/v1/me")
                .then().statusCode(200).body("id", is(id)).body("visibility", is("public"));
        assertEquals(1, count("select count(*) from participant where subject = '" + DevIssuer.subjectFor(name) + "'"));

        JsonPath again = upload(csv, organizer(), "en").then().statusCode(200).extract().jsonPath();
        assertEquals(0, again.getInt("created") + again.getInt("updated") + again.getInt("unchanged"));
        assertEquals(List.of(List.of("kept-own-profile")), again.getList("skipped.codes"));
        assertEquals(List.of(List.of(messages.get("en", "registry-import-kept-own-profile", name))),
                again.getList("skipped.reasons"));
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200)
                .body("displayName", is("Signed In Now")).body("bio", is("Now I manage my own profile."));
    }

    @Test
    void someoneWhoRegisteredThemselvesFirstIsNotOverwritten() {
        String name = "Registered First " + UUID.randomUUID();
        Map<String, Object> profile = new HashMap<>();
        profile.put("displayName", "My Own Words");
        profile.put("region", "south-asia");
        profile.put("country", "IN");
        profile.put("timeZone", "Asia/Kolkata");
        profile.put("languages", List.of(Map.of("code", "hi", "level", "native")));
        profile.put("movementRole", "individual-editor");
        given().auth().oauth2(issuer.token(name)).contentType(ContentType.JSON).body(profile).put("/api/v1/me")
                .then().statusCode(201);
        upload(csv(answer("2024/03/05 2:14:33 PM GMT+1", name, "Wikidata")), organizer(), "en").then()
                .statusCode(200).body("created", is(0)).body("skipped[0].codes", is(List.of("kept-own-profile")));
        given().auth().oauth2(issuer.token(name)).get("/api/v1/me").then().body("displayName", is("My Own Words"));
    }

    @Test
    void anErasedPersonIsNotImportedAgain() {
        String name = "Erased Later " + UUID.randomUUID();
        byte[] csv = csv(answer("2024/03/05 2:14:33 PM GMT+1", name, "Wikidata"));
        upload(csv, organizer(), "en").then().statusCode(200).body("created", is(1));
        given().auth().oauth2(issuer.token(name)).delete("/api/v1/me").then().statusCode(204);
        upload(csv, organizer(), "en").then().statusCode(200).body("created", is(0))
                .body("skipped[0].codes", is(List.of("erased")));
        given().auth().oauth2(issuer.token(name)).get("/api/v1/me").then().statusCode(404);
    }

    @Test
    void aChangedAnswerUpdatesTheProfileAndPublishesTheUpdate() {
        String name = "Changed Answer " + UUID.randomUUID();
        upload(csv(answer("2024/03/05 2:14:33 PM GMT+1", name, "Wikidata")), organizer(), "en").then()
                .statusCode(200).body("created", is(1));
        String id = participantId(name);
        upload(csv(answer("2024/04/05 2:14:33 PM GMT+1", name, "Wikidata, Lua modules")), organizer(), "en").then()
                .statusCode(200).body("updated", is(1)).body("created", is(0)).body("unchanged", is(0));
        assertEquals(List.of("Q2013", "Q207316"), profile(id).getList("skillsToLearn"));
        List<JsonNode> published = events.awaitEvents(Topics.REGISTRY_PARTICIPANTS, id, 2, TIMEOUT);
        assertEquals("org.letsconnect.registry.participant.updated.v1", published.get(1).path("type").asText());
        upload(csv(answer("2024/04/05 2:14:33 PM GMT+1", name, "Wikidata, Lua modules")), organizer(), "en").then()
                .statusCode(200).body("unchanged", is(1));
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private String organizer() {
        return issuer.token("Working Group", "organizer");
    }

    private static Response upload(byte[] file, String token, String language) {
        return given().auth().oauth2(token).header("Accept-Language", language)
                .contentType(RegistrationImportResource.TEXT_CSV).body(file).post(PATH);
    }

    private void assertRefused(byte[] file, String key, Object... params) {
        upload(file, organizer(), "en").then().statusCode(400).contentType("application/problem+json")
                .body("type", is("urn:letsconnect:problem:validation"))
                .body("errors.size()", is(1))
                .body("errors[0].field", is("file"))
                .body("errors[0].message", is(messages.get("en", key, params)));
    }

    /** One answer with the columns of {@link #HEADER}. */
    private static String answer(String timestamp, String username, String skillsToLearn) {
        return timestamp + ",someone@example.org," + username + "," + username
                + ",Sub-Saharan Africa,Nigeria,\"Hausa, English\",Volunteer organiser,\"" + skillsToLearn
                + "\",Wikimedia Commons,No\r\n";
    }

    private static byte[] csv(String... answers) {
        return (HEADER + String.join("", answers)).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] sample() {
        try (InputStream in = RegistrationImportResourceTest.class.getResourceAsStream("/importing/registrations.csv")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> warning(int row, String field, String value, String code) {
        return List.of(String.valueOf(row), field, value, code);
    }

    private static List<List<String>> warnings(JsonPath report) {
        List<List<String>> warnings = new ArrayList<>();
        List<Map<String, Object>> all = report.getList("warnings");
        for (Map<String, Object> warning : all) {
            warnings.add(List.of(String.valueOf(warning.get("row")), (String) warning.get("field"),
                    (String) warning.get("value"), (String) warning.get("code")));
        }
        return warnings;
    }

    private JsonPath profile(String id) {
        return given().auth().oauth2(organizer()).get("/api/v1/participants/{id}", id).then().statusCode(200)
                .extract().jsonPath();
    }

    private String participantId(String username) {
        var rows = pool.preparedQuery("select id from participant where subject = $1")
                .execute(Tuple.of(DevIssuer.subjectFor(username))).await().indefinitely();
        for (Row row : rows) {
            return row.getUUID(0).toString();
        }
        return null;
    }

    private long count(String sql) {
        return pool.query(sql).execute().await().indefinitely().iterator().next().getLong(0);
    }

    private int outboxRows(java.util.Collection<String> aggregateIds) {
        return pool.preparedQuery("select count(*) from outbox where aggregateid = any($1)")
                .execute(Tuple.of(aggregateIds.toArray(new String[0]))).await().indefinitely().iterator().next()
                .getInteger(0);
    }

}
