package org.letsconnect.clinic.directory;

import java.util.UUID;

import io.smallrye.mutiny.Uni;

/**
 * A feature that keeps something about registry participants in its own tables. The directory tells each one when
 * a profile arrives and when a participant erased theirs, inside the transaction of the event's consumer; each
 * feature changes only its own tables.
 */
public interface ParticipantDataHolder {

    /** A profile arrived or changed (the row is already saved). */
    default Uni<Void> profileKept(DirectoryParticipant participant) {
        return Uni.createFrom().voidItem();
    }

    /** The participant erased their profile: forget what names them, keep what only counts. */
    Uni<Void> forget(UUID participantId);
}
