package org.letsconnect.matching.connection;

import java.util.UUID;

import org.letsconnect.platform.security.Caller;

/**
 * Who is asking, as connections know people: the signed-in caller and their participant id from the candidate index
 * (null when they have no profile yet).
 */
record Viewer(Caller caller, UUID participantId) {

    boolean isOrganizer() {
        return caller.isOrganizer();
    }
}
