package org.letsconnect.clinic.space;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.smallrye.mutiny.Uni;

/**
 * What a space needs to know of its registrations, answered by the registration feature (which depends on spaces,
 * not the other way round). Every method runs in the caller's session.
 */
public interface SpaceRegistrations {

    /** Whether the person holds a confirmed place in the space. */
    Uni<Boolean> isConfirmed(UUID spaceId, String subject);

    /** Confirmed and waitlisted counts per space; spaces without registrations are left out. */
    Uni<Map<UUID, SpaceView.Places>> places(List<UUID> spaceIds);

    /** The space's capacity grew: new places go to the people waiting for them, in the caller's transaction. */
    Uni<Void> capacityRaised(Space space);
}
