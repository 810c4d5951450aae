package org.letsconnect.notification.rule;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.letsconnect.contracts.matching.ConnectionAccepted;
import org.letsconnect.contracts.matching.ConnectionCancelled;
import org.letsconnect.contracts.matching.ConnectionCompleted;
import org.letsconnect.contracts.matching.ConnectionDeclined;
import org.letsconnect.contracts.matching.ConnectionExpired;
import org.letsconnect.contracts.matching.ConnectionProposed;
import org.letsconnect.contracts.matching.ConnectionRequested;
import org.letsconnect.contracts.matching.ConnectionScheduled;
import org.letsconnect.notification.notification.Category;
import org.letsconnect.notification.notification.NotificationPlanner;
import org.letsconnect.notification.notification.PlannedNotification;
import org.letsconnect.notification.recipient.RecipientKind;
import org.letsconnect.platform.inbox.ReceivedEvent;

import io.smallrye.mutiny.Uni;

/**
 * Which 1:1 connection event reaches whom: a request or a proposal to the sharer (and a nudge if it stays unanswered),
 * the proposal, the answer, an expiry with the next candidate to the learner, a cancellation to the side that did not
 * cancel, the agreed time and the feedback prompt to both.
 */
@ApplicationScoped
public class ConnectionRules {

    private final NotificationPlanner planner;
    private final RuleConfig config;
    private final Clock clock;

    public ConnectionRules(NotificationPlanner planner, RuleConfig config, Clock clock) {
        this.planner = planner;
        this.config = config;
        this.clock = clock;
    }

    public Uni<Void> apply(ReceivedEvent<Object> event) {
        Object data = event.data();
        if (data instanceof ConnectionRequested requested) {
            Map<String, Object> params = params(requested.connectionId(), requested.learnerId(), requested.skill());
            return planner.plan(List.of(
                    notice(event.id(), requested.sharerId(), Templates.CONNECTION_REQUESTED, params),
                    nudge(requested.connectionId(), requested.sharerId(), params, requested.at()))).replaceWithVoid();
        }
        if (data instanceof ConnectionProposed proposed) {
            Map<String, Object> forSharer = params(proposed.connectionId(), proposed.learnerId(), proposed.skill());
            Map<String, Object> forLearner = params(proposed.connectionId(), proposed.sharerId(), proposed.skill());
            return planner.plan(List.of(
                    notice(event.id(), proposed.sharerId(), Templates.CONNECTION_PROPOSED, forSharer),
                    nudge(proposed.connectionId(), proposed.sharerId(), forSharer, proposed.at()),
                    notice(event.id(), proposed.learnerId(), Templates.CONNECTION_MATCHED, forLearner)))
                    .replaceWithVoid();
        }
        if (data instanceof ConnectionExpired expired) {
            Map<String, Object> params = params(expired.connectionId(), expired.sharerId(), expired.skill());
            if (expired.nextSharerId() != null) {
                params.put("nextId", expired.nextSharerId());
            }
            return answered(expired.connectionId()).flatMap(ignored -> planner.plan(
                    notice(event.id(), expired.learnerId(), Templates.CONNECTION_EXPIRED, params))).replaceWithVoid();
        }
        if (data instanceof ConnectionCancelled cancelled) {
            return answered(cancelled.connectionId()).flatMap(ignored -> planner.plan(cancelledNotices(event.id(),
                    cancelled))).replaceWithVoid();
        }
        if (data instanceof ConnectionAccepted accepted) {
            return answered(accepted.connectionId()).flatMap(ignored -> planner.plan(notice(event.id(),
                    accepted.learnerId(), Templates.CONNECTION_ACCEPTED,
                    params(accepted.connectionId(), accepted.sharerId(), accepted.skill())))).replaceWithVoid();
        }
        if (data instanceof ConnectionDeclined declined) {
            Map<String, Object> params = params(declined.connectionId(), declined.sharerId(), declined.skill());
            if (declined.reason() != null) {
                params.put("reason", declined.reason());
            }
            if (declined.nextSharerId() != null) {
                params.put("nextId", declined.nextSharerId());
            }
            return answered(declined.connectionId())
                    .flatMap(ignored -> planner.plan(
                            notice(event.id(), declined.learnerId(), Templates.CONNECTION_DECLINED, params)))
                    .replaceWithVoid();
        }
        if (data instanceof ConnectionScheduled scheduled) {
            Map<String, Object> forLearner = params(scheduled.connectionId(), scheduled.sharerId(), scheduled.skill());
            Map<String, Object> forSharer = params(scheduled.connectionId(), scheduled.learnerId(), scheduled.skill());
            forLearner.put("scheduledAt", scheduled.scheduledAt().toString());
            forSharer.put("scheduledAt", scheduled.scheduledAt().toString());
            return answered(scheduled.connectionId()).flatMap(ignored -> planner.plan(List.of(
                    notice(event.id(), scheduled.learnerId(), Templates.CONNECTION_SCHEDULED, forLearner),
                    notice(event.id(), scheduled.sharerId(), Templates.CONNECTION_SCHEDULED, forSharer))))
                    .replaceWithVoid();
        }
        if (data instanceof ConnectionCompleted completed) {
            return planner.plan(List.of(
                    notice(event.id(), completed.learnerId(), Templates.CONNECTION_COMPLETED,
                            params(completed.connectionId(), completed.sharerId(), completed.skill())),
                    notice(event.id(), completed.sharerId(), Templates.CONNECTION_COMPLETED,
                            params(completed.connectionId(), completed.learnerId(), completed.skill()))))
                    .replaceWithVoid();
        }
        return Uni.createFrom().voidItem();
    }

