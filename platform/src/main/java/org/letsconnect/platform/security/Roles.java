package org.letsconnect.platform.security;

/** The programme's roles, as {@code @RolesAllowed} names them. */
public final class Roles {

    /** Any signed-in Wikimedian. */
    public static final String PARTICIPANT = "participant";
    /** The working group and liaisons who run Clinics and the directory. */
    public static final String ORGANIZER = "organizer";
    /** Grants and revokes roles. */
    public static final String ADMIN = "admin";
    /** A partner platform such as CapX: reads, never writes. */
    public static final String PARTNER = "partner";

    private Roles() {
    }
}
