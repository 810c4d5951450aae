package org.letsconnect.notification.space;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.letsconnect.contracts.clinic.AttendanceRecorded;
import org.letsconnect.contracts.clinic.AttendanceRetracted;
import org.letsconnect.contracts.clinic.ResourcePublished;
import org.letsconnect.contracts.clinic.SpaceSummary;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The read model of learning spaces, their registrations, attendance and resources, as clinic-service's events tell
 * them. Its methods run in the consumer's transaction.
 */
@ApplicationScoped
public class KnownSpaces {

    /** The space, or null when no event has described it yet. */
    public Uni<KnownSpace> find(UUID spaceId) {
        return KnownSpace.findById(spaceId);
    }

    /** Keeps a space's summary; returns the space as it was before (a copy; no start yet when it is new). */
    public Uni<KnownSpace> keep(SpaceSummary summary) {
        UUID spaceId = UUID.fromString(summary.spaceId());
        return claimRow(spaceId).flatMap(ignored -> KnownSpace.<KnownSpace> findById(spaceId)).flatMap(row -> {
            KnownSpace before = row.snapshot();
            row.copy(summary);
            return row.persist().replaceWith(before);
        });
    }

    /**
     * Makes sure the space's row exists before it is read: its summary and its meeting link arrive on two topics at
     * once, and two inserts of the same row would make one consumer fail and retry.
     */
    private static Uni<Integer> claimRow(UUID spaceId) {
        return Panache.getSession().flatMap(session -> session
                .createNativeQuery("insert into known_space (space_id) values (:id) on conflict do nothing")
                .setParameter("id", spaceId).executeUpdate());
    }

    /** Keeps a space's state and calendar sequence after a transition; null when the space is not known. */
    public Uni<KnownSpace> transitioned(String spaceId, String state, int sequence) {
        return KnownSpace.<KnownSpace> findById(UUID.fromString(spaceId)).flatMap(space -> {
            if (space == null) {
                return Uni.createFrom().nullItem();
            }
            space.state = state;
            space.sequence = Math.max(space.sequence, sequence);
            return space.persist().replaceWith(space);
        });
    }

    /** Keeps (or, with null, forgets) a space's meeting link; a space not described yet gets a row of its own. */
    public Uni<Void> keepMeetingLink(String spaceId, String meetingLink) {
        UUID id = UUID.fromString(spaceId);
        return claimRow(id).flatMap(ignored -> KnownSpace.<KnownSpace> findById(id)).flatMap(row -> {
            row.meetingLink = meetingLink;
            return row.persist().replaceWithVoid();
        });
    }

    /** Keeps a registration's status. */
    public Uni<KnownRegistration> keepRegistration(String registrationId, String spaceId, String participantId,
            boolean guest, String status, Instant at) {
        UUID id = UUID.fromString(registrationId);
        return KnownRegistration.<KnownRegistration> findById(id).flatMap(existing -> {
            KnownRegistration row = existing != null ? existing : new KnownRegistration();
            row.registrationId = id;
            row.spaceId = UUID.fromString(spaceId);
            row.participantId = participantId == null ? null : UUID.fromString(participantId);
            row.guest = guest;
            row.status = status;
            row.updatedAt = at;
            return row.persist();
        });
    }

    /** The space's registrations with this status. */
    public Uni<List<KnownRegistration>> registrations(UUID spaceId, String status) {
        return KnownRegistration.list("spaceId = ?1 and status = ?2", spaceId, status);
    }

    /** Keeps who attended. */
    public Uni<KnownAttendance> keepAttendance(AttendanceRecorded attendance) {
        String key = attendeeKey(attendance.participantId(), attendance.registrationId());
        if (key == null) {
            return Uni.createFrom().nullItem();
        }
        KnownAttendance.Key id = new KnownAttendance.Key(UUID.fromString(attendance.spaceId()), key);
        return KnownAttendance.<KnownAttendance> findById(id).flatMap(existing -> {
            KnownAttendance row = existing != null ? existing : new KnownAttendance();
            row.spaceId = id.spaceId();
            row.attendeeKey = key;
            row.participantId = attendance.participantId() == null ? null
                    : UUID.fromString(attendance.participantId());
            row.registrationId = attendance.registrationId() == null ? null
                    : UUID.fromString(attendance.registrationId());
            return row.persist();
        });
    }

    /** Forgets an attendance that no longer stands; returns who it was, null when nobody was known. */
    public Uni<KnownAttendance> forgetAttendance(AttendanceRetracted retraction) {
        String key = attendeeKey(retraction.participantId(), retraction.registrationId());
        if (key == null) {
            return Uni.createFrom().nullItem();
        }
        KnownAttendance.Key id = new KnownAttendance.Key(UUID.fromString(retraction.spaceId()), key);
        return KnownAttendance.<KnownAttendance> findById(id).flatMap(row -> row == null
                ? Uni.createFrom().<KnownAttendance> nullItem()
                : row.delete().replaceWith(row));
    }

    /** A participant by their id, a guest by their registration; null for an attendee matched to no one. */
    private static String attendeeKey(String participantId, String registrationId) {
        return participantId != null ? participantId : registrationId;
    }

    /** Everyone who attended the space. */
    public Uni<List<KnownAttendance>> attendees(UUID spaceId) {
        return KnownAttendance.list("spaceId", spaceId);
    }

    /** Keeps a published resource. */
    public Uni<Void> keepResource(ResourcePublished published) {
        UUID id = UUID.fromString(published.resourceId());
        return KnownResource.<KnownResource> findById(id).flatMap(existing -> {
            KnownResource row = existing != null ? existing : new KnownResource();
            row.resourceId = id;
            row.spaceId = UUID.fromString(published.spaceId());
            row.kind = published.kind();
            row.language = published.language();
            row.url = published.url();
            row.title = published.title();
            row.publishedAt = published.publishedAt();
            return row.persist().replaceWithVoid();
        });
    }

    /** The space's resources, oldest first. */
    public Uni<List<KnownResource>> resources(UUID spaceId) {
        return KnownResource.list("spaceId = ?1 order by publishedAt", spaceId);
    }
}
