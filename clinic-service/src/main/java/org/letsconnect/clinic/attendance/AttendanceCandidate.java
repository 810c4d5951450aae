package org.letsconnect.clinic.attendance;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Someone an ambiguous attendee may be, and why. */
@Schema(description = "Someone an attendee may be, and why")
public record AttendanceCandidate(
        @Schema(description = "The directory participant, null for a guest registrant") UUID participantId,
        @Schema(description = "Their registration for this space, null when they did not register") UUID registrationId,
        @Schema(description = "The name to show: display name, else registered name, else username") String name,
        @Schema(description = "Their Wikimedia username, null for a guest") String username,
        @Schema(description = "What matched: alias, email, registered-name, username or display-name", examples = "display-name") String matchedOn,
        @Schema(description = "How the names compare: exact, word-order, spelling, transliteration, initials or partial", examples = "initials") String similarity,
        @Schema(description = "How alike, 0 to 1; from 0.9 and clearly ahead of the rest a match is taken without asking", examples = "0.925") double score) {

    static AttendanceCandidate of(Reconciliation.Offer offer) {
        KnownPerson person = offer.person();
        return new AttendanceCandidate(person.participantId(), person.registrationId(), person.name(),
                person.username(), offer.matchedOn(), offer.similarity(), offer.score());
    }
}
