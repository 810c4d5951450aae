package org.letsconnect.notification.unsubscribe;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.letsconnect.notification.notification.Category;
import org.letsconnect.notification.notification.Channel;
import org.letsconnect.notification.preference.NotificationPreferences;
import org.letsconnect.notification.preference.PreferenceApiTest;
import org.letsconnect.notification.recipient.RecipientKind;
import org.letsconnect.testkit.WithTestInfrastructure;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestInfrastructure(smtp = true)
class UnsubscribeResourceTest extends PreferenceApiTest {

    private static final List<String> DEFAULT = List.of(Channel.EMAIL, Channel.IN_APP);

    @Inject
    UnsubscribeLinks links;
    @Inject
    NotificationPreferences preferences;

    private Person amina;

    @BeforeEach
    void register() {
        amina = participant("en", "Africa/Lagos");
    }

    @Test
    void theLinkIsUnderThePublicUrlAndNamesNoAddress() {
        String url = links.oneClickUrl(RecipientKind.PARTICIPANT, amina.participantId(), Category.OUTREACH);
        assertTrue(url.startsWith("http://localhost:8084/api/v1/unsubscribe/")
                || url.matches("https?://[^/]+(/[^/]+)*/api/v1/unsubscribe/[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+"), url);
        assertTrue(!url.contains("@") && !url.contains("?"), url);
    }

    @Test
    void oneClickTurnsThatCategoryOffOnEveryChannelAndNothingElse() {
        String path = path(RecipientKind.PARTICIPANT, amina.participantId(), Category.OUTREACH);
        // as mail clients send it (RFC 8058), without a token
        given().contentType(ContentType.URLENC).formParam("List-Unsubscribe", "One-Click").post(path).then()
                .statusCode(200).contentType(ContentType.JSON).body("category", is("outreach"))
                .body("unsubscribed", is(true))
                .body("message", is(
                        "You are unsubscribed from “New sessions for your skills”: you will no longer get these notifications."));
        assertEquals(List.of(), channels(amina.participantId(), Category.OUTREACH));
        assertEquals(DEFAULT, channels(amina.participantId(), Category.REMINDERS));
        assertEquals(DEFAULT, channels(amina.participantId(), Category.REGISTRATION));
        // the participant sees it, and can turn it on again
        given().auth().oauth2(token(amina)).get("/api/v1/me/preferences").then().statusCode(200)
                .body("categories.outreach.email", is(false)).body("categories.outreach.in-app", is(false))
                .body("categories.reminders.email", is(true));
        // again: still fine, still off
        given().post(path).then().statusCode(200);
        assertEquals(List.of(), channels(amina.participantId(), Category.OUTREACH));
    }

    @Test
    void anEmptyBodyWorksToo() {
        given().post(path(RecipientKind.PARTICIPANT, amina.participantId(), Category.BADGES)).then().statusCode(200);
        assertEquals(List.of(), channels(amina.participantId(), Category.BADGES));
        assertEquals(DEFAULT, channels(amina.participantId(), Category.OUTREACH));
    }

    @Test
    void allTurnsOffEveryCategory() {
        given().formParam("List-Unsubscribe", "One-Click")
                .post(path(RecipientKind.PARTICIPANT, amina.participantId(), "all")).then().statusCode(200)
                .body("category", is("all"));
        for (String category : Category.ALL) {
            assertEquals(List.of(), channels(amina.participantId(), category), category);
        }
    }

    @Test
    void aLinkForOnePersonNeverChangesAnother() {
        Person bongani = participant("en", "UTC");
        given().post(path(RecipientKind.PARTICIPANT, amina.participantId(), "all")).then().statusCode(200);
        for (String category : Category.ALL) {
            assertEquals(DEFAULT, channels(bongani.participantId(), category), category);
        }
    }

