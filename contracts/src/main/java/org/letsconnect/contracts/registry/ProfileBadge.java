package org.letsconnect.contracts.registry;

import java.time.Instant;

/**
 * A badge shown on a profile.
 *
 * @param code the badge code (e.g. {@code clinic-attendee}, {@code sharer})
 * @param awardedAt when it was awarded
 * @param spaceId the learning space it was earned in, nullable
 */
public record ProfileBadge(String code, Instant awardedAt, String spaceId) {
}
