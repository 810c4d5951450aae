package org.letsconnect.clinic.badge;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.letsconnect.clinic.directory.ParticipantDataHolder;
import org.letsconnect.clinic.space.Space;
import org.letsconnect.contracts.clinic.AttendanceRecorded;
import org.letsconnect.contracts.clinic.AttendanceRetracted;
import org.letsconnect.contracts.clinic.BadgeWithdrawn;
import org.letsconnect.contracts.clinic.SpaceTransitioned;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Badges earned here: awarded from what this service announces ({@link BadgeConsumer}), shown on profiles, forgotten
 * with the participant.
 */
@ApplicationScoped
public class BadgeService implements ParticipantDataHolder {

    private static final String COUNT_SPACE = """
            insert into badge_attendance (participant_id, space_id, recorded_at) values (:participant, :space, :at)
            on conflict (participant_id, space_id) do nothing""";
    private static final String RAISE_TALLY = """
            insert into badge_tally (participant_id, spaces_attended) values (:participant, 1)
            on conflict (participant_id) do update set spaces_attended = badge_tally.spaces_attended + 1""";
    private static final String UNCOUNT_SPACE = """
            delete from badge_attendance where participant_id = :participant and space_id = :space""";
    private static final String LOCK_TALLY = """
            select spaces_attended from badge_tally where participant_id = :participant for update""";
    private static final String COUNT_SPACES = """
            select count(*) from badge_attendance where participant_id = :participant""";
    private static final String SET_TALLY = """
            update badge_tally set spaces_attended = :spaces where participant_id = :participant""";
    private static final List<String> FORGET = List.of(
            "delete from badge_award where participant_id = :id",
            "delete from badge_attendance where participant_id = :id",
            "delete from badge_tally where participant_id = :id");

    private final BadgeAwarder awarder;
    private final BadgeRules rules;
    private final Clock clock;

    public BadgeService(BadgeAwarder awarder, BadgeRules rules, Clock clock) {
        this.awarder = awarder;
        this.rules = rules;
        this.clock = clock;
    }

    /** A participant's badges, oldest first. */
    @WithSession
    public Uni<ParticipantBadges> badgesOf(UUID participantId) {
        return BadgeAward.<BadgeAward> list("participantId = ?1 order by awardedAt, badge", participantId)
                .map(awards -> ParticipantBadges.of(participantId, awards));
    }

    /** The participant erased their profile: their badges go. Runs in the caller's transaction. */
    @Override
    public Uni<Void> forget(UUID participantId) {
        return Panache.getSession().flatMap(session -> Multi.createFrom().iterable(FORGET)
                .onItem().transformToUniAndConcatenate(sql -> session.createNativeQuery(sql)
                        .setParameter("id", participantId).executeUpdate())
                .collect().asList())
                .replaceWithVoid();
    }

    /**
     * A recorded attendance long enough to count earns the attendee badge and counts towards the regular badges.
     * Runs in the consumer's transaction.
     */
    public Uni<Void> attended(AttendanceRecorded attendance) {
        UUID participantId = uuid(attendance.participantId());
        UUID spaceId = uuid(attendance.spaceId());
        if (participantId == null || spaceId == null || attendance.minutes() < rules.attendanceMinutes()) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession().flatMap(session -> session.createNativeQuery(COUNT_SPACE)
                .setParameter("participant", participantId)
                .setParameter("space", spaceId)
                .setParameter("at", OffsetDateTime.now(clock))
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

    /**
     * A retracted attendance no longer counts: its space leaves the participant's attended spaces, and the badges the
     * remaining ones no longer earn are withdrawn (the attendee badge when none remains, each regular badge whose
     * number is now above them). Runs in the consumer's transaction.
     */
    public Uni<Void> retracted(AttendanceRetracted retraction) {
        UUID participantId = uuid(retraction.participantId());
        UUID spaceId = uuid(retraction.spaceId());
        if (participantId == null || spaceId == null) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession().flatMap(session -> session.createNativeQuery(UNCOUNT_SPACE)
                .setParameter("participant", participantId)
                .setParameter("space", spaceId)
                .executeUpdate()
                .flatMap(uncounted -> {
                    if (uncounted == 0) {
                        // never counted (a guest's, too short) or retracted already: no badge rested on it
                        return Uni.createFrom().voidItem();
                    }
                    // counted only once the tally row is locked, as attended raises it: the count then sees every
                    // attendance counted before, and one counted after waits for this commit and adds to it
                    return session.createNativeQuery(LOCK_TALLY, Integer.class)
                            .setParameter("participant", participantId).getResultList()
                            .flatMap(locked -> session.createNativeQuery(COUNT_SPACES, Long.class)
                                    .setParameter("participant", participantId).getSingleResult())
                            .flatMap(spaces -> session.createNativeQuery(SET_TALLY)
                                    .setParameter("spaces", spaces.intValue())
                                    .setParameter("participant", participantId)
                                    .executeUpdate()
                                    .replaceWith(spaces.intValue()))
                            .flatMap(spaces -> withdrawUnearned(participantId, spaces));
                }));
    }

    private Uni<Void> withdrawUnearned(UUID participantId, int spacesAttended) {
        List<String> unearned = new ArrayList<>();
        if (spacesAttended == 0) {
            unearned.add(rules.attendee());
        }
        for (int threshold : rules.regularThresholds()) {
            if (spacesAttended < threshold) {
                unearned.add(rules.regularPrefix() + "-" + threshold);
            }
        }
        return Multi.createFrom().iterable(unearned)
                .onItem().transformToUniAndConcatenate(
                        badge -> awarder.withdraw(participantId, badge, BadgeWithdrawn.ATTENDANCE_RETRACTED))
                .collect().asList()
                .replaceWithVoid();
    }

    /** A space that reached completed earns its sharers the sharer badge. Runs in the consumer's transaction. */
    public Uni<Void> completed(SpaceTransitioned transition) {
        UUID spaceId = uuid(transition.spaceId());
        if (spaceId == null) {
            return Uni.createFrom().voidItem();
        }
        return Space.<Space> findById(spaceId).flatMap(space -> {
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
