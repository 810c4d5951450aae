package org.letsconnect.registry.role;

import java.util.List;

/**
 * A person or partner platform and the programme roles an admin granted them.
 *
 * @param subject the Wikimedia central user id, or a partner platform's client id
 * @param username the Wikimedia username, or null for a partner platform
 * @param roles the granted roles, sorted
 */
public record RoleHolder(String subject, String username, List<String> roles) {
}
