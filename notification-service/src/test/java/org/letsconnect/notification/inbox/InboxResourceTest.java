package org.letsconnect.notification.inbox;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.letsconnect.notification.notification.Category;
import org.letsconnect.notification.notification.Notification;
import org.letsconnect.notification.notification.NotificationPlanner;
import org.letsconnect.notification.notification.PlannedNotification;
import org.letsconnect.notification.preference.PreferenceApiTest;
import org.letsconnect.notification.recipient.RecipientKind;
import org.letsconnect.notification.rule.Templates;
import org.letsconnect.testkit.WithTestInfrastructure;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestInfrastructure(smtp = true)
class InboxResourceTest extends PreferenceApiTest {

    @Inject
    NotificationPlanner planner;

    private Person amina;
    private Person bongani;
    private final UUID space = UUID.randomUUID();

    @BeforeEach
    void register() {
        amina = participant("en", "Africa/Lagos");
        bongani = participant("en", "Africa/Johannesburg");
    }

    @Test
    void withoutATokenTheInboxIsClosed() {
        UUID id = delivered(amina, Templates.BADGE_AWARDED, "2026-12-01T10:00:00Z");
        given().get("/api/v1/me/notifications").then().statusCode(401).contentType("application/problem+json");
        given().post("/api/v1/me/notifications/{id}/read", id).then().statusCode(401);
        given().post("/api/v1/me/notifications/read-all").then().statusCode(401);
        inbox(amina).body("unread", is(1));
    }

    @Test
    void theInboxHoldsWhatReachedItNewestFirstWithTheUnreadCount() {
        UUID oldest = delivered(amina, Templates.CLINIC_OUTREACH, "2026-12-01T08:00:00Z");
        UUID middle = delivered(amina, Templates.FOLLOW_UP, "2026-12-01T09:00:00Z");
        UUID newest = delivered(amina, Templates.REMINDER_DAY, "2026-12-01T10:00:00Z");
        UUID waiting = planned(amina, Templates.REMINDER_HOUR); // its in-app delivery is still pending

        inbox(amina).body("total", is(3)).body("unread", is(3))
                .body("items.id", contains(newest.toString(), middle.toString(), oldest.toString()))
                .body("items.id", not(hasItem(waiting.toString())))
                .body("items[0].template", is(Templates.REMINDER_DAY)).body("items[0].category", is(Category.OUTREACH))
                .body("items[0].spaceId", is(space.toString())).body("items[0].read", is(false))
                .body("items[0].createdAt", is("2026-12-01T10:00:00Z"))
                .body("items[0].title", not(emptyOrNullString())).body("items[0].body", not(emptyOrNullString()))
                .body("items.title", everyItem(not(containsString("⧼"))));
        given().auth().oauth2(token(amina)).queryParam("size", 2).get("/api/v1/me/notifications").then()
                .statusCode(200).body("items.id", contains(newest.toString(), middle.toString()))
                .body("total", is(3)).body("size", is(2));
        given().auth().oauth2(token(amina)).queryParam("size", 2).queryParam("page", 1)
                .get("/api/v1/me/notifications").then().statusCode(200).body("items.id", contains(oldest.toString()));
        inbox(bongani).body("items", empty()).body("total", is(0)).body("unread", is(0));
    }

    @Test
    void readingOneAndAll() {
        UUID first = delivered(amina, Templates.CLINIC_OUTREACH, "2026-12-01T08:00:00Z");
        UUID second = delivered(amina, Templates.FOLLOW_UP, "2026-12-01T09:00:00Z");
        UUID third = delivered(amina, Templates.REMINDER_DAY, "2026-12-01T10:00:00Z");

        given().auth().oauth2(token(amina)).post("/api/v1/me/notifications/{id}/read", second).then().statusCode(204);
        given().auth().oauth2(token(amina)).post("/api/v1/me/notifications/{id}/read", second).then().statusCode(204);
        inbox(amina).body("unread", is(2)).body("items.find { it.id == '" + second + "' }.read", is(true))
                .body("items.find { it.id == '" + first + "' }.read", is(false));

        given().auth().oauth2(token(amina)).post("/api/v1/me/notifications/read-all").then().statusCode(200)
                .body("marked", is(2));
        inbox(amina).body("unread", is(0)).body("items.read", contains(true, true, true)).body("total", is(3));
        given().auth().oauth2(token(amina)).post("/api/v1/me/notifications/read-all").then().statusCode(200)
                .body("marked", is(0));
        given().auth().oauth2(token(amina)).post("/api/v1/me/notifications/{id}/read", third).then().statusCode(204);
    }

