package org.letsconnect.testkit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;

/**
 * What every Let's Connect service promises a newcomer, an operator and the frontend, checked against the
 * running service: health, metrics and OpenAPI without a token; {@code /api/v1/session} with a development
 * token; a refusal without one as problem+json. A service's test extends it and adds
 * {@code @QuarkusTest @WithTestInfrastructure}.
 */
public abstract class ServiceConventionsTest {

    /** The service's name as its OpenAPI title and CloudEvent source carry it, e.g. {@code registry-service}. */
    protected abstract String serviceName();

    @Test
    void readyWhenItsDatabaseAndBrokerAreUp() {
        given().get("/q/health/ready").then().statusCode(200).body("status", is("UP"));
        given().get("/q/health/live").then().statusCode(200).body("status", is("UP"));
    }

    @Test
    void documentsItsApiWithoutAToken() throws InterruptedException {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("info.title", containsString(serviceName()))
                .body("paths", hasKey("/api/v1/session"));
        // the relay registers its meters on its first pass, a moment after start
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (!given().get("/q/metrics").then().statusCode(200).extract().asString()
                .contains("letsconnect_outbox_published") && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        given().get("/q/metrics").then().statusCode(200).body(containsString("letsconnect_outbox_published"));
    }

    @Test
    void knowsTheSignedInCaller() {
        given().auth().oauth2(DevIssuer.shared().token("Newcomer"))
                .get("/api/v1/session")
                .then().statusCode(200)
                .body("subject", is(DevIssuer.subjectFor("Newcomer")))
                .body("username", is("Newcomer"))
                .body("roles", contains("participant"));
    }

    @Test
    void refusesAnApiCallWithoutAToken() {
        given().get("/api/v1/session")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", is("urn:letsconnect:problem:unauthorized"));
    }
}
