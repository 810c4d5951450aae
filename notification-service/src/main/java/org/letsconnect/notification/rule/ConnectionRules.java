package org.letsconnect.notification.rule;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.letsconnect.contracts.matching.ConnectionAccepted;
import org.letsconnect.contracts.matching.ConnectionCompleted;
import org.letsconnect.contracts.matching.ConnectionDeclined;
import org.letsconnect.contracts.matching.ConnectionRequested;
import org.letsconnect.contracts.matching.ConnectionScheduled;
import org.letsconnect.notification.notification.Category;
import org.letsconnect.notification.notification.NotificationPlanner;
import org.letsconnect.notification.notification.PlannedNotification;
import org.letsconnect.notification.recipient.RecipientKind;
import org.letsconnect.platform.inbox.ReceivedEvent;

import io.smallrye.mutiny.Uni;

/**
 * Which 1:1 connection event reaches whom: a request to the sharer (and a nudge if it stays unanswered), the answer
 * to the learner, the agreed time and the feedback prompt to both.
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
                    new PlannedNotification(nudgeCause(requested.connectionId()), RecipientKind.PARTICIPANT,
                            UUID.fromString(requested.sharerId()), Category.CONNECTIONS, Templates.CONNECTION_NUDGE,
                            null, params, requested.at().plus(config.connections().nudgeAfter()), false)))
                    .replaceWithVoid();
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

    /** An answer makes the pending nudge pointless. */
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
