package org.letsconnect.platform.security.wikimedia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

import jakarta.json.JsonString;

import org.junit.jupiter.api.Test;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.UserInfo;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** The profile endpoint's answer → the request's identity, as ProgrammeRolesAugmentor then reads it. */
class WikimediaProfileTest {

    private static JsonObject metaWikiProfile() {
        // the shape of https://meta.wikimedia.org/w/rest.php/oauth2/resource/profile (sub is a number there)
        return new JsonObject()
                .put("sub", 76213678)
                .put("username", "Example Wikimedian")
                .put("editcount", 1234)
                .put("confirmed_email", true)
                .put("blocked", false)
                .put("registered", "20150101000000")
                .put("groups", new JsonArray().add("*").add("user").add("autoconfirmed"))
                .put("rights", new JsonArray().add("read").add("edit"))
                .put("grants", new JsonArray().add("mwoauth-authonlyprivate"))
                .put("realname", "Ex Ample")
                .put("email", "example@example.org");
    }

    @Test
    void theCentralIdIsThePrincipalAndTheProfileIsTheUserinfo() {
        SecurityIdentity identity = WikimediaProfile.from(metaWikiProfile()).toIdentity("the-token");

        assertEquals("76213678", identity.getPrincipal().getName());
        assertFalse(identity.isAnonymous());
        assertTrue(identity.getRoles().isEmpty(), "programme roles come from the augmentor, not from Meta-Wiki");
        UserInfo userInfo = identity.getAttribute("userinfo");
        // what ProgrammeRolesAugmentor reads
        assertEquals("76213678", ((JsonString) userInfo.getJsonObject().get("sub")).getString());
        assertEquals("Example Wikimedian", ((JsonString) userInfo.getJsonObject().get("username")).getString());
        assertEquals("76213678", userInfo.getSubject());
        assertEquals("example@example.org", userInfo.getEmail());
        assertEquals(1234, userInfo.getLong("editcount"));
        assertEquals("the-token", identity.getCredential(AccessTokenCredential.class).getToken());
    }

    @Test
    void aStringSubIsKeptAsIs() {
        WikimediaProfile profile = WikimediaProfile.from(metaWikiProfile().put("sub", "42"));
        assertEquals("42", profile.subject());
    }

    @Test
    void anUnconfirmedEmailIsDropped() {
        WikimediaProfile profile = WikimediaProfile.from(metaWikiProfile().put("confirmed_email", false));
        UserInfo userInfo = profile.toIdentity("t").getAttribute("userinfo");
        assertNull(userInfo.getEmail());
        assertFalse(profile.toString().contains("@"), "no contact data in toString (logs)");
    }

    @Test
    void aBlockedAccountIsRefused() {
        WikimediaProfile profile = WikimediaProfile.from(metaWikiProfile().put("blocked", true));
        assertTrue(profile.blocked());
        assertThrows(ForbiddenException.class, () -> profile.toIdentity("t"));
    }

    @Test
    void aProfileWithoutAPersonIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> WikimediaProfile.from(metaWikiProfile().put("sub", 0)));
        JsonObject noSub = metaWikiProfile();
        noSub.remove("sub");
        assertThrows(IllegalArgumentException.class, () -> WikimediaProfile.from(noSub));
    }

    @Test
    void readsExpAndAudWithoutVerifying() {
        String token = jwt(new JsonObject().put("exp", 1765645618.702291).put("aud", "client-a")
                .put("sub", "mw:CentralAuth::76213678"));
        UnverifiedClaims claims = UnverifiedClaims.of(token);
        assertEquals(Instant.ofEpochMilli(1765645618702L), claims.expiry());
        assertEquals(Set.of("client-a"), claims.audience());
        assertTrue(claims.expiredBefore(Instant.ofEpochSecond(1765645618L + 31), Duration.ofSeconds(30)));
        assertFalse(claims.expiredBefore(Instant.ofEpochSecond(1765645618L + 29), Duration.ofSeconds(30)));

        UnverifiedClaims older = UnverifiedClaims.of(jwt(new JsonObject().put("exp", 1700000000)
                .put("aud", new JsonArray().add("client-b"))));
        assertEquals(Set.of("client-b"), older.audience());

        assertInstanceOf(UnverifiedClaims.class, UnverifiedClaims.of("not-a-jwt"));
        assertNull(UnverifiedClaims.of("not-a-jwt").expiry());
        assertNull(UnverifiedClaims.of("a.%%%.c").expiry());
    }

    @Test
    void hashesTokensForTheCacheKey() {
        String hash = UnverifiedClaims.hash("abc");
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", hash);
    }

    @Test
    void readsOnlyBearerTokens() {
        assertEquals("abc", WikimediaAuthenticationMechanism.bearerToken("Bearer abc"));
        assertEquals("abc", WikimediaAuthenticationMechanism.bearerToken("bearer  abc "));
        assertNull(WikimediaAuthenticationMechanism.bearerToken("Basic abc"));
        assertNull(WikimediaAuthenticationMechanism.bearerToken("Bearer "));
        assertNull(WikimediaAuthenticationMechanism.bearerToken(null));
    }

    static String jwt(JsonObject payload) {
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        return encoder.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + encoder.encodeToString(payload.encode().getBytes(StandardCharsets.UTF_8)) + ".c2lnbmF0dXJl";
    }
}
