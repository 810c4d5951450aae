package org.letsconnect.clinic.space;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.letsconnect.clinic.AdjustableClock;
import org.letsconnect.clinic.ClinicApiTest;
import org.letsconnect.clinic.SpaceRequests;
import org.letsconnect.testkit.WithTestInfrastructure;

import io.quarkus.test.junit.QuarkusTest;

/** The service reads the time from the one injected clock, so a test can move it. */
@QuarkusTest
@WithTestInfrastructure
class MovedClockTest extends ClinicApiTest {

    @Inject
    AdjustableClock clock;

    @AfterEach
    void putTimeBack() {
        clock.reset();
    }

    @Test
    void aMilestoneIsOverdueOnceTheClockPassesItsDueDate() {
        // the first milestone is due 42 days before the session, 58 days from now
        String id = SpaceRequests.create(organizer, SpaceRequests.clinic(100, 45));
        given().auth().oauth2(organizer).get("/api/v1/clinics/{id}", id).then().statusCode(200)
                .body("milestones.find { it.code == 'brainstorm-call' }.overdue", is(false));

        clock.advance(Duration.ofDays(60));

        given().auth().oauth2(organizer).get("/api/v1/clinics/{id}", id).then().statusCode(200)
                .body("milestones.find { it.code == 'brainstorm-call' }.overdue", is(true))
                .body("milestones.find { it.code == 'dry-run' }.overdue", is(false));
    }
}
