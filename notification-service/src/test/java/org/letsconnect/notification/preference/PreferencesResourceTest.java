package org.letsconnect.notification.preference;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.letsconnect.contracts.EventType;
import org.letsconnect.contracts.registry.ParticipantErased;
import org.letsconnect.notification.notification.Category;
import org.letsconnect.notification.notification.Channel;
import org.letsconnect.notification.recipient.RecipientKind;
import org.letsconnect.testkit.WithTestInfrastructure;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestInfrastructure(smtp = true)
class PreferencesResourceTest extends PreferenceApiTest {

    private static final String CHOICES = """
            {
              "categories": {
                "outreach": {"email": false, "in-app": true},
                "badges": {"email": true, "in-app": false, "telegram": true}
              },
              "digest": "daily",
              "quietHours": {"start": "22:00", "end": "07:00"},
              "timeZone": "Asia/Kolkata"
            }""";

    @Inject
    NotificationPreferences preferences;

    private Person amina;

    @BeforeEach
    void register() {
        amina = participant("fr", "Europe/Berlin");
    }

    @Test
    void withoutATokenNothingIsShownOrChanged() {
        given().get("/api/v1/me/preferences").then().statusCode(401).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(CHOICES).put("/api/v1/me/preferences").then().statusCode(401)
                .contentType("application/problem+json");
        assertEquals(List.of(Channel.EMAIL, Channel.IN_APP), channels(amina.participantId(), Category.OUTREACH));
    }

    @Test
    void someoneWhoseProfileHasNotArrivedGetsAProblemSayingSo() {
        String stranger = issuer.token("Stranger " + UUID.randomUUID());
        given().auth().oauth2(stranger).get("/api/v1/me/preferences").then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("not known to the notification service yet"));
        given().auth().oauth2(stranger).contentType(ContentType.JSON).body(CHOICES).put("/api/v1/me/preferences")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theDefaultsAreEmailAndInAppInstantWithoutQuietHoursInTheProfilesZone() {
        given().auth().oauth2(token(amina)).get("/api/v1/me/preferences").then().statusCode(200)
                .body("categories.keySet()", containsInAnyOrder(Category.ALL.toArray()))
                .body("categories.outreach.email", is(true)).body("categories.outreach.in-app", is(true))
                .body("categories.milestones.telegram", is(false)).body("categories.reminders.talk-page", is(false))
                .body("digest", is("instant")).body("quietHours", nullValue()).body("timeZone", nullValue())
                .body("effectiveTimeZone", is("Europe/Berlin")).body("turnedOff", empty());
        for (String category : Category.ALL) {
            assertEquals(List.of(Channel.EMAIL, Channel.IN_APP), channels(amina.participantId(), category));
        }
        Instant due = Instant.parse("2026-12-01T23:30:00Z");
        assertEquals(due, release(amina.participantId(), Category.OUTREACH, due, false));
    }

    @Test
    void whatIsStoredIsWhatTheRestOfTheServiceFollows() {
        given().auth().oauth2(token(amina)).contentType(ContentType.JSON).body(CHOICES).put("/api/v1/me/preferences")
                .then().statusCode(200).body("categories.outreach.email", is(false))
                .body("categories.badges.telegram", is(true)).body("categories.badges.in-app", is(false))
                // left out: the defaults
                .body("categories.reminders.email", is(true)).body("categories.reminders.telegram", is(false))
                .body("digest", is("daily")).body("quietHours.start", is("22:00")).body("quietHours.end", is("07:00"))
                .body("timeZone", is("Asia/Kolkata")).body("effectiveTimeZone", is("Asia/Kolkata"));
        given().auth().oauth2(token(amina)).get("/api/v1/me/preferences").then().statusCode(200)
                .body("categories.outreach.email", is(false)).body("digest", is("daily"));

        assertEquals(List.of(Channel.IN_APP), channels(amina.participantId(), Category.OUTREACH));
        assertEquals(List.of(Channel.EMAIL, Channel.TELEGRAM), channels(amina.participantId(), Category.BADGES));
        // daily at 08:00 in Kolkata (02:30Z), which is outside the quiet hours
        assertEquals(Instant.parse("2026-12-02T02:30:00Z"),
                release(amina.participantId(), Category.OUTREACH, Instant.parse("2026-12-01T10:00:00Z"), false));
        // reminders skip the digest, but 23:30 in Kolkata is inside the quiet hours: until 07:00 (01:30Z)
        assertEquals(Instant.parse("2026-12-02T01:30:00Z"),
                release(amina.participantId(), Category.REMINDERS, Instant.parse("2026-12-01T18:00:00Z"), false));
        // urgent ones pass at once
        assertEquals(Instant.parse("2026-12-01T18:00:00Z"),
                release(amina.participantId(), Category.REMINDERS, Instant.parse("2026-12-01T18:00:00Z"), true));
    }

