package org.letsconnect.contracts.registry;

import java.time.Instant;
import java.util.List;

/**
 * {@code role.changed.v1} on {@code registry.roles.v1} (compacted, keyed by subject).
 *
 * @param subject the Wikimedia central user id; also the Kafka record key
 * @param username the Wikimedia username
 * @param roles the subject's COMPLETE current set of programme roles ({@code organizer}, {@code admin},
 *        {@code partner}); empty when all were revoked. {@code participant} is implicit and not listed.
 * @param changedBy the subject (central user id) of the admin who made the change, or {@code system}
 * @param changedAt when the change was made
 */
public record RoleChanged(String subject, String username, List<String> roles, String changedBy, Instant changedAt) {

    public static final String ORGANIZER = "organizer";
    public static final String ADMIN = "admin";
    public static final String PARTNER = "partner";
    public static final List<String> ROLES = List.of(ORGANIZER, ADMIN, PARTNER);
}
