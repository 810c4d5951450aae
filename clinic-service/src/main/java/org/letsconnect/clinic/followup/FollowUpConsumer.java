package org.letsconnect.clinic.followup;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.letsconnect.contracts.matching.ConnectionAccepted;
import org.letsconnect.contracts.matching.ConnectionCancelled;
import org.letsconnect.contracts.matching.ConnectionCompleted;
import org.letsconnect.contracts.matching.ConnectionDeclined;
import org.letsconnect.contracts.matching.ConnectionExpired;
import org.letsconnect.contracts.matching.ConnectionRequested;
import org.letsconnect.contracts.matching.ConnectionScheduled;
import org.letsconnect.contracts.matching.ConnectionStates;
import org.letsconnect.platform.inbox.IdempotentConsumer;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;

/**
 * Counts the 1:1 follow-ups attendees asked of a space's sharers, from {@code matching.events.v1}: a request that names
 * a space starts one, and the same connection's later events move it on. Other connections are not kept.
 */
@ApplicationScoped
public class FollowUpConsumer {

    private static final String START = """
            insert into follow_up (connection_id, space_id, state, requested_at, updated_at)
            values (:id, :space, :state, :at, :at) on conflict (connection_id) do nothing""";
    private static final String MOVE = """
            update follow_up set state = :state, updated_at = :at where connection_id = :id and updated_at <= :at""";

    private final IdempotentConsumer consumer;

    public FollowUpConsumer(IdempotentConsumer consumer) {
        this.consumer = consumer;
    }

    @Incoming("matching-events")
    public Uni<Void> onMatchingEvent(Message<JsonObject> message) {
        return consumer.consume(message, event -> {
            Object data = event.data();
            if (data instanceof ConnectionRequested requested) {
                return requested.spaceId() == null ? Uni.createFrom().voidItem() : start(requested);
            }
            if (data instanceof ConnectionAccepted accepted) {
                return move(accepted.connectionId(), ConnectionStates.ACCEPTED, accepted.at());
            }
            if (data instanceof ConnectionScheduled scheduled) {
                return move(scheduled.connectionId(), ConnectionStates.SCHEDULED, scheduled.at());
            }
            if (data instanceof ConnectionCompleted completed) {
                return move(completed.connectionId(), ConnectionStates.COMPLETED, completed.at());
            }
            if (data instanceof ConnectionDeclined declined) {
                return move(declined.connectionId(), ConnectionStates.DECLINED, declined.at());
            }
            if (data instanceof ConnectionExpired expired) {
                return move(expired.connectionId(), ConnectionStates.EXPIRED, expired.at());
            }
            if (data instanceof ConnectionCancelled cancelled) {
                return move(cancelled.connectionId(), ConnectionStates.CANCELLED, cancelled.at());
            }
            return Uni.createFrom().voidItem();
        });
    }

    private Uni<Void> start(ConnectionRequested requested) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(START)
                .setParameter("id", UUID.fromString(requested.connectionId()))
                .setParameter("space", UUID.fromString(requested.spaceId()))
                .setParameter("state", ConnectionStates.REQUESTED)
                .setParameter("at", utc(requested.at()))
                .executeUpdate()).replaceWithVoid();
    }

    /** Moves a follow-up on; a connection that is not one matches no row. */
    private Uni<Void> move(String connectionId, String state, Instant at) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(MOVE)
                .setParameter("id", UUID.fromString(connectionId))
                .setParameter("state", state)
                .setParameter("at", utc(at))
                .executeUpdate()).replaceWithVoid();
    }

    private static OffsetDateTime utc(Instant at) {
        return (at == null ? Instant.now() : at).atOffset(ZoneOffset.UTC);
    }
}
