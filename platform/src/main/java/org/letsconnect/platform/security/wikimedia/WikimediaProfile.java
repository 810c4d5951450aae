package org.letsconnect.platform.security.wikimedia;

import java.math.BigDecimal;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.UserInfo;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.vertx.core.json.JsonObject;

/**
 * A person as Meta-Wiki's OAuth 2.0 profile endpoint describes them.
 *
 * @param subject the central user id (the profile's {@code sub}), as text
 * @param username the global username
 * @param blocked whether Meta-Wiki reports the account as blocked
 * @param userInfo the profile as JSON, with {@code sub} as text and {@code email} kept only when confirmed
 */
public record WikimediaProfile(String subject, String username, boolean blocked, String userInfo) {

    /** The identity attribute holding the profile as {@link UserInfo}, where quarkus-oidc would put it. */
    public static final String USERINFO_ATTRIBUTE = "userinfo";

    /**
     * Reads the profile endpoint's answer.
     *
     * @throws IllegalArgumentException when it names no person (no {@code sub}, or the anonymous user 0)
     */
    public static WikimediaProfile from(JsonObject profile) {
        String subject = text(profile.getValue("sub"));
        if (subject == null || subject.isBlank() || subject.equals("0")) {
            throw new IllegalArgumentException("The profile names no person");
        }
        JsonObject userInfo = profile.copy();
        // the central id as text, so UserInfo.getSubject() works and every service keys on the same string
        userInfo.put("sub", subject);
        // contact data only when Meta-Wiki says the address is confirmed (and the private grant gave it at all)
        if (!Boolean.TRUE.equals(profile.getValue("confirmed_email"))) {
            userInfo.remove("email");
        }
        String username = text(profile.getValue("username"));
        return new WikimediaProfile(subject, username, Boolean.TRUE.equals(profile.getValue("blocked")),
                userInfo.encode());
    }

    /**
     * The identity of a request carrying this person's token: the principal is the central user id, the profile is
     * the {@value #USERINFO_ATTRIBUTE} attribute, and the token is the credential (for token propagation). Roles are
     * not given here: {@code ProgrammeRolesAugmentor} adds the programme's own.
     *
     * @throws ForbiddenException when the account is blocked
     */
    public SecurityIdentity toIdentity(String accessToken) {
        if (blocked) {
            throw new ForbiddenException("The Wikimedia account is blocked");
        }
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(subject))
                .addCredential(new AccessTokenCredential(accessToken))
                .addAttribute(USERINFO_ATTRIBUTE, new UserInfo(userInfo))
                .build();
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Number number) {
            // 12345, never 12345.0 or 1.2345E4
            return new BigDecimal(number.toString()).toBigInteger().toString();
        }
        return value.toString();
    }

    @Override
    public String toString() {
        // never the profile itself: it may hold an email address, which stays out of logs
        return "WikimediaProfile[subject=" + subject + ", blocked=" + blocked + "]";
    }
}
