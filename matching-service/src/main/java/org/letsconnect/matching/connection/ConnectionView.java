package org.letsconnect.matching.connection;

import java.time.Instant;
import java.util.List;

/**
 * A connection as its sides, their liaisons and organizers see it.
 *
 * @param role the reader's side: {@code learner}, {@code sharer}, or null (a liaison or an organizer)
 * @param message the learner's message to the sharer
 * @param origin {@code request}, {@code round}, {@code organizer}, {@code follow-up} or {@code affiliate}
 * @param spaceId the learning space whose sharer a follow-up asks, or null
 * @param completionConfirmedBy the side that confirmed it took place first, while the other has not
 * @param learnerAffiliate the affiliate that learns (origin {@code affiliate}), else null
 * @param sharerAffiliate the affiliate whose liaison shares (origin {@code affiliate}), else null
 * @param learnerLiaisonId the learning affiliate's liaison, else null
 * @param sharerLiaisonId the sharing affiliate's liaison, else null
 */
public record ConnectionView(String id, String learnerId, String learnerName, String sharerId, String sharerName,
        String skill, String state, String role, String message, String origin, String roundId, String proposedBy,
        Instant requestedAt, Instant expiresAt, Instant answeredAt, String declineReason, Instant scheduledAt,
        String timeZone, String completionConfirmedBy, Instant completionConfirmedAt, Instant completedAt,
        String cancelledBy, String cancelReason, Instant cancelledAt, List<FeedbackView> feedback, String spaceId,
        String learnerAffiliate, String sharerAffiliate, String learnerLiaisonId, String sharerLiaisonId) {
}
