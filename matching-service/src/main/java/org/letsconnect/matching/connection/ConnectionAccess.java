package org.letsconnect.matching.connection;

import java.util.UUID;

import org.letsconnect.platform.problem.ProblemException;

/**
 * Who may see a connection, decided here only: its two sides, the liaisons named on it, and organizers. Everyone
 * else learns nothing, not even that it exists (404). Lists use {@link #INVOLVED}, reads {@link #readable}.
 */
final class ConnectionAccess {

    /** HQL condition: the connection involves the participant {@code :me} as a side or as a liaison. */
    static final String INVOLVED = "(learnerId = :me or sharerId = :me or learnerLiaison = :me or sharerLiaison = :me)";

    private ConnectionAccess() {
    }

    static boolean involves(Connection connection, UUID participantId) {
        return participantId != null && (participantId.equals(connection.learnerId)
                || participantId.equals(connection.sharerId) || participantId.equals(connection.learnerLiaison)
                || participantId.equals(connection.sharerLiaison));
    }

    static boolean mayRead(Viewer viewer, Connection connection) {
        return viewer.isOrganizer() || involves(connection, viewer.participantId());
    }

    /** The connection if the viewer may see it; a 404 problem otherwise, as for one that does not exist. */
    static Connection readable(Viewer viewer, Connection connection, UUID id) {
        if (connection == null || !mayRead(viewer, connection)) {
            throw notFound(id);
        }
        return connection;
    }

    static ProblemException notFound(UUID id) {
        return ProblemException.notFound("matching-connection-not-found", id.toString());
    }
}
