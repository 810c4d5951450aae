package org.letsconnect.registry.participant;

import org.letsconnect.contracts.registry.ParticipantProfile;
import org.letsconnect.platform.security.Caller;
import org.letsconnect.platform.security.Roles;

/**
 * Which profiles of other people a caller sees, and with which contact data: the one rule that the directory search,
 * a single profile and the CapX export all follow, so that a list and a single read never disagree. Each endpoint
 * still decides who may call it at all ({@code @RolesAllowed}); this decides what a caller it admits is shown.
 *
 * <ul>
 * <li>A {@code public} profile: to every caller.</li>
 * <li>A {@code members} profile: to signed-in Wikimedians (participants) and to organizers and admins, never to a
 * partner platform. A token carrying the partner role counts as a partner even when it also names a person: a
 * platform such as CapX reads on behalf of people who are not members.</li>
 * <li>The e-mail address: to the profile's owner and to organizers and admins, never to a partner.</li>
 * </ul>
 *
 * Readers that filter in SQL use {@link #publicOnly()} for {@code visibility = 'public'}.
 */
public final class ProfileVisibility {

    private final Caller caller;

    private ProfileVisibility(Caller caller) {
        this.caller = caller;
    }

    public static ProfileVisibility of(Caller caller) {
        return new ProfileVisibility(caller);
    }

    /** Whether the caller is shown public profiles only. */
    public boolean publicOnly() {
        return partner() || !(caller.hasRole(Roles.PARTICIPANT) || caller.isOrganizer());
    }

    /** Whether the caller may see this profile at all; a profile they may not see is not there for them. */
    public boolean maySee(Participant participant) {
        return ParticipantProfile.VISIBILITY_PUBLIC.equals(participant.visibility) || !publicOnly();
    }

    /** Whether the caller sees the profile's e-mail address. */
    public boolean seesContactOf(Participant participant) {
        return !partner() && (caller.isOrganizer() || caller.subject().equals(participant.subject));
    }

    private boolean partner() {
        return caller.hasRole(Roles.PARTNER);
    }
}