    /** The sharer is nudged if a request or a proposal stays unanswered. */
    private PlannedNotification nudge(String connectionId, String sharerId, Map<String, Object> params, Instant at) {
        return new PlannedNotification(nudgeCause(connectionId), RecipientKind.PARTICIPANT, UUID.fromString(sharerId),
                Category.CONNECTIONS, Templates.CONNECTION_NUDGE, null, params,
                at.plus(config.connections().nudgeAfter()), false);
    }

    /**
     * Whoever did not call it off hears of it: the sharer when the learner cancelled (or the system did, once the
     * learner found someone else), the learner when the sharer cancelled, both when an organizer did. An open request
     * without a sharer concerns the learner only.
     */
    private List<PlannedNotification> cancelledNotices(String cause, ConnectionCancelled cancelled) {
        List<PlannedNotification> notices = new ArrayList<>();
        boolean toSharer = cancelled.sharerId() != null && !ConnectionCancelled.BY_SHARER.equals(cancelled.cancelledBy());
        boolean toLearner = ConnectionCancelled.BY_SHARER.equals(cancelled.cancelledBy())
                || ConnectionCancelled.BY_ORGANIZER.equals(cancelled.cancelledBy());
        if (toSharer) {
            Map<String, Object> params = params(cancelled.connectionId(), cancelled.learnerId(), cancelled.skill());
            params.put("cancelledBy", cancelled.cancelledBy());
            notices.add(notice(cause, cancelled.sharerId(), Templates.CONNECTION_CANCELLED, params));
        }
        if (toLearner) {
            Map<String, Object> params = params(cancelled.connectionId(), cancelled.sharerId(), cancelled.skill());
            params.put("cancelledBy", cancelled.cancelledBy());
            notices.add(notice(cause, cancelled.learnerId(), Templates.CONNECTION_CANCELLED, params));
        }
        return notices;
    }

    /** An answer (or the end of the request) makes the pending nudge pointless. */
    private Uni<Integer> answered(String connectionId) {
        return planner.cancelPendingOf(nudgeCause(connectionId), "answered");
    }

    private static String nudgeCause(String connectionId) {
        return "connection:" + connectionId + ":nudge";
    }

    /** The connection, the other person (shown by name) and the skill. */
    private static Map<String, Object> params(String connectionId, String otherId, String skill) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("connectionId", connectionId);
        params.put("otherId", otherId);
        params.put("skill", skill);
        return params;
    }

    private PlannedNotification notice(String cause, String participantId, String template,
            Map<String, Object> params) {
        return new PlannedNotification(cause, RecipientKind.PARTICIPANT, UUID.fromString(participantId),
                Category.CONNECTIONS, template, null, params, clock.instant(), false);
    }
}
