package org.letsconnect.platform.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.letsconnect.testkit.DevIssuer;
import org.letsconnect.testkit.InjectInfrastructure;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A service whose database goes away answers 503 and reports not ready, then recovers by itself. */
@QuarkusTest
@WithTestResource(DatabaseBehindProxy.class)
class DatabaseOutageTest {

    @InjectInfrastructure
    DevIssuer issuer;
    private String token;

    @BeforeEach
    void signIn() {
        token = issuer.token("Patient Reader");
    }

    @Test
    void unreachableDatabaseIsServiceUnavailableUntilItReturns() {
        UUID id = UUID.randomUUID();
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("id", id, "text", "kept", "usefulness", 3))
                .post("/test/notes").then().statusCode(201);

        DatabaseBehindProxy.proxy.cut();
        try {
            Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(token)
                    .header("Accept-Language", "fr")
                    .get("/test/notes/{id}", id)
                    .then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", notNullValue())
                    .body("type", is("urn:letsconnect:problem:unavailable"))
                    .body("title", is("Service temporairement indisponible")));
            given().get("/q/health/ready").then().statusCode(503).body("status", is("DOWN"));
        } finally {
            DatabaseBehindProxy.proxy.restore();
        }

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(token)
                .get("/test/notes/{id}", id).then().statusCode(200).body("text", is("kept")));
        given().get("/q/health/ready").then().statusCode(200);
    }
}