    @Test
    void nobodyReadsOrMarksAnothersNotifications() {
        UUID aminas = delivered(amina, Templates.CLINIC_OUTREACH, "2026-12-01T08:00:00Z");
        UUID bonganis = delivered(bongani, Templates.CLINIC_OUTREACH, "2026-12-01T08:00:00Z");

        inbox(bongani).body("items.id", contains(bonganis.toString())).body("total", is(1));
        // someone else's id answers like an unknown one, so ids reveal nothing
        given().auth().oauth2(token(bongani)).post("/api/v1/me/notifications/{id}/read", aminas).then()
                .statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(token(bongani)).post("/api/v1/me/notifications/{id}/read", UUID.randomUUID()).then()
                .statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(token(bongani)).post("/api/v1/me/notifications/{id}/read", "not-an-id").then()
                .statusCode(404);
        given().auth().oauth2(token(bongani)).post("/api/v1/me/notifications/read-all").then().statusCode(200)
                .body("marked", is(1));
        inbox(amina).body("unread", is(1)).body("items[0].read", is(false));
        // a notification whose in-app delivery has not gone out is not in the inbox yet
        UUID pending = planned(amina, Templates.REMINDER_HOUR);
        given().auth().oauth2(token(amina)).post("/api/v1/me/notifications/{id}/read", pending).then()
                .statusCode(404);
        // a signed-in person the service does not know yet has an empty inbox
        String stranger = issuer.token("Stranger " + UUID.randomUUID());
        given().auth().oauth2(stranger).get("/api/v1/me/notifications").then().statusCode(200)
                .body("items", empty()).body("total", is(0));
        given().auth().oauth2(stranger).post("/api/v1/me/notifications/{id}/read", aminas).then().statusCode(404);
    }

    @Test
    void pagingOutOfBoundsIsRefusedNamingEachParameter() {
        given().auth().oauth2(token(amina)).queryParam("size", 0).queryParam("page", -1)
                .get("/api/v1/me/notifications").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("page", "size"));
        given().auth().oauth2(token(amina)).queryParam("size", 101).get("/api/v1/me/notifications").then()
                .statusCode(400).body("errors.field", contains("size"));
        given().auth().oauth2(token(amina)).queryParam("size", "many").get("/api/v1/me/notifications").then()
                .statusCode(400).body("errors", hasSize(1));
        given().auth().oauth2(token(amina)).queryParam("size", 100).get("/api/v1/me/notifications").then()
                .statusCode(200);
    }

    private io.restassured.response.ValidatableResponse inbox(Person person) {
        return given().auth().oauth2(token(person)).get("/api/v1/me/notifications").then().statusCode(200);
    }

    /** A notification planned for the person, its in-app delivery sent (as the delivery worker would), created then. */
    private UUID delivered(Person person, String template, String createdAt) {
        UUID id = planned(person, template);
        inTransaction(() -> Panache.getSession().flatMap(session -> session
                .createNativeQuery("update delivery set status = 'sent', sent_at = :at, updated_at = :at"
                        + " where channel = 'in-app' and notification_id = :id")
                .setParameter("at", OffsetDateTime.now(ZoneOffset.UTC)).setParameter("id", id).executeUpdate()
                .flatMap(updated -> session.createNativeQuery("update notification set created_at = :at where id = :id")
                        .setParameter("at", Instant.parse(createdAt).atOffset(ZoneOffset.UTC))
                        .setParameter("id", id).executeUpdate())));
        return id;
    }

    /** Planned a month ahead, so the delivery worker leaves its deliveries pending for the test to decide. */
    private UUID planned(Person person, String template) {
        PlannedNotification planned = new PlannedNotification(UUID.randomUUID().toString(), RecipientKind.PARTICIPANT,
                person.participantId(), Category.OUTREACH, template, space, Map.of("badge", "clinic-attendee"),
                Instant.now().plus(Duration.ofDays(30)), false);
        inTransaction(() -> planner.plan(planned));
        return inSession(
                () -> Notification.<Notification> find("dedupKey", planned.dedupKey()).firstResult()).id;
    }
}