    @Test
    void aForgedOrEditedLinkIsRefusedAndChangesNothing() {
        String token = links.oneClickUrl(RecipientKind.PARTICIPANT, amina.participantId(), Category.OUTREACH)
                .replaceAll(".*/", "");
        String signature = token.substring(token.indexOf('.') + 1);
        String otherCategory = base64("v1:participant:" + amina.participantId() + ":reminders") + "." + signature;
        Person bongani = participant("en", "UTC");
        String otherPerson = base64("v1:participant:" + bongani.participantId() + ":outreach") + "." + signature;
        String everything = base64("v1:participant:" + amina.participantId() + ":all") + "." + signature;
        String badSignature = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        for (String forged : List.of(otherCategory, otherPerson, everything, badSignature, "nonsense")) {
            given().header("Accept-Language", "fr").post("/api/v1/unsubscribe/" + forged).then().statusCode(404)
                    .contentType("application/problem+json").body("title", is("Introuvable"));
            given().get("/api/v1/unsubscribe/" + forged).then().statusCode(404)
                    .contentType("application/problem+json");
        }
        for (String category : Category.ALL) {
            assertEquals(DEFAULT, channels(amina.participantId(), category), category);
            assertEquals(DEFAULT, channels(bongani.participantId(), category), category);
        }
    }

    @Test
    void openingTheLinkOnlyShowsAPageThatOffersTheButton() {
        String path = path(RecipientKind.PARTICIPANT, amina.participantId(), Category.OUTREACH);
        String html = given().accept("text/html").get(path).then().statusCode(200).contentType(ContentType.HTML)
                .header("Cache-Control", "no-store").extract().asString();
        assertTrue(html.contains("<html lang=\"en\" dir=\"ltr\">"), html);
        assertTrue(html.contains("notifications about “New sessions for your skills”"), html);
        assertTrue(html.contains("<form method=\"post\">"), html);
        assertTrue(html.contains("name=\"List-Unsubscribe\" value=\"One-Click\""), html);
        // a mail scanner fetching the link twice changes nothing
        given().get(path).then().statusCode(200);
        assertEquals(DEFAULT, channels(amina.participantId(), Category.OUTREACH));

        // the button: a browser's form post gets a page back
        String done = given().accept("text/html,application/xhtml+xml,*/*;q=0.8").contentType(ContentType.URLENC)
                .formParam("List-Unsubscribe", "One-Click").post(path).then().statusCode(200)
                .contentType(ContentType.HTML).extract().asString();
        assertTrue(done.contains("You are unsubscribed"), done);
        assertTrue(!done.contains("<form"), done);
        assertEquals(List.of(), channels(amina.participantId(), Category.OUTREACH));
    }

    @Test
    void thePageIsInThePersonsLanguageAndDirection() {
        Person arabic = participant("ar", "Africa/Cairo");
        given().get(path(RecipientKind.PARTICIPANT, arabic.participantId(), "all")).then().statusCode(200)
                .body(containsString("<html lang=\"ar\" dir=\"rtl\">"))
                .body(containsString("إلغاء الاشتراك في إشعارات")).body(not(containsString("⧼")));
    }

    @Test
    void aGuestUnsubscribesPerRegistration() {
        UUID guest = guest("en");
        UUID otherGuest = guest("en");
        assertEquals(List.of(Channel.EMAIL), guestChannels(guest, Category.REMINDERS));
        String html = given().get(path(RecipientKind.GUEST, guest, Category.REMINDERS)).then().statusCode(200)
                .extract().asString();
        assertTrue(!html.contains("notification preferences"), "guests have no preferences to point to: " + html);
        given().formParam("List-Unsubscribe", "One-Click").post(path(RecipientKind.GUEST, guest, Category.REMINDERS))
                .then().statusCode(200);
        assertEquals(List.of(), guestChannels(guest, Category.REMINDERS));
        assertEquals(List.of(Channel.EMAIL), guestChannels(guest, Category.FOLLOW_UP));
        assertEquals(List.of(Channel.EMAIL), guestChannels(otherGuest, Category.REMINDERS));
        given().post(path(RecipientKind.GUEST, guest, "all")).then().statusCode(200);
        assertEquals(List.of(), guestChannels(guest, Category.FOLLOW_UP));
        assertEquals(List.of(Channel.EMAIL), guestChannels(otherGuest, Category.FOLLOW_UP));
    }

    private String path(RecipientKind kind, UUID id, String category) {
        return URI.create(links.oneClickUrl(kind, id, category)).getPath().replaceFirst("^.*(/api/v1/unsubscribe/)",
                "$1");
    }

    private List<String> channels(UUID participantId, String category) {
        return inSession(
                () -> preferences.channels(RecipientKind.PARTICIPANT, participantId, category));
    }

    private List<String> guestChannels(UUID registrationId, String category) {
        return inSession(
                (() -> preferences.channels(RecipientKind.GUEST, registrationId, category)));
    }

    private static String base64(String text) {
        return java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
