package org.letsconnect.platform.security;

import java.util.Set;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling, as the programme knows them.
 *
 * @param subject the Wikimedia central user id (the profile's {@code sub}), the key of every person here
 * @param username the Wikimedia username, or null for a partner platform's client
 * @param roles the programme roles in force for this request
 */
public record Caller(String subject, String username, Set<String> roles) {

    /** The identity attribute under which {@link ProgrammeRolesAugmentor} stores the caller. */
    public static final String ATTRIBUTE = "letsconnect.caller";

    public Caller {
        roles = Set.copyOf(roles);
    }

    /** The caller of an authenticated request. */
    public static Caller of(SecurityIdentity identity) {
        Caller caller = identity.getAttribute(ATTRIBUTE);
        if (caller == null) {
            throw new IllegalStateException("No caller: the request is anonymous or was not augmented");
        }
        return caller;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean isOrganizer() {
        return roles.contains(Roles.ORGANIZER) || roles.contains(Roles.ADMIN);
    }
}
