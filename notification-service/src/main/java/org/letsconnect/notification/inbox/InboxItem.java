package org.letsconnect.notification.inbox;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One notification in the in-app inbox, put into words in the reader's language.
 *
 * @param spaceId the space it is about, or null
 */
public record InboxItem(UUID id,
        @Schema(enumeration = {
                "outreach", "registration", "reminders", "follow-up", "badges", "connections",
                "milestones" }) String category,
        String template, String title, String body, UUID spaceId, Instant createdAt, boolean read){
}
