package org.letsconnect.matching.space;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.letsconnect.contracts.clinic.AttendanceRecorded;
import org.letsconnect.contracts.clinic.AttendanceRetracted;
import org.letsconnect.contracts.clinic.SpaceStates;
import org.letsconnect.contracts.clinic.SpaceSummary;
import org.letsconnect.contracts.clinic.SpaceTransitioned;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * What matching keeps of clinic's spaces: their state, their sharers and who attended, so an attendee of a completed
 * space can ask its sharers for a 1:1 follow-up. Runs inside the consumer's transaction.
 */
@ApplicationScoped
public class ClinicSpaces {

    private static final String UPSERT_STATE = """
            insert into space_state (space_id, state, ends_at, updated_at) values (:id, :state, :endsAt, :now)
            on conflict (space_id) do update set state = excluded.state,
                ends_at = coalesce(excluded.ends_at, space_state.ends_at), updated_at = excluded.updated_at""";
    private static final String FORGET_SHARERS = "delete from space_sharer where space_id = :id";
    private static final String ADD_SHARERS = """
            insert into space_sharer (space_id, participant_id) select :id, unnest(cast(:sharers as uuid[]))
            on conflict do nothing""";
    private static final String ADD_ATTENDEE = """
            insert into space_attendee (space_id, participant_id) values (:id, :participant) on conflict do nothing""";
    private static final String REMOVE_ATTENDEE = """
            delete from space_attendee where space_id = :id and participant_id = :participant""";
    private static final String FOLLOW_UP_ALLOWED = """
            select count(*) from space_state st
            join space_attendee a on a.space_id = st.space_id and a.participant_id = :learner
            join space_sharer s on s.space_id = st.space_id and s.participant_id = :sharer
            where st.space_id = :id and st.state in (:completed, :archived)""";

    public Uni<Void> keep(SpaceSummary space) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(UPSERT_STATE)
                .setParameter("id", UUID.fromString(space.spaceId()))
                .setParameter("state", space.state())
                .setParameter("endsAt", utc(space.endsAt()))
                .setParameter("now", utc(Instant.now()))
                .executeUpdate()
                .flatMap(ignored -> session.createNativeQuery(FORGET_SHARERS)
                        .setParameter("id", UUID.fromString(space.spaceId())).executeUpdate())
                .flatMap(ignored -> session.createNativeQuery(ADD_SHARERS)
                        .setParameter("id", UUID.fromString(space.spaceId()))
                        .setParameter("sharers", uuids(space.sharers()))
                        .executeUpdate()))
                .replaceWithVoid();
    }

    public Uni<Void> keep(SpaceTransitioned transition) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(UPSERT_STATE)
                .setParameter("id", UUID.fromString(transition.spaceId()))
                .setParameter("state", transition.to())
                .setParameter("endsAt", null)
                .setParameter("now", utc(transition.at() == null ? Instant.now() : transition.at()))
                .executeUpdate()).replaceWithVoid();
    }

    /** Records a directory participant's attendance; guests (no participant id) have no 1:1 connections. */
    public Uni<Void> keep(AttendanceRecorded attendance) {
        if (attendance.participantId() == null) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession().flatMap(session -> session.createNativeQuery(ADD_ATTENDEE)
                .setParameter("id", UUID.fromString(attendance.spaceId()))
                .setParameter("participant", UUID.fromString(attendance.participantId()))
                .executeUpdate()).replaceWithVoid();
    }

    /**
     * An attendance that no longer stands (a corrected report, an undone match, the meeting's host): the participant
     * is no longer an attendee of the space, so asks its sharers for no follow-up. Connections requested before stay.
     */
    public Uni<Void> retract(AttendanceRetracted retraction) {
        if (retraction.participantId() == null) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession().flatMap(session -> session.createNativeQuery(REMOVE_ATTENDEE)
                .setParameter("id", UUID.fromString(retraction.spaceId()))
                .setParameter("participant", UUID.fromString(retraction.participantId()))
                .executeUpdate()).replaceWithVoid();
    }

    /** Whether the learner attended the space, the sharer shared it, and it took place (completed or archived). */
    public Uni<Boolean> followUpAllowed(String spaceId, String learnerId, String sharerId) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(FOLLOW_UP_ALLOWED, Long.class)
                .setParameter("id", UUID.fromString(spaceId))
                .setParameter("learner", UUID.fromString(learnerId))
                .setParameter("sharer", UUID.fromString(sharerId))
                .setParameter("completed", SpaceStates.COMPLETED)
                .setParameter("archived", SpaceStates.ARCHIVED)
                .getSingleResult()).map(count -> count > 0);
    }

    private static UUID[] uuids(List<String> ids) {
        return ids == null ? new UUID[0] : ids.stream().map(UUID::fromString).toArray(UUID[]::new);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
