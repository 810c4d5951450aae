package org.letsconnect.registry.skill;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.letsconnect.testkit.DevIssuer;
import org.letsconnect.testkit.InjectInfrastructure;
import org.letsconnect.testkit.WithTestInfrastructure;

import io.quarkus.test.junit.QuarkusTest;

/** {@code /api/v1/skills} as the frontend and CapX use it: the tree in the caller's language, cacheable. */
@QuarkusTest
@WithTestInfrastructure
class SkillResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String TECHNOLOGY = "skills.find { it.code == 'Q11016' }";

    @InjectInfrastructure
    DevIssuer issuer;

    @Test
    void answersTheTreeInSpanish() {
        given().auth().oauth2(issuer.token("Lucia")).header("Accept-Language", "es")
                .get("/api/v1/skills")
                .then().statusCode(200).contentType("application/json")
                .header("Content-Language", "es")
                .header("Vary", containsString("Accept-Language"))
                .header("Cache-Control", "public, max-age=3600")
                .header("ETag", not(emptyOrNullString()))
                .body("version", is("1.0.0"))
                .body("language", is("es"))
                .body("skills.size()", is(7))
                .body("skills.category", is(List.of("organizational", "communication", "learning", "community",
                        "social", "strategic", "technology")))
                .body(TECHNOLOGY + ".label", is("Tecnología"))
                .body(TECHNOLOGY + ".children.find { it.code == 'Q2013' }.children.find { it.code == 'Q54871' }.label",
                        is("Consultas con SPARQL"))
                .body("skills.language", everyItem(is("es")));
    }

    @Test
    void brazilianPortugueseFallsBackToPortuguese() {
        given().auth().oauth2(issuer.token("Joana")).header("Accept-Language", "pt-BR, en;q=0.5")
                .get("/api/v1/skills")
                .then().statusCode(200)
                .header("Content-Language", "pt")
                .body("language", is("pt"))
                .body(TECHNOLOGY + ".label", is("Tecnologia"))
                .body(TECHNOLOGY + ".language", is("pt"));
    }

    @Test
    void theLangParameterOverridesTheHeader() {
        given().auth().oauth2(issuer.token("Amina")).header("Accept-Language", "es")
                .queryParam("lang", "ar")
                .get("/api/v1/skills")
                .then().statusCode(200)
                .header("Content-Language", "ar")
                .body("language", is("ar"))
                .body(TECHNOLOGY + ".label", is("التقنية"));
        given().auth().oauth2(issuer.token("Amina")).queryParam("lang", "sw")
                .get("/api/v1/skills")
                .then().statusCode(200)
                .header("Content-Language", "en")
                .body(TECHNOLOGY + ".label", is("Technology"));
    }

    @Test
    void aPartnerPlatformMayReadIt() {
        given().auth().oauth2(issuer.token("CapX", "partner"))
                .get("/api/v1/skills")
                .then().statusCode(200).body("skills.size()", is(7));
    }

    @Test
    void refusesACallerWithoutAToken() {
        given().header("Accept-Language", "es")
                .get("/api/v1/skills")
                .then().statusCode(401).contentType(PROBLEM)
                .body("type", is("urn:letsconnect:problem:unauthorized"));
        given().get("/api/v1/skills/Q54871").then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void answersOneSkillWithItsPath() {
        given().auth().oauth2(issuer.token("Lucia")).queryParam("lang", "fr")
                .get("/api/v1/skills/{code}", "Q54871")
                .then().statusCode(200)
                .header("Content-Language", "fr")
                .header("ETag", not(emptyOrNullString()))
                .body("code", is("Q54871"))
                .body("label", is("Requêtes SPARQL"))
                .body("path.code", is(List.of("Q11016", "Q2013", "Q54871")))
                .body("aliases", hasItem("SPARQL"))
                .body("provisional", is(false));
    }

    @Test
    void anUnknownCodeIsNotFound() {
        given().auth().oauth2(issuer.token("Lucia")).header("Accept-Language", "es")
                .get("/api/v1/skills/{code}", "Q1")
                .then().statusCode(404).contentType(PROBLEM)
                .header("Content-Language", "es")
                .body("type", is("urn:letsconnect:problem:not-found"))
                .body("status", is(404))
                .body("detail", is("No hay ninguna habilidad con el código Q1 en la taxonomía de habilidades."));
        given().auth().oauth2(issuer.token("Lucia"))
                .get("/api/v1/skills/{code}", "sparql")
                .then().statusCode(404).contentType(PROBLEM)
                .body("detail", containsString("sparql"));
    }

    @Test
    void aClientWithTheCurrentTreeGetsNotModified() {
        String etag = given().auth().oauth2(issuer.token("Slow")).header("Accept-Language", "ar")
                .get("/api/v1/skills")
                .then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(issuer.token("Slow")).header("Accept-Language", "ar").header("If-None-Match", etag)
                .get("/api/v1/skills")
                .then().statusCode(304)
                .header("ETag", etag)
                .header("Cache-Control", "public, max-age=3600")
                .body(is(emptyOrNullString()));
        // a list of tags, one of them current
        given().auth().oauth2(issuer.token("Slow")).header("Accept-Language", "ar")
                .header("If-None-Match", "W/\"old\", " + etag)
                .get("/api/v1/skills")
                .then().statusCode(304);
        // another language is another representation
        String spanish = given().auth().oauth2(issuer.token("Slow")).header("Accept-Language", "es")
                .header("If-None-Match", etag)
                .get("/api/v1/skills")
                .then().statusCode(200).extract().header("ETag");
        assertNotEquals(etag, spanish);

        String skill = given().auth().oauth2(issuer.token("Slow")).get("/api/v1/skills/Q2013")
                .then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(issuer.token("Slow")).header("If-None-Match", skill)
                .get("/api/v1/skills/Q2013")
                .then().statusCode(304);
    }

    @Test
    void isDocumented() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", hasKey("/api/v1/skills"))
                .body("paths", hasKey("/api/v1/skills/{code}"))
                .body("components.schemas", hasKey("SkillTree"))
                .body("paths.'/api/v1/skills'.get.tags", hasItem("Skills"));
    }
}
