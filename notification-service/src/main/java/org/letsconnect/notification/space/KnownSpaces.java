package org.letsconnect.notification.space;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.letsconnect.contracts.clinic.SpaceSummary;

import io.smallrye.mutiny.Uni;

/** The read model of learning spaces; its methods run in the consumer's transaction. */
@ApplicationScoped
public class KnownSpaces {

    /** The space, or null when no event has described it yet. */
    public Uni<KnownSpace> find(UUID spaceId) {
        return KnownSpace.findById(spaceId);
    }

    /** Keeps a space's summary; returns the space as it was before (a copy), or null when it is new. */
    public Uni<KnownSpace> keep(SpaceSummary summary) {
        UUID spaceId = UUID.fromString(summary.spaceId());
        return KnownSpace.<KnownSpace> findById(spaceId).flatMap(existing -> {
            KnownSpace before = existing == null ? null : existing.snapshot();
            KnownSpace row = existing != null ? existing : new KnownSpace();
            row.spaceId = spaceId;
            row.copy(summary);
            return row.persist().replaceWith(before);
        });
    }

    /** Keeps a space's state and calendar sequence after a transition. */
    public Uni<KnownSpace> transitioned(String spaceId, String state, int sequence) {
        return KnownSpace.<KnownSpace> findById(UUID.fromString(spaceId)).flatMap(space -> {
            if (space == null) {
                return Uni.createFrom().nullItem();
            }
            space.state = state;
            space.sequence = Math.max(space.sequence, sequence);
            return space.persist().replaceWith(space);
        });
    }

    /** Keeps (or, with null, forgets) a space's meeting link; a space not described yet gets a row of its own. */
    public Uni<Void> keepMeetingLink(String spaceId, String meetingLink) {
        UUID id = UUID.fromString(spaceId);
        return KnownSpace.<KnownSpace> findById(id).flatMap(existing -> {
            KnownSpace row = existing != null ? existing : new KnownSpace();
            row.spaceId = id;
            row.meetingLink = meetingLink;
            return row.persist().replaceWithVoid();
        });
    }
}
