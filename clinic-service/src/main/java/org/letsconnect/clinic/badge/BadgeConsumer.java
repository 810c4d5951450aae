package org.letsconnect.clinic.badge;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.letsconnect.clinic.space.Space;
import org.letsconnect.contracts.clinic.AttendanceRecorded;
import org.letsconnect.contracts.clinic.SpaceStates;
import org.letsconnect.contracts.clinic.SpaceTransitioned;
import org.letsconnect.platform.inbox.IdempotentConsumer;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;

/**
 * Awards badges from what this service itself announces on {@code clinic.events.v1}, so that attendance imports
 * and lifecycle transitions need not know about badges: a recorded attendance long enough to count earns the
 * attendee badge and counts towards the regular badges; a space that reaches completed earns its sharers the
 * sharer badge.
 */
@ApplicationScoped
public class BadgeConsumer {

    private static final String COUNT_SPACE = """
            insert into badge_attendance (participant_id, space_id, recorded_at) values (:participant, :space, :at)
            on conflict (participant_id, space_id) do nothing""";
    private static final String RAISE_TALLY = """
            insert into badge_tally (participant_id, spaces_attended) values (:participant, 1)
            on conflict (participant_id) do update set spaces_attended = badge_tally.spaces_attended + 1""";

    private final IdempotentConsumer consumer;
    private final BadgeAwarder awarder;
    private final BadgeRules rules;

    public BadgeConsumer(IdempotentConsumer consumer, BadgeAwarder awarder, BadgeRules rules) {
        this.consumer = consumer;
        this.awarder = awarder;
        this.rules = rules;
    }

    @Incoming("clinic-events")
    public Uni<Void> onClinicEvent(Message<JsonObject> message) {
        return consumer.consume(message, event -> {
            if (event.data() instanceof AttendanceRecorded attendance) {
                return attended(attendance);
            }
            if (event.data() instanceof SpaceTransitioned transition
                    && SpaceStates.COMPLETED.equals(transition.to())) {
                return completed(transition);
            }
            return Uni.createFrom().voidItem();
        });
    }

    private Uni<Void> attended(AttendanceRecorded attendance) {
        UUID participantId = uuid(attendance.participantId());
        UUID spaceId = uuid(attendance.spaceId());
        if (participantId == null || spaceId == null || attendance.minutes() < rules.attendanceMinutes()) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession().flatMap(session -> session.createNativeQuery(COUNT_SPACE)
                .setParameter("participant", participantId)
                .setParameter("space", spaceId)
                .setParameter("at", OffsetDateTime.now(ZoneOffset.UTC))
                .executeUpdate()
                .flatMap(counted -> {
                    if (counted == 0) {
                        // this space counted already (a corrected re-import): its badges were considered then
                        return Uni.createFrom().voidItem();
                    }
                    // the tally row stays locked until commit, so concurrent attendances count one after the other
                    return session.createNativeQuery(RAISE_TALLY).setParameter("participant", participantId)
                            .executeUpdate()
                            .flatMap(ignored -> session.createNativeQuery(
                                    "select spaces_attended from badge_tally where participant_id = :participant",
                                    Integer.class).setParameter("participant", participantId).getSingleResult())
                            .flatMap(spaces -> awardForAttendance(participantId, spaceId, spaces));
                }));
    }

    private Uni<Void> awardForAttendance(UUID participantId, UUID spaceId, int spacesAttended) {
        Uni<Boolean> awards = awarder.award(participantId, rules.attendee(), spaceId);
        for (int threshold : rules.regularThresholds()) {
            if (spacesAttended >= threshold) {
                awards = awards.call(() -> awarder.award(participantId, rules.regularPrefix() + "-" + threshold,
                        spaceId));
            }
        }
        return awards.replaceWithVoid();
    }

    private Uni<Void> completed(SpaceTransitioned transition) {
        UUID spaceId = uuid(transition.spaceId());
        if (spaceId == null) {
            return Uni.createFrom().voidItem();
        }
        return Space.<Space>findById(spaceId).flatMap(space -> {
            List<String> sharers = space == null ? List.of() : space.sharers;
            Uni<Boolean> awards = Uni.createFrom().item(false);
            for (String sharer : sharers) {
                UUID participantId = uuid(sharer);
                if (participantId != null) {
                    awards = awards.call(() -> awarder.award(participantId, rules.sharer(), spaceId));
                }
            }
            return awards.replaceWithVoid();
        });
    }

    private static UUID uuid(String value) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