    @Test
    void quietHoursAreReckonedInTheProfilesZoneUnlessThePreferencesNameOne() {
        given().auth().oauth2(token(amina)).contentType(ContentType.JSON)
                .body("{\"quietHours\": {\"start\": \"22:00\", \"end\": \"07:00\"}}").put("/api/v1/me/preferences")
                .then().statusCode(200).body("timeZone", nullValue()).body("effectiveTimeZone", is("Europe/Berlin"))
                .body("digest", is("instant"));
        Instant lateInBerlin = ZonedDateTime.of(2026, 12, 1, 23, 0, 0, 0, ZoneId.of("Europe/Berlin")).toInstant();
        assertEquals(ZonedDateTime.of(2026, 12, 2, 7, 0, 0, 0, ZoneId.of("Europe/Berlin")).toInstant(),
                release(amina.participantId(), Category.OUTREACH, lateInBerlin, false));
    }

    @Test
    void everyFieldAtFaultIsNamedInTheCallersLanguage() {
        String invalid = """
                {
                  "categories": {
                    "newsletter": {"email": true},
                    "outreach": {"sms": true, "email": true}
                  },
                  "digest": "hourly",
                  "quietHours": {"start": "24:00", "end": "7:5"},
                  "timeZone": "Mars/Olympus_Mons"
                }""";
        given().auth().oauth2(token(amina)).header("Accept-Language", "fr").contentType(ContentType.JSON)
                .body(invalid).put("/api/v1/me/preferences").then().statusCode(400)
                .contentType("application/problem+json").header("Content-Language", "fr")
                .body("type", is("urn:letsconnect:problem:validation"))
                .body("title", is("Certains champs ne sont pas valides"))
                .body("errors.field", containsInAnyOrder("categories.newsletter", "categories.outreach.sms", "digest",
                        "quietHours.start", "quietHours.end", "timeZone"))
                .body("errors.find { it.field == 'digest' }.message", containsString("hourly"))
                .body("errors.find { it.field == 'quietHours.start' }.message",
                        is("24:00 n’est pas une heure : utilisez HH:mm, de 00:00 à 23:59."));
        given().auth().oauth2(token(amina)).contentType(ContentType.JSON)
                .body("{\"quietHours\": {\"start\": \"07:00\", \"end\": \"07:00\"}}").put("/api/v1/me/preferences")
                .then().statusCode(400).body("errors", hasSize(1)).body("errors[0].field", is("quietHours.end"))
                .body("errors[0].message", startsWith("Quiet hours must end"));
        given().auth().oauth2(token(amina)).contentType(ContentType.JSON)
                .body("{\"quietHours\": {\"start\": \"07:00\"}, \"categories\": {\"badges\": {\"email\": \"maybe\"}}}")
                .put("/api/v1/me/preferences").then().statusCode(400).body("errors.field", hasSize(1));
        given().auth().oauth2(token(amina)).contentType(ContentType.JSON)
                .body("{\"quietHours\": {\"start\": \"07:00\"}}").put("/api/v1/me/preferences")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("quietHours.end"));
        // nothing was stored
        given().auth().oauth2(token(amina)).get("/api/v1/me/preferences").then().statusCode(200)
                .body("digest", is("instant")).body("quietHours", nullValue());
    }

    @Test
    void aNulInTheTimeZoneAndAKeyGivenTwiceAreRefusedAndNothingIsStored() {
        given().auth().oauth2(token(amina)).header("Accept-Language", "ar").contentType(ContentType.JSON)
                .body("{\"digest\": \"daily\", \"timeZone\": \"Europe/Paris\\u0000\"}").put("/api/v1/me/preferences")
                .then().statusCode(400).contentType("application/problem+json").header("Content-Language", "ar")
                .body("type", is("urn:letsconnect:problem:validation"))
                .body("errors.field", contains("timeZone"))
                .body("errors[0].message", containsString("(U+0000)"));
        given().auth().oauth2(token(amina)).contentType(ContentType.JSON)
                .body("{\"digest\": \"daily\", \"digest\": \"weekly\"}").put("/api/v1/me/preferences")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("digest"))
                .body("errors[0].message", is("This field is given more than once. Give it once."));
        given().auth().oauth2(token(amina)).get("/api/v1/me/preferences").then().statusCode(200)
                .body("digest", is("instant")).body("timeZone", nullValue());
    }

    @Test
    void aParticipantOnlyEverSeesAndChangesTheirOwn() {
        Person bongani = participant("en", "Africa/Johannesburg");
        given().auth().oauth2(token(amina)).contentType(ContentType.JSON).body(CHOICES).put("/api/v1/me/preferences")
                .then().statusCode(200);
        given().auth().oauth2(token(bongani)).get("/api/v1/me/preferences").then().statusCode(200)
                .body("categories.outreach.email", is(true)).body("digest", is("instant"))
                .body("effectiveTimeZone", is("Africa/Johannesburg"));
        assertEquals(List.of(Channel.EMAIL, Channel.IN_APP), channels(bongani.participantId(), Category.OUTREACH));
        assertEquals(List.of(Channel.IN_APP), channels(amina.participantId(), Category.OUTREACH));
    }

    @Test
    void aChannelTurnedOffAfterAFailureStaysOffUntilThePersonTurnsItOnAgain() {
        inTransaction(() -> preferences.turnOff(RecipientKind.PARTICIPANT,
                amina.participantId(), Channel.EMAIL, "smtp-rejected"));
        assertEquals(List.of(Channel.IN_APP), channels(amina.participantId(), Category.REMINDERS));
        String document = given().auth().oauth2(token(amina)).get("/api/v1/me/preferences").then().statusCode(200)
                .body("categories.reminders.email", is(false)).body("categories.reminders.in-app", is(true))
                .body("turnedOff.channel", containsInAnyOrder(Channel.EMAIL))
                .body("turnedOff[0].reason", is("smtp-rejected")).extract().asString();

        // sending back what GET showed keeps it off; changing something else neither turns it on
        given().auth().oauth2(token(amina)).contentType(ContentType.JSON).body(document).put("/api/v1/me/preferences")
                .then().statusCode(200).body("turnedOff.channel", containsInAnyOrder(Channel.EMAIL));
        given().auth().oauth2(token(amina)).contentType(ContentType.JSON).body("{\"digest\": \"weekly\"}")
                .put("/api/v1/me/preferences").then().statusCode(200).body("categories.outreach.email", is(false));
        assertEquals(List.of(Channel.IN_APP), channels(amina.participantId(), Category.OUTREACH));

        // turning it on for one category clears the turn-off
        given().auth().oauth2(token(amina)).contentType(ContentType.JSON)
                .body("{\"categories\": {\"reminders\": {\"email\": true}}}").put("/api/v1/me/preferences").then()
                .statusCode(200).body("turnedOff", empty()).body("categories.reminders.email", is(true))
                .body("categories.outreach.email", is(true));
        assertEquals(List.of(Channel.EMAIL, Channel.IN_APP), channels(amina.participantId(), Category.REMINDERS));
    }

    @Test
    void aGuestGetsEmailUntilItFailsForGood() {
        UUID guest = UUID.randomUUID();
        assertEquals(List.of(Channel.EMAIL), inSession(
                () -> preferences.channels(RecipientKind.GUEST, guest, Category.REMINDERS)));
        inTransaction(
                () -> preferences.turnOff(RecipientKind.GUEST, guest, Channel.EMAIL, "smtp-unknown-address"));
        assertEquals(List.of(), inSession(
                () -> preferences.channels(RecipientKind.GUEST, guest, Category.REMINDERS)));
        Instant due = Instant.parse("2026-12-01T23:30:00Z");
        assertEquals(due, inSession(
                () -> preferences.releaseAt(RecipientKind.GUEST, guest, Category.REMINDERS, due, false)));
    }

    @Test
    void erasureForgetsThePreferencesAndTheTurnOffs() {
        given().auth().oauth2(token(amina)).contentType(ContentType.JSON).body(CHOICES).put("/api/v1/me/preferences")
                .then().statusCode(200);
        inTransaction(() -> preferences.turnOff(RecipientKind.PARTICIPANT,
                amina.participantId(), Channel.TELEGRAM, "bot-blocked"));
        events.publish(EventType.PARTICIPANT_ERASED,
                new ParticipantErased(amina.participantId().toString(), amina.subject(), Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> inSession(
                () -> NotificationPreference.findById(amina.participantId())) == null);
        assertNull(inSession(() -> ChannelTurnOff.find("recipientId",
                amina.participantId()).firstResult()));
        given().auth().oauth2(token(amina)).get("/api/v1/me/preferences").then().statusCode(404);
    }

    private List<String> channels(UUID participantId, String category) {
        return inSession(
                () -> preferences.channels(RecipientKind.PARTICIPANT, participantId, category));
    }

    private Instant release(UUID participantId, String category, Instant due, boolean urgent) {
        return inSession(
                () -> preferences.releaseAt(RecipientKind.PARTICIPANT, participantId, category, due, urgent));
    }
}
