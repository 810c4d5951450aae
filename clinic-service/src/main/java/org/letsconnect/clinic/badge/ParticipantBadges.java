package org.letsconnect.clinic.badge;

import java.util.List;
import java.util.UUID;

import org.letsconnect.contracts.registry.ProfileBadge;

/** A participant's badges, in the shape profiles show them. */
public record ParticipantBadges(String participantId, List<ProfileBadge> badges) {

    static ParticipantBadges of(UUID participantId, List<BadgeAward> awards) {
        return new ParticipantBadges(participantId.toString(), awards.stream()
                .map(award -> new ProfileBadge(award.badge, award.awardedAt,
                        award.spaceId == null ? null : award.spaceId.toString()))
                .toList());
    }
}
