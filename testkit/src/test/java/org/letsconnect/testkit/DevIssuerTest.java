package org.letsconnect.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class DevIssuerTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void issuesTokensOverHttpThatVerifyAgainstTheJwks() throws Exception {
        DevIssuer issuer = DevIssuer.shared();
        assertSame(issuer, DevIssuer.shared());

        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(issuer.issuerUrl() + "/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=Amina+K&roles=organizer,+admin")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        JsonNode body = JSON.readTree(response.body());
        assertEquals("Bearer", body.get("token_type").asText());
        assertEquals(3600, body.get("expires_in").asInt());
        String token = body.get("access_token").asText();

        assertTrue(verifiesWithPublishedKey(issuer, token));
        JsonNode claims = claims(token);
        assertEquals(issuer.issuerUrl(), claims.get("iss").asText());
        assertEquals(DevIssuer.subjectFor("Amina K"), claims.get("sub").asText());
        assertEquals("Amina K", claims.get("username").asText());
        assertEquals("Amina K", claims.get("preferred_username").asText());
        assertEquals(List.of("organizer", "admin"), List.of(claims.get("roles").get(0).asText(),
                claims.get("roles").get(1).asText()));
        assertEquals(3600, claims.get("exp").asLong() - claims.get("iat").asLong());
        assertTrue(claims.hasNonNull("jti"));
        assertEquals(DevIssuer.KEY_ID, header(token).get("kid").asText());
        assertEquals("RS256", header(token).get("alg").asText());

        assertFalse(claims(issuer.token("Bob")).has("roles"));
    }

    @Test
    void tokenRequestWithoutUsernameIsRejected() throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(DevIssuer.shared().issuerUrl() + "/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("roles=admin")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, response.statusCode());
        assertEquals("invalid_request", JSON.readTree(response.body()).get("error").asText());
    }

    @Test
    void publishesADiscoveryDocument() throws Exception {
        DevIssuer issuer = DevIssuer.shared();
        JsonNode discovery = getJson(issuer.issuerUrl() + "/.well-known/openid-configuration");
        assertEquals(issuer.issuerUrl(), discovery.get("issuer").asText());
        assertEquals(issuer.issuerUrl() + "/jwks", discovery.get("jwks_uri").asText());
        assertEquals(issuer.issuerUrl() + "/token", discovery.get("token_endpoint").asText());
        assertEquals(issuer.issuerUrl() + "/resource/profile", discovery.get("userinfo_endpoint").asText());
        assertEquals("RS256", discovery.get("id_token_signing_alg_values_supported").get(0).asText());
    }

    @Test
    void subjectsAreStableCentralIdLikeNumbers() {
        String subject = DevIssuer.subjectFor("Amina");
        assertEquals(subject, DevIssuer.subjectFor("Amina"));
        assertNotEquals(subject, DevIssuer.subjectFor("Bob"));
        assertTrue(subject.matches("[1-9][0-9]{0,11}"), subject);
        assertEquals("someone-else", claims(DevIssuer.shared().tokenWithSubject("someone-else", "Amina")).get("sub")
                .asText());
    }

    @Test
    void badTokensLookRightButFailVerification() throws Exception {
        DevIssuer issuer = DevIssuer.shared();
        long now = Instant.now().getEpochSecond();

        String expired = issuer.expiredToken("Amina");
        assertTrue(verifiesWithPublishedKey(issuer, expired));
        assertTrue(claims(expired).get("exp").asLong() < now);
        assertEquals(issuer.issuerUrl(), claims(expired).get("iss").asText());

        String wrongIssuer = issuer.wrongIssuerToken("Amina");
        assertTrue(verifiesWithPublishedKey(issuer, wrongIssuer));
        assertNotEquals(issuer.issuerUrl(), claims(wrongIssuer).get("iss").asText());
        assertTrue(claims(wrongIssuer).get("exp").asLong() > now);

        String wronglySigned = issuer.wronglySignedToken("Amina");
        assertEquals(DevIssuer.KEY_ID, header(wronglySigned).get("kid").asText());
        assertEquals(issuer.issuerUrl(), claims(wronglySigned).get("iss").asText());
        assertFalse(verifiesWithPublishedKey(issuer, wronglySigned));
    }

    @Test
    void profileEndpointAnswersForItsOwnValidTokensOnly() throws Exception {
        DevIssuer issuer = DevIssuer.shared();
        HttpResponse<String> ok = profile(issuer, issuer.token("Amina"));
        assertEquals(200, ok.statusCode(), ok.body());
        JsonNode profile = JSON.readTree(ok.body());
        assertEquals(DevIssuer.subjectFor("Amina"), profile.get("sub").asText());
        assertEquals("Amina", profile.get("username").asText());
        assertEquals(0, profile.get("editcount").asInt());
        assertFalse(profile.get("confirmed_email").asBoolean());
        assertFalse(profile.get("blocked").asBoolean());
        assertTrue(profile.get("registered").isTextual());
        assertTrue(profile.get("groups").isArray());
        assertTrue(profile.get("rights").isArray());
        assertEquals("basic", profile.get("grants").get(0).asText());

        assertEquals(401, profile(issuer, issuer.wronglySignedToken("Amina")).statusCode());
        assertEquals(401, profile(issuer, issuer.expiredToken("Amina")).statusCode());
        assertEquals(401, profile(issuer, issuer.wrongIssuerToken("Amina")).statusCode());
        assertEquals(401, profile(issuer, "not-a-token").statusCode());
        assertEquals(401, HTTP.send(HttpRequest.newBuilder(URI.create(issuer.issuerUrl() + "/resource/profile"))
                .build(), HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void answersCentralAuthGlobalUserInfoForAnyUsername() throws Exception {
        DevIssuer issuer = DevIssuer.shared();
        JsonNode found = getJson(issuer.issuerUrl() + "/w/api.php?action=query&meta=globaluserinfo"
                + "&guiuser=Amina%20K%C3%A1no&format=json&formatversion=2").path("query").path("globaluserinfo");
        assertEquals(DevIssuer.subjectFor("Amina Káno"), found.get("id").asText());
        assertTrue(found.get("id").isIntegralNumber());
        assertEquals("Amina Káno", found.get("name").asText());
        assertEquals("metawiki", found.get("home").asText());
        assertFalse(found.has("missing"));

        JsonNode blank = getJson(issuer.issuerUrl() + "/w/api.php?action=query&meta=globaluserinfo&guiuser=&format=json"
                + "&formatversion=2").path("query").path("globaluserinfo");
        assertTrue(blank.get("missing").asBoolean());
        assertFalse(blank.has("id"));

        assertEquals("badvalue", getJson(issuer.issuerUrl() + "/w/api.php?action=parse&format=json")
                .path("error").path("code").asText());
    }

    @Test
    void separateIssuersHaveSeparateKeys() {
        try (DevIssuer other = DevIssuer.start(0)) {
            assertNotEquals(DevIssuer.shared().issuerUrl(), other.issuerUrl());
            assertTrue(other.verify(other.token("Amina")) != null);
            assertTrue(other.verify(DevIssuer.shared().token("Amina")) == null);
        }
    }

    private static HttpResponse<String> profile(DevIssuer issuer, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(issuer.issuerUrl() + "/resource/profile"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Verifies the RS256 signature with the key from the published JWKS, as a relying party does. */
    private static boolean verifiesWithPublishedKey(DevIssuer issuer, String token) throws Exception {
        String jwksUri = getJson(issuer.issuerUrl() + "/.well-known/openid-configuration").get("jwks_uri").asText();
        JsonNode key = getJson(jwksUri).get("keys").get(0);
        assertEquals("RSA", key.get("kty").asText());
        assertEquals("sig", key.get("use").asText());
        assertEquals("RS256", key.get("alg").asText());
        assertEquals(header(token).get("kid").asText(), key.get("kid").asText());
        PublicKey publicKey = KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                new BigInteger(1, Base64.getUrlDecoder().decode(key.get("n").asText())),
                new BigInteger(1, Base64.getUrlDecoder().decode(key.get("e").asText()))));
        String[] parts = token.split("\\.");
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initVerify(publicKey);
        signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        return signature.verify(Base64.getUrlDecoder().decode(parts[2]));
    }

    private static JsonNode getJson(String url) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), url);
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElse(""));
        return JSON.readTree(response.body());
    }

    private static JsonNode header(String token) {
        return decode(token.split("\\.")[0]);
    }

    private static JsonNode claims(String token) {
        return decode(token.split("\\.")[1]);
    }

    private static JsonNode decode(String part) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(part));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
