package org.letsconnect.platform.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.letsconnect.testkit.DevIssuer;
import org.letsconnect.testkit.InjectInfrastructure;
import org.letsconnect.testkit.WithTestInfrastructure;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Every refusal is RFC 9457 problem+json, titled in the caller's language, and changes nothing. */
@QuarkusTest
@WithTestInfrastructure
class ProblemResponsesTest {

    private static final String PROBLEM = "application/problem+json";

    @InjectInfrastructure
    DevIssuer issuer;

    @Test
    void invalidFieldsAreNamedInTheCallersLanguage() {
        UUID id = UUID.randomUUID();
        given().auth().oauth2(issuer.token("Validator")).contentType(ContentType.JSON)
                .header("Accept-Language", "fr-CA, en;q=0.5")
                .body(Map.of("id", id, "text", "much longer than twenty characters", "usefulness", 9,
                        "tags", List.of("fine", "far too long")))
                .post("/test/notes")
                .then().statusCode(400).contentType(PROBLEM)
                .header("Content-Language", "fr")
                .body("type", is("urn:letsconnect:problem:validation"))
                .body("status", is(400))
                .body("title", is("Certains champs ne sont pas valides"))
                .body("errors.field", hasItems("text", "usefulness", "tags[1]"))
                .body("errors.find { it.field == 'text' }.message", containsString("20"));
        given().auth().oauth2(issuer.token("Validator")).get("/test/notes/{id}", id).then().statusCode(404);
    }

    @Test
    void malformedJsonIsABadRequest() {
        given().auth().oauth2(issuer.token("Validator")).contentType(ContentType.JSON)
                .body("{\"text\": ")
                .post("/test/notes")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", is("urn:letsconnect:problem:bad-request"));
        given().auth().oauth2(issuer.token("Validator")).contentType(ContentType.JSON)
                .body("{\"text\": \"ok\", \"usefulness\": \"very\"}")
                .post("/test/notes")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItems("usefulness"));
    }

    @Test
    void missingThingIsNotFoundInArabic() {
        given().auth().oauth2(issuer.token("Reader")).header("Accept-Language", "ar")
                .get("/test/notes/{id}", UUID.randomUUID())
                .then().statusCode(404).contentType(PROBLEM)
                .header("Content-Language", "ar")
                .body("type", is("urn:letsconnect:problem:not-found"))
                .body("title", not(emptyOrNullString()))
                .body("title", not(containsString("⧼")));
    }

    @Test
    void requestsWithoutAValidTokenAreRefused() {
        for (String token : new String[] { null, issuer.expiredToken("Late"), issuer.wronglySignedToken("Forger"),
                issuer.wrongIssuerToken("Elsewhere"), "not-a-jwt" }) {
            var request = given().header("Accept-Language", "es");
            if (token != null) {
                request = request.auth().oauth2(token);
            }
            request.get("/api/v1/session")
                    .then().statusCode(401).contentType(PROBLEM)
                    .header("WWW-Authenticate", containsString("Bearer"))
                    .body("type", is("urn:letsconnect:problem:unauthorized"))
                    .body("title", is("Es necesario iniciar sesión"));
        }
    }

    @Test
    void healthMetricsAndApiDocumentationNeedNoToken() {
        given().get("/q/health/ready").then().statusCode(200).body("status", is("UP"));
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/openapi?format=json").then().statusCode(200).body("paths",
                org.hamcrest.Matchers.hasKey("/api/v1/session"));
        // the relay registers its meters on its first pass, a moment after start
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() -> given()
                .get("/q/metrics").then().statusCode(200).body(containsString("letsconnect_outbox_published")));
    }
}
