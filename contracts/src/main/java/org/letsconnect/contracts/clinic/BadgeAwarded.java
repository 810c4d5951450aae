package org.letsconnect.contracts.clinic;

import java.time.Instant;

/**
 * {@code badge.awarded.v1}: awarded once while held; withdrawn ({@code badge.withdrawn.v1}), it may be earned again
 * under a new award id. Keyed by participant id (aggregate "participant").
 *
 * @param badge the badge code, e.g. {@code clinic-attendee}, {@code sharer}, {@code regular}
 * @param spaceId the space it was earned in, nullable
 */
public record BadgeAwarded(String awardId, String participantId, String badge, String spaceId, Instant awardedAt) {
}
