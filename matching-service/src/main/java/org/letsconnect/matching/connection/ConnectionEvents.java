package org.letsconnect.matching.connection;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.letsconnect.contracts.EventType;
import org.letsconnect.contracts.matching.ConnectionAccepted;
import org.letsconnect.contracts.matching.ConnectionCancelled;
import org.letsconnect.contracts.matching.ConnectionCompleted;
import org.letsconnect.contracts.matching.ConnectionDeclined;
import org.letsconnect.contracts.matching.ConnectionExpired;
import org.letsconnect.contracts.matching.ConnectionFeedbackSubmitted;
import org.letsconnect.contracts.matching.ConnectionOpened;
import org.letsconnect.contracts.matching.ConnectionProposed;
import org.letsconnect.contracts.matching.ConnectionRequested;
import org.letsconnect.contracts.matching.ConnectionScheduled;
import org.letsconnect.platform.outbox.OutboxWriter;

import io.smallrye.mutiny.Uni;

/**
 * Announces each change of a connection on {@code matching.events.v1}, through the outbox in the caller's
 * transaction. The events carry ids, codes and times only: never the message, the comment or a name.
 */
@ApplicationScoped
class ConnectionEvents {

    private final OutboxWriter outbox;

    ConnectionEvents(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    Uni<Void> opened(Connection c) {
        return append(EventType.CONNECTION_OPENED,
                new ConnectionOpened(id(c), c.learnerText(), c.skill, c.state, c.requestedAt));
    }

    Uni<Void> requested(Connection c) {
        return append(EventType.CONNECTION_REQUESTED, new ConnectionRequested(id(c), c.learnerText(), c.sharerText(),
                c.skill, c.state, text(c.roundId), c.requestedAt, text(c.spaceId)));
    }

    Uni<Void> proposed(Connection c, Instant at) {
        return append(EventType.CONNECTION_PROPOSED, new ConnectionProposed(id(c), c.learnerText(), c.sharerText(),
                c.skill, c.state, text(c.roundId), c.proposedBy, at, c.learnerAffiliate, c.sharerAffiliate));
    }

    Uni<Void> accepted(Connection c) {
        return append(EventType.CONNECTION_ACCEPTED,
                new ConnectionAccepted(id(c), c.learnerText(), c.sharerText(), c.skill, c.state, c.answeredAt));
    }

    Uni<Void> declined(Connection c, UUID nextSharer) {
        return append(EventType.CONNECTION_DECLINED, new ConnectionDeclined(id(c), c.learnerText(), c.sharerText(),
                c.skill, c.state, c.declineReason, c.answeredAt, text(nextSharer)));
    }

    Uni<Void> expired(Connection c, UUID nextSharer, Instant at) {
        return append(EventType.CONNECTION_EXPIRED, new ConnectionExpired(id(c), c.learnerText(), c.sharerText(),
                c.skill, c.state, text(nextSharer), at));
    }

    Uni<Void> scheduled(Connection c, Instant at) {
        return append(EventType.CONNECTION_SCHEDULED, new ConnectionScheduled(id(c), c.learnerText(), c.sharerText(),
                c.skill, c.state, c.scheduledAt, c.scheduleZone, at));
    }

    Uni<Void> completed(Connection c) {
        return append(EventType.CONNECTION_COMPLETED,
                new ConnectionCompleted(id(c), c.learnerText(), c.sharerText(), c.skill, c.state, c.completedAt));
    }

    Uni<Void> cancelled(Connection c) {
        return append(EventType.CONNECTION_CANCELLED, new ConnectionCancelled(id(c), c.learnerText(), c.sharerText(),
                c.skill, c.state, c.cancelledBy, c.cancelReason, c.cancelledAt));
    }

    Uni<Void> feedback(Connection c, ConnectionFeedback f) {
        return append(EventType.CONNECTION_FEEDBACK_SUBMITTED, new ConnectionFeedbackSubmitted(id(c),
                c.learnerText(), c.sharerText(), c.skill, f.author, f.helped, f.rating, f.submittedAt));
    }

    private Uni<Void> append(EventType type, Object payload) {
        return outbox.append(type, payload).replaceWithVoid();
    }

    private static String id(Connection c) {
        return c.id.toString();
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }
}
