package org.letsconnect.registry.role;

import jakarta.validation.constraints.Size;

/** Optional details of a grant: the holder's Wikimedia username, shown in role lists and carried by the event. */
public record GrantRequest(@Size(max = 255) String username) {
}
