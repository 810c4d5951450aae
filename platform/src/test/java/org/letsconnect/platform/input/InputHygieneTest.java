package org.letsconnect.platform.input;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.letsconnect.testkit.DevIssuer;
import org.letsconnect.testkit.WithTestInfrastructure;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * What every service takes of a request: JSON as it is written (no key twice, no coercion of numbers and booleans),
 * text without unusable characters, bodies within the size limit; everything else refused with a problem naming the
 * field, in the caller's language, never a 500 or an empty answer.
 */
@QuarkusTest
@WithTestInfrastructure
class InputHygieneTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String ECHO = "/test/echo";

    /** Issued once the test infrastructure (and its issuer) is up. */
    private static String token;

    private static RequestSpecification signedIn() {
        if (token == null) {
            token = DevIssuer.shared().token("Input hygiene");
        }
        return given().auth().oauth2(token);
    }

    /** The body sent as written: a backslash-u escape stays for the JSON parser to read. */
    private static ValidatableResponse post(String json, String language) {
        return signedIn().contentType(ContentType.JSON).header("Accept-Language", language).body(json)
                .post(ECHO).then().log().ifValidationFails();
    }

    private static ValidatableResponse refused(String json, String language, String field) {
        return post(json, language).statusCode(400).contentType(PROBLEM)
                .header("Content-Language", language)
                .body("status", is(400))
                .body("errors", hasSize(1))
                .body("errors[0].field", is(field));
    }

    @Test
    void textWithANulIsRefusedNamingTheField() {
        refused("{\"text\": \"Ada\\u0000Lovelace\"}", "en", "text")
                .body("type", is("urn:letsconnect:problem:validation"))
                .body("title", is("Some fields are not valid"))
                .body("errors[0].message", is("This text holds a character that cannot be used here (U+0000). "
                        + "Remove it and try again."));
        refused("{\"tags\": [\"fine\", \"also fine\", \"\\u0000\"]}", "fr", "tags[2]")
                .body("title", is("Certains champs ne sont pas valides"))
                .body("errors[0].message", is("Ce texte contient un caractère qui ne peut pas être utilisé ici "
                        + "(U+0000). Retirez-le et réessayez."));
        refused("{\"places\": [{\"name\": \"Lagos\"}, {\"name\": \"Accra\", \"labels\": [\"a\\u0000\"]}]}", "en",
                "places[1].labels[0]");
        refused("{\"attributes\": {\"colour\": \"red\\u0000\"}}", "en", "attributes.colour");
        refused("{\"text\": \"bell \\u0007\"}", "en", "text").body("errors[0].message", containsString("U+0007"));
    }

    @Test
    void aLoneSurrogateIsRefusedAndAPairIsKept() {
        refused("{\"text\": \"broken \\ud83d emoji\"}", "es", "text")
                .body("errors[0].message", is("Este texto contiene un carácter que no se puede usar aquí (U+D83D). "
                        + "Quítalo e inténtalo de nuevo."));
        refused("{\"place\": {\"name\": \"\\ude00\"}}", "en", "place.name")
                .body("errors[0].message", containsString("U+DE00"));
        post("{\"text\": \"smile \\ud83d\\ude00, tab\\tline\\nreturn\\r\"}", "en").statusCode(200)
                .body("text", is("smile \ud83d\ude00, tab\tline\nreturn\r"));
    }

    @Test
    void aKeyGivenTwiceIsRefusedNamingIt() {
        refused("{\"text\": \"first\", \"count\": 1, \"text\": \"second\"}", "en", "text")
                .body("type", is("urn:letsconnect:problem:validation"))
                .body("errors[0].message", is("This field is given more than once. Give it once."));
        refused("{\"place\": {\"name\": \"a\", \"name\": \"b\"}}", "pt", "place.name")
                .body("title", is("Alguns campos não são válidos"))
                .body("errors[0].message", is("Este campo aparece mais de uma vez. Indique-o só uma vez."));
        refused("{\"places\": [{\"name\": \"a\"}, {\"labels\": [], \"labels\": []}]}", "en", "places[1].labels");
        refused("{\"attributes\": {\"colour\": \"red\", \"colour\": \"blue\"}}", "en", "attributes.colour");
    }

    @Test
    void numbersAndBooleansAreNotCoerced() {
        refused("{\"count\": \"7\"}", "en", "count").body("type", is("urn:letsconnect:problem:validation"))
                .body("errors[0].message", is("This value must be a whole number, such as 12, without quotes."));
        refused("{\"count\": 1.5}", "fr", "count")
                .body("errors[0].message", is("Cette valeur doit être un nombre entier, comme 12, sans guillemets."));
        refused("{\"capacity\": \"7\"}", "en", "capacity").body("errors[0].message", containsString("whole number"));
        refused("{\"capacity\": 2.0}", "en", "capacity").body("errors[0].message", containsString("whole number"));
        refused("{\"count\": \"\"}", "en", "count").body("errors[0].message", containsString("whole number"));
        refused("{\"pinned\": \"true\"}", "en", "pinned")
                .body("errors[0].message", is("This value must be true or false, without quotes."));
        refused("{\"pinned\": 1}", "ar", "pinned")
                .body("errors[0].message", is("يجب أن تكون هذه القيمة true أو false، دون علامات اقتباس."));
        refused("{\"weight\": \"2.5\"}", "en", "weight")
                .body("errors[0].message", is("This value must be a number, such as 2.5, without quotes."));
        refused("{\"text\": 7}", "en", "text").body("errors[0].message", is("This value must be text, in quotes."));
        refused("{\"tags\": \"one\"}", "en", "tags").body("errors[0].message", is("This value must be a list."));
        refused("{\"place\": \"Lagos\"}", "en", "place")
                .body("errors[0].message", is("This value must be an object, with fields in braces."));
        refused("{\"kind\": \"OTHER\"}", "en", "kind")
                .body("errors[0].message", is("OTHER is not one of the allowed values."));
        refused("{\"kind\": 1}", "en", "kind").body("errors[0].message", is("This value is not valid."));

        post("{\"count\": 7, \"capacity\": null, \"weight\": 2, \"pinned\": true, \"kind\": \"ANSWER\"}", "en")
                .statusCode(200)
                .body("count", is(7)).body("capacity", nullValue()).body("weight", is(2.0f))
                .body("pinned", is(true)).body("kind", is("ANSWER"));
    }

    @Test
    void invalidJsonIsABadRequestOnTheBody() {
        post("{\"text\": ", "es").statusCode(400).contentType(PROBLEM)
                .header("Content-Language", "es")
                .body("type", is("urn:letsconnect:problem:bad-request"))
                .body("title", is("Solicitud no válida"))
                .body("errors[0].field", is("body"))
                .body("errors[0].message", containsString("no es JSON válido (línea 1, columna"));
        post("{\"text\": \"a\",}", "en").statusCode(400).contentType(PROBLEM)
                .body("type", is("urn:letsconnect:problem:bad-request"))
                .body("errors[0].field", is("body"))
                .body("errors[0].message", is("This is not valid JSON (line 1, column 14)."));
        post("[1, 2]", "en").statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", is("body"))
                .body("errors[0].message", is("This value must be an object, with fields in braces."));
    }

    @Test
    void aMissingBodyIsRequired() {
        signedIn().contentType(ContentType.JSON).header("Accept-Language", "fr").post(ECHO).then()
                .statusCode(400).contentType(PROBLEM)
                .header("Content-Language", "fr")
                .body("type", is("urn:letsconnect:problem:validation"))
                .body("errors[0].message", is("Ce champ est obligatoire."));
    }

    @Test
    void aBodyThatIsNotJsonIsAnUnsupportedMediaType() {
        signedIn().contentType(ContentType.TEXT).header("Accept-Language", "fr").body("text=hello").post(ECHO).then()
                .statusCode(415).contentType(PROBLEM)
                .header("Content-Language", "fr")
                .body("type", is("urn:letsconnect:problem:unsupported-media-type"))
                .body("status", is(415))
                .body("title", is("Type de contenu non pris en charge"));
    }

    @Test
    void aBodyOverTheLimitIsRefusedWithAProblem() {
        String large = "{\"text\": \"" + "x".repeat(1024 * 1024) + "\"}";
        signedIn().contentType(ContentType.JSON).header("Accept-Language", "es").body(large).post(ECHO).then()
                .statusCode(413).contentType(PROBLEM)
                .header("Content-Language", "es")
                .body("type", is("urn:letsconnect:problem:payload-too-large"))
                .body("status", is(413))
                .body("title", is("Solicitud demasiado grande"))
                .body("detail", is("Los datos enviados con una solicitud pueden ocupar como máximo 1 MB."));
        // without a declared length the REST layer counts as it reads
        signedIn().contentType(ContentType.JSON).header("Accept-Language", "en")
                .body(new ByteArrayInputStream(large.getBytes(StandardCharsets.UTF_8))).post(ECHO).then()
                .statusCode(413).contentType(PROBLEM)
                .body("type", is("urn:letsconnect:problem:payload-too-large"))
                .body("detail", is("The data sent with a request may be at most 1 MB."));
    }

    @Test
    void parametersWithANulAreRefusedNamingThem() {
        signedIn().header("Accept-Language", "en").queryParam("q", "a\u0000b").get(ECHO + "/word").then()
                .statusCode(400).contentType(PROBLEM)
                .body("type", is("urn:letsconnect:problem:validation"))
                .body("errors[0].field", is("q"))
                .body("errors[0].message", containsString("U+0000"));
        signedIn().header("Accept-Language", "fr").get(ECHO + "/{word}", "a\u0000b").then()
                .statusCode(400).contentType(PROBLEM)
                .header("Content-Language", "fr")
                .body("errors[0].field", is("word"))
                .body("errors[0].message", containsString("U+0000"));
        signedIn().queryParam("q", "\u00e9t\u00e9 \ud83d\ude00").get(ECHO + "/{word}", "caf\u00e9").then()
                .statusCode(200).body(is("caf\u00e9 \u00e9t\u00e9 \ud83d\ude00"));
    }

    @Test
    void anonymousCallersAreRefusedBeforeTheBodyIsRead() {
        given().contentType(ContentType.JSON).body("{\"text\": \"a\", \"text\": \"b\"}").post(ECHO).then()
                .statusCode(401).header("WWW-Authenticate", containsString("Bearer"));
    }
}
