package org.letsconnect.notification.delivery;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.letsconnect.notification.delivery.DeliveryFixtures.address;
import static org.letsconnect.notification.delivery.DeliveryFixtures.awaitDelivery;
import static org.letsconnect.notification.delivery.DeliveryFixtures.participant;
import static org.letsconnect.notification.delivery.DeliveryFixtures.plan;
import static org.letsconnect.notification.delivery.DeliveryFixtures.planned;

import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.letsconnect.contracts.registry.ParticipantProfile;
import org.letsconnect.notification.notification.Channel;
import org.letsconnect.notification.notification.Delivery;
import org.letsconnect.notification.notification.NotificationPlanner;
import org.letsconnect.testkit.DevIssuer;
import org.letsconnect.testkit.EventProbe;
import org.letsconnect.testkit.InjectInfrastructure;
import org.letsconnect.testkit.WithTestInfrastructure;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestInfrastructure(smtp = true)
class DeliveryLogResourceTest {

    @InjectInfrastructure
    EventProbe events;
    @InjectInfrastructure
    DevIssuer issuer;
    @Inject
    NotificationPlanner planner;

    @Test
    void organizersReadTheLogFilteredBySpaceRecipientStatusAndChannel() {
        String address = address();
        ParticipantProfile amara = participant(events, address);
        ParticipantProfile nomail = participant(events, null);
        UUID space = UUID.randomUUID();
        UUID sent = plan(planner, planned(amara, space, null));
        UUID pending = plan(planner, planned(amara, space, Instant.now().plusSeconds(86_400)));
        UUID failed = plan(planner, planned(nomail, space, null));
        awaitDelivery(sent, Channel.EMAIL, Delivery.SENT);
        awaitDelivery(failed, Channel.EMAIL, Delivery.FAILED);
        String organizer = issuer.token("Organizer " + UUID.randomUUID(), "organizer");

        given().auth().oauth2(organizer).queryParam("space", space.toString())
                .when().get("/api/v1/deliveries")
                .then().statusCode(200)
                .body("total", equalTo(6))
                .body("items", hasSize(6))
                // newest first: the one due tomorrow leads
                .body("items[0].notificationId", equalTo(pending.toString()))
                .body("items.spaceId", everyItem(equalTo(space.toString())))
                .body(not(containsString(address)));

        given().auth().oauth2(organizer).queryParam("space", space.toString()).queryParam("status", "failed")
                .queryParam("channel", "email")
                .when().get("/api/v1/deliveries")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].notificationId", equalTo(failed.toString()))
                .body("items[0].reason", equalTo("no-address"))
                .body("items[0].recipientKind", equalTo("participant"))
                .body("items[0].recipientId", equalTo(nomail.participantId()))
                .body("items[0].template", equalTo("reminder-day"))
                .body("items[0].category", equalTo("reminders"))
                .body("items[0].attempts", equalTo(1));

        given().auth().oauth2(organizer).queryParam("recipient", amara.participantId())
                .queryParam("status", "sent").queryParam("size", "1").queryParam("page", "1")
                .when().get("/api/v1/deliveries")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("page", equalTo(1))
                .body("items", hasSize(1))
                .body("items[0].notificationId", equalTo(sent.toString()))
                .body("items[0].sentAt", not(equalTo(null)));

        given().auth().oauth2(organizer).queryParam("recipient", amara.participantId())
                .queryParam("status", "pending")
                .when().get("/api/v1/deliveries")
                .then().statusCode(200)
                .body("items.notificationId", everyItem(equalTo(pending.toString())))
                .body("items.channel", hasItem("in-app"));
    }

    @Test
    void theLogIsForOrganizersOnly() {
        given().when().get("/api/v1/deliveries").then().statusCode(401);
        given().auth().oauth2(issuer.token("Participant " + UUID.randomUUID()))
                .when().get("/api/v1/deliveries").then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void badFiltersAreNamed() {
        String organizer = issuer.token("Organizer " + UUID.randomUUID(), "organizer");
        given().auth().oauth2(organizer).queryParam("status", "lost").queryParam("space", "clinic-42")
                .queryParam("size", "0")
                .when().get("/api/v1/deliveries")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("status"))
                .body("errors.field", hasItem("space"))
                .body("errors.field", hasItem("size"));
    }

    @Test
    void healthTellsTheQueueWithoutFailingAndMetricsCountDeliveries() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("checks.find { it.name == 'delivery-queue' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'delivery-queue' }.data.overdue", not(equalTo(null)));
        ParticipantProfile aisha = participant(events, address());
        awaitDelivery(plan(planner, planned(aisha, UUID.randomUUID(), null)), Channel.EMAIL, Delivery.SENT);
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("letsconnect_notification_deliveries_total{channel=\"email\",outcome=\"sent\"}"));
    }
}
