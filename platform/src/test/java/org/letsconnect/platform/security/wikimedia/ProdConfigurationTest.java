package org.letsconnect.platform.security.wikimedia;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.letsconnect.platform.security.SecurityConfig;
import org.letsconnect.testkit.DevIssuer;
import org.letsconnect.testkit.InjectInfrastructure;
import org.letsconnect.testkit.WithTestInfrastructure;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonObject;

/** The prod profile as shipped: profile verification on, quarkus-oidc's tenant off, the dev issuer not trusted. */
@QuarkusTest
@TestProfile(ProdConfigurationTestProfile.class)
@WithTestInfrastructure
class ProdConfigurationTest {

    @Inject
    WikimediaSignInConfig wikimedia;

    @InjectInfrastructure
    DevIssuer issuer;

    @Inject
    SecurityConfig security;

    @Test
    void prodVerifiesThroughTheProfileEndpointOnly() {
        assertTrue(wikimedia.profileVerification());
        assertFalse(security.trustTokenRoles());
        assertFalse(ConfigProvider.getConfig().getValue("quarkus.oidc.tenant-enabled", Boolean.class));
        // (the test infrastructure points auth-server-url at the development issuer: with the tenant off, unused)
        assertFalse(ConfigProvider.getConfig().getValue("quarkus.oidc.discovery-enabled", Boolean.class));
        assertEquals("resource/profile", ConfigProvider.getConfig().getValue("quarkus.oidc.user-info-path", String.class));
    }

    @Test
    void theDevelopmentIssuerIsNotTrustedButMetaWikisPeopleAre() {
        given().auth().oauth2(issuer.token("Amina", "admin")).get("/test/wikimedia/me")
                .then().statusCode(401).contentType("application/problem+json");

        JsonObject profile = new JsonObject().put("sub", 4242).put("username", "Prod Person")
                .put("confirmed_email", false).put("blocked", false);
        String token = WikimediaProfileTest.jwt(new JsonObject().put("aud", ProfileVerificationTestProfile.CLIENT_ID)
                .put("jti", UUID.randomUUID().toString())
                .put("exp", Instant.now().plusSeconds(3600).getEpochSecond())
                .put("test_profile", profile));
        given().auth().oauth2(token).get("/test/wikimedia/me")
                .then().statusCode(200)
                .body("subject", is("4242"))
                .body("username", is("Prod Person"));
    }
}
