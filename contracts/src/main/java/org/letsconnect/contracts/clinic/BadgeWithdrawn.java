package org.letsconnect.contracts.clinic;

import java.time.Instant;

/**
 * {@code badge.withdrawn.v1}: an award published by {@code badge.awarded.v1} no longer stands; consumers that show it
 * (the registry's profiles) remove exactly that award. Keyed by participant id (aggregate "participant"), as the
 * award, so the two stay in order.
 *
 * @param awardId the withdrawn award's id, as {@code badge.awarded.v1} announced it
 * @param badge the badge code, as awarded
 * @param spaceId the space it was earned in, as awarded (nullable)
 * @param reason {@link #ATTENDANCE_RETRACTED}
 */
public record BadgeWithdrawn(String awardId, String participantId, String badge, String spaceId, String reason,
        Instant withdrawnAt) {

    /** The attendances that remain after a retracted one ({@code attendance.retracted.v1}) no longer earn it. */
    public static final String ATTENDANCE_RETRACTED = "attendance-retracted";
}
