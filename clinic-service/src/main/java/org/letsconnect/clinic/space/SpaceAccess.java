package org.letsconnect.clinic.space;

import org.letsconnect.clinic.directory.DirectoryParticipant;
import org.letsconnect.platform.security.Caller;

/**
 * What the caller is to one space: an organizer plans and changes anything; its sharers and liaisons prepare it
 * (sharers may edit its content); a confirmed registrant may join the meeting.
 */
public record SpaceAccess(Caller caller, String participantId, boolean organizer, boolean sharer, boolean liaison,
        boolean confirmedRegistrant) {

    /** @param participant the caller in the registry read model, or null when they have no profile there */
    static SpaceAccess of(Caller caller, DirectoryParticipant participant, Space space, boolean confirmedRegistrant) {
        String participantId = participant == null ? null : participant.participantId.toString();
        return new SpaceAccess(caller, participantId, caller.isOrganizer(),
                participantId != null && space.sharers.contains(participantId),
                participantId != null && space.liaisons.contains(participantId), confirmedRegistrant);
    }

    /** May see milestones and the lifecycle, and tick milestones off. */
    public boolean prepares() {
        return organizer || sharer || liaison;
    }

    /** May see the private meeting link. */
    public boolean insider() {
        return prepares() || confirmedRegistrant;
    }

    /** May see the space before it is published. */
    public boolean maySee(Space space) {
        return prepares() || SpaceLifecycle.isPublished(space.state);
    }
}
