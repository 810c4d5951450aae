package org.letsconnect.platform.security;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.oidc.UserInfo;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Gives every signed-in request its programme identity: the person is keyed on the Wikimedia central user id
 * (the profile's {@code sub} when the token was verified through Meta-Wiki's profile endpoint, else the
 * token's {@code sub}); every person is a participant; organizer, admin and partner come from the roles read
 * model, from the configured bootstrap admins and — only where configured — from the development issuer's
 * {@code roles} claim.
 */
@ApplicationScoped
public class ProgrammeRolesAugmentor implements SecurityIdentityAugmentor {

    private final ProgrammeRoleReadModel readModel;
    private final SecurityConfig config;

    public ProgrammeRolesAugmentor(ProgrammeRoleReadModel readModel, SecurityConfig config) {
        this.readModel = readModel;
        this.config = config;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || identity.getAttribute(Caller.ATTRIBUTE) != null) {
            return Uni.createFrom().item(identity);
        }
        UserInfo userInfo = identity.getAttribute("userinfo");
        JsonWebToken token = identity.getPrincipal() instanceof JsonWebToken jwt ? jwt : null;
        String subject = firstText(userInfo, token, "sub");
        String username = firstText(userInfo, token, "username");
        if (username == null && token != null) {
            username = token.getClaim("preferred_username");
        }
        if (subject == null) {
            return Uni.createFrom().item(identity);
        }
        String person = username;
        return readModel.rolesOf(subject).map(recorded -> {
            Set<String> roles = new HashSet<>(recorded);
            if (person != null) {
                roles.add(Roles.PARTICIPANT);
                if (config.bootstrapAdmins().orElse(List.of()).contains(person)) {
                    roles.add(Roles.ADMIN);
                }
            }
            if (config.trustTokenRoles() && token != null) {
                roles.addAll(tokenRoles(token));
            }
            return QuarkusSecurityIdentity.builder(identity)
                    .addRoles(roles)
                    .addAttribute(Caller.ATTRIBUTE, new Caller(subject, person, roles))
                    .build();
        });
    }

    private static String firstText(UserInfo userInfo, JsonWebToken token, String claim) {
        if (userInfo != null) {
            String fromProfile = text(userInfo.getJsonObject().get(claim));
            if (fromProfile != null) {
                return fromProfile;
            }
        }
        return token == null ? null : text(token.getClaim(claim));
    }

    /** Meta-Wiki sends the central id as a number; tokens carry strings. */
    private static String text(Object value) {
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        if (value instanceof JsonNumber number) {
            return number.bigIntegerValue().toString();
        }
        return value.toString();
    }

    private static Set<String> tokenRoles(JsonWebToken token) {
        Object claim = token.getClaim("roles");
        Set<String> roles = new HashSet<>();
        if (claim instanceof JsonArray array) {
            array.forEach(value -> {
                String role = text(value);
                if (role != null && !role.isBlank()) {
                    roles.add(role);
                }
            });
        } else if (claim instanceof java.util.Collection<?> collection) {
            collection.forEach(value -> roles.add(String.valueOf(value)));
        }
        return roles;
    }
}
