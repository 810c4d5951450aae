package org.letsconnect.clinic.attendance;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.letsconnect.clinic.directory.ParticipantDataHolder;
import org.letsconnect.clinic.reference.ReferenceCodes;
import org.letsconnect.clinic.space.Space;
import org.letsconnect.clinic.space.SpaceAccessPolicy;
import org.letsconnect.clinic.space.SpaceLifecycle;
import org.letsconnect.contracts.EventType;
import org.letsconnect.contracts.clinic.AttendanceRecorded;
import org.letsconnect.contracts.clinic.AttendanceRetracted;
import org.letsconnect.platform.outbox.OutboxWriter;
import org.letsconnect.platform.problem.ProblemException;
import org.letsconnect.platform.security.Caller;
import org.letsconnect.platform.work.OffEventLoop;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Attendance of a space from its Zoom participant report. An upload is checked whole before anything is written
 * ({@link ZoomReport}), then in one transaction the report is kept, every attendee reconciled
 * ({@link Reconciliation}) and their rows brought in line: new attendees added, changed ones updated, those no
 * longer in the report removed, unchanged ones left alone — so the same report again changes nothing. An
 * {@code attendance.recorded.v1} event is written to the outbox for an attendee when first recorded and again only
 * when what it says (the link, the minutes, the times) changes.
 *
 * <p>
 * An organizer's confirmation is remembered as aliases of the attendee's Zoom names and email, then the kept
 * report is reconciled again exactly as an upload would, so confirmation and re-upload always agree. Uploads and
 * confirmations of one space run one at a time (a transaction-scoped advisory lock).
 */
@ApplicationScoped
public class AttendanceService implements ParticipantDataHolder {

    private static final String REGISTRANTS = """
            select r.id, r.participant_id, r.name, d.username, d.display_name, coalesce(r.email, c.email)
            from registration r
            left join directory_participant d on d.participant_id = r.participant_id
            left join directory_contact c on c.participant_id = r.participant_id
            where r.space_id = :space and r.status <> 'cancelled'
            order by r.id""";
    private static final String UNREGISTERED_PARTICIPANTS = """
            select d.participant_id, d.username, d.display_name, c.email
            from directory_participant d
            left join directory_contact c on c.participant_id = d.participant_id
            where not exists (select 1 from registration r where r.space_id = :space
                              and r.participant_id = d.participant_id and r.status <> 'cancelled')
            order by d.participant_id""";

    /** The organizer's contact e-mail, by their central user id. */
    private static final String ORGANIZER_EMAILS = """
            select lower(c.email) from directory_participant d
            join directory_contact c on c.participant_id = d.participant_id
            where d.subject = :subject and c.email is not null""";

    private final AttendanceConfig config;
    private final OutboxWriter outbox;
    private final SpaceAccessPolicy spaces;
    private final Clock clock;

    public AttendanceService(AttendanceConfig config, OutboxWriter outbox, SpaceAccessPolicy spaces, Clock clock) {
        this.config = config;
        this.outbox = outbox;
        this.spaces = spaces;
        this.clock = clock;
    }

    /**
     * Reads and reconciles an uploaded report.
     *
     * @param timeZone the Zoom account's zone (IANA), or null for the space's
     */
    @WithTransaction
    public Uni<AttendanceReconciliation> upload(UUID spaceId, byte[] csv, String timeZone, Caller caller) {
        return spaces.require(spaceId)
                .invoke(space -> {
                    // a session that has not taken place has no participant report
                    if (!SpaceLifecycle.hasTakenPlace(space.state)) {
                        throw ProblemException.conflict("space-not-held", "clinic-attendance-space-not-held",
                                space.state);
                    }
                })
                .flatMap(space -> {
                    ZoneId zone = zone(timeZone, space);
                    // reading up to 10,000 rows is CPU work: on a worker thread, not the event loop
                    return OffEventLoop.compute(() -> {
                        ZoomReport report = ZoomReport.read(csv, zone, config.maxBytes(), config.maxRows());
                        SessionTimes.requireOverlap(report, space, zone, config.sessionTolerance());
                        return report;
                    })
                            .call(() -> lock(spaceId))
                            .flatMap(report -> keep(spaceId, report, zone, caller)
                                    .flatMap(kept -> reconcile(space, Reconciliation.sightings(report.joins()), kept,
                                            false, AttendanceRetracted.REPORT_CORRECTED)));
                })
                .invoke(result -> Log.infof("Attendance of space %s uploaded: %d attendees, %d matched, %d ambiguous, "
                        + "%d unmatched", spaceId, result.counts().attendees(), result.counts().matched(),
                        result.counts().ambiguous(), result.counts().unmatched()));
    }

    /** The space's attendance as the last upload and the confirmations since left it. */
    @WithSession
    public Uni<AttendanceReconciliation> reconciliation(UUID spaceId) {
        return spaces.require(spaceId).flatMap(space -> current(spaceId));
    }

    /** Remembers who an attendee is and reconciles the space's report again. */
    @WithTransaction
    public Uni<AttendanceReconciliation> confirm(UUID spaceId, ConfirmationRequest request, Caller caller) {
        if ((request.participantId() == null) == (request.registrationId() == null)) {
            throw ProblemException.invalidField(request.participantId() == null ? "participantId" : "registrationId",
                    "clinic-attendance-confirm-one-person");
        }
        return spaces.require(spaceId)
                .call(() -> lock(spaceId))
                .flatMap(space -> Attendance.<Attendance> findById(request.attendeeId())
                        .flatMap(attendee -> {
                            if (attendee == null || !attendee.spaceId.equals(spaceId)) {
                                throw ProblemException.notFound("clinic-attendance-attendee-not-found");
                            }
                            return people(spaceId).flatMap(people -> remember(attendee, person(people, request),
                                    caller));
                        })
                        .flatMap(ignored -> reconcileKept(space, AttendanceRetracted.REPORT_CORRECTED)))
                .invoke(() -> Log.infof("Attendance of space %s: attendee %s confirmed", spaceId,
                        request.attendeeId()));
    }

    /**
     * Forgets the aliases that link the attendee's Zoom names and e-mail to the person they are matched to now, and
     * reconciles the space's report again; 409 when none is remembered.
     */
    @WithTransaction
    public Uni<AttendanceReconciliation> undoConfirmation(UUID spaceId, UUID attendeeId, Caller caller) {
        return spaces.require(spaceId)
                .call(() -> lock(spaceId))
                .flatMap(space -> Attendance.<Attendance> findById(attendeeId)
                        .flatMap(attendee -> {
                            if (attendee == null || !attendee.spaceId.equals(spaceId)) {
                                throw ProblemException.notFound("clinic-attendance-attendee-not-found");
                            }
                            List<String> keys = Reconciliation.aliasKeys(
                                    attendee.names.stream().map(ZoomName::parse).toList(), attendee.email);
                            return forgetAliases(keys, attendee);
                        })
                        .flatMap(ignored -> reconcileKept(space, AttendanceRetracted.CONFIRMATION_UNDONE)))
                .invoke(() -> Log.infof("Attendance of space %s: confirmation of attendee %s undone by %s", spaceId,
                        attendeeId, caller.subject()));
    }

    /** Deletes the attendee's aliases that name the person they are matched to; 409 when there are none. */
    private static Uni<Void> forgetAliases(List<String> keys, Attendance attendee) {
        if (keys.isEmpty() || attendee.participantId == null && attendee.registrationId == null) {
            throw ProblemException.conflict("no-confirmation", "clinic-attendance-undo-nothing");
        }
        return AttendanceAlias.<AttendanceAlias> list("nameKey in ?1", keys).flatMap(aliases -> {
            List<AttendanceAlias> theirs = aliases.stream().filter(alias -> attendee.participantId != null
                    ? attendee.participantId.equals(alias.participantId)
                    : alias.guestEmail != null && alias.participantId == null).toList();
            if (theirs.isEmpty()) {
                throw ProblemException.conflict("no-confirmation", "clinic-attendance-undo-nothing");
            }
            return Multi.createFrom().iterable(theirs).onItem().transformToUniAndConcatenate(AttendanceAlias::delete)
                    .collect().last().replaceWithVoid();
        });
    }

    /**
     * Forgets a participant who erased their profile: their attendance rows stay without names, e-mail or candidates,
     * so past counts keep adding up, and the aliases that recognised them go. Runs in the caller's transaction.
     */
    @Override
    public Uni<Void> forget(UUID participantId) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                update attendance set names = '{}', email = null, person_name = null, person_username = null,
                                      candidates = '[]'
                where participant_id = :id""").setParameter("id", participantId).executeUpdate()
                .flatMap(ignored -> session.createNativeQuery("delete from attendance_alias where participant_id = :id")
                        .setParameter("id", participantId).executeUpdate()))
                .replaceWithVoid();
    }

    private static ZoneId zone(String timeZone, Space space) {
        String zone = timeZone == null || timeZone.isBlank() ? space.timeZone : timeZone.strip();
        if (!ReferenceCodes.isTimeZone(zone)) {
            throw ProblemException.invalidField("timeZone", "clinic-attendance-time-zone-unknown", zone);
        }
        return ZoneId.of(zone);
    }

    private static Uni<Void> lock(UUID spaceId) {
        return Panache.getSession().flatMap(session -> session
                .createNativeQuery("select 1 from pg_advisory_xact_lock(:key)")
                .setParameter("key", spaceId.getMostSignificantBits() ^ spaceId.getLeastSignificantBits())
                .getSingleResult())
                .replaceWithVoid();
    }

    /**
     * Notes the upload: its digest, zone, meeting times and host account, and who uploaded it when — unless it is the
     * report already uploaded, read in the same zone.
     */
    private Uni<AttendanceReport> keep(UUID spaceId, ZoomReport report, ZoneId zone, Caller caller) {
        String digest = report.digest();
        return AttendanceReport.<AttendanceReport> findById(spaceId).flatMap(kept -> {
            if (kept != null && kept.digest.equals(digest) && kept.timeZone.equals(zone.getId())
                    && kept.meetingStartedAt != null) {
                return Uni.createFrom().item(kept);
            }
            AttendanceReport current = kept == null ? new AttendanceReport() : kept;
            current.spaceId = spaceId;
            current.digest = digest;
            current.timeZone = zone.getId();
            current.meetingStartedAt = report.startedAt();
            current.meetingEndedAt = report.endedAt();
            current.hostEmail = report.summary() == null ? null : report.summary().hostEmail();
            current.uploadedBy = caller.subject();
            current.uploadedAt = now();
            return kept == null ? current.persist().replaceWith(current) : Uni.createFrom().item(current);
        });
    }

    /**
     * Whose rows are hosts: the report's host account, the space's organizer (their contact e-mail) and the
     * programme's accounts.
     */
    private Uni<Set<String>> hostEmails(Space space, AttendanceReport report) {
        Set<String> hosts = new HashSet<>();
        config.programmeAccounts().orElse(List.of()).forEach(email -> hosts.add(email.strip().toLowerCase(Locale.ROOT)));
        if (report != null && report.hostEmail != null) {
            hosts.add(report.hostEmail);
        }
        if (space.createdBy == null) {
            return Uni.createFrom().item(hosts);
        }
        return Panache.getSession().flatMap(session -> session.createNativeQuery(ORGANIZER_EMAILS, String.class)
                .setParameter("subject", space.createdBy).getResultList())
                .map(emails -> {
                    hosts.addAll(emails);
                    return hosts;
                });
    }

    /** Everyone an attendee may be: the space's registrants (cancelled ones aside) and the directory. */
    static Uni<List<KnownPerson>> people(UUID spaceId) {
        List<KnownPerson> people = new ArrayList<>();
        return Panache.getSession().flatMap(session -> session.createNativeQuery(REGISTRANTS, Object[].class)
                .setParameter("space", spaceId).getResultList()
                .invoke(registrants -> registrants.forEach(r -> people.add(KnownPerson.of((UUID) r[1], (UUID) r[0],
                        (String) r[2], (String) r[3], (String) r[4], (String) r[5]))))
                .chain(() -> session.createNativeQuery(UNREGISTERED_PARTICIPANTS, Object[].class)
                        .setParameter("space", spaceId).getResultList())
                .invoke(directory -> directory.forEach(d -> people.add(KnownPerson.of((UUID) d[0], null, null,
                        (String) d[1], (String) d[2], (String) d[3]))))
                .replaceWith(people));
    }

    /** The person a confirmation names, among those the space's attendees may be; 400 when it is none of them. */
    private static KnownPerson person(List<KnownPerson> people, ConfirmationRequest request) {
        if (request.participantId() != null) {
            return people.stream().filter(p -> request.participantId().equals(p.participantId()))
                    .min((a, b) -> Boolean.compare(!a.registered(), !b.registered()))
                    .orElseThrow(() -> ProblemException.invalidField("participantId",
                            "clinic-attendance-confirm-unknown-participant", request.participantId()));
        }
        KnownPerson registrant = people.stream().filter(p -> request.registrationId().equals(p.registrationId()))
                .findFirst()
                .orElseThrow(() -> ProblemException.invalidField("registrationId",
                        "clinic-attendance-confirm-unknown-registration", request.registrationId()));
        if (registrant.participantId() == null && registrant.email() == null) {
            throw ProblemException.invalidField("registrationId", "clinic-attendance-confirm-guest-without-email");
        }
        return registrant;
    }

    /** Remembers the attendee's Zoom email and names as the person. */
    private Uni<Void> remember(Attendance attendee, KnownPerson person, Caller caller) {
        List<ZoomName> names = attendee.names.stream().map(ZoomName::parse).toList();
        List<String> keys = Reconciliation.aliasKeys(names, attendee.email);
        Instant now = now();
        return Multi.createFrom().iterable(keys).onItem().transformToUniAndConcatenate(key -> AttendanceAlias
                .<AttendanceAlias> find("nameKey = ?1 and spaceId = ?2", key, attendee.spaceId).firstResult()
                .flatMap(found -> {
                    AttendanceAlias alias = found == null ? new AttendanceAlias() : found;
                    if (found == null) {
                        alias.id = UUID.randomUUID();
                    }
                    alias.nameKey = key;
                    alias.spaceId = attendee.spaceId;
                    alias.participantId = person.participantId();
                    alias.guestEmail = person.participantId() == null ? person.email() : null;
                    alias.confirmedBy = caller.subject();
                    alias.confirmedAt = now;
                    return found == null ? alias.persist() : Uni.createFrom().item(alias);
                }))
                .collect().last()
                .replaceWithVoid();
    }

    /**
     * Reconciles the space's attendance again from its rows and kept report (after a confirmation or its undoing),
     * erased attendees' rows kept.
     */
    private Uni<AttendanceReconciliation> reconcileKept(Space space, String retraction) {
        return Attendance.<Attendance> list("spaceId", space.id)
                .flatMap(rows -> AttendanceReport.<AttendanceReport> findById(space.id)
                        .flatMap(report -> reconcile(space, sightings(rows), report, true, retraction)));
    }

    /**
     * The attendees as the rows keep them, to reconcile again after a confirmation — the upload itself is not kept,
     * so that nothing remains of a participant who erased their profile but what {@code Erasure} leaves. Erased
     * attendees (no names, no email) are left out: there is nothing to reconcile them by.
     */
    private static List<Reconciliation.Sighting> sightings(List<Attendance> rows) {
        return rows.stream().filter(row -> !row.names.isEmpty() || row.email != null)
                .map(row -> new Reconciliation.Sighting(row.attendeeKey,
                        row.names.stream().map(ZoomName::parse).toList(), row.email, row.guest,
                        new Presence(row.intervals.stream().map(Presence.Interval::parse).toList(), row.joins)))
                .toList();
    }

    /**
     * Reconciles the people of a report and brings the space's attendance rows in line with them.
     *
     * @param keepErased whether erased attendees' rows, which are not among the sightings, stay (a confirmation);
     *        a new report replaces them like any other row
     * @param retraction why an attendance announced before that no longer stands was withdrawn
     */
    private Uni<AttendanceReconciliation> reconcile(Space space, List<Reconciliation.Sighting> sightings,
            AttendanceReport report, boolean keepErased, String retraction) {
        // a report kept before the meeting's times were noted is framed by the scheduled start
        SessionFrame frame = SessionFrame.of(report != null && report.meetingStartedAt != null
                ? report.meetingStartedAt
                : space.startsAt, space, config.presenceAfterEnd());
        Set<String> keys = new LinkedHashSet<>();
        for (Reconciliation.Sighting sighting : sightings) {
            keys.addAll(Reconciliation.aliasKeys(sighting.names(), sighting.email()));
        }
        Uni<List<AttendanceAlias>> remembered = keys.isEmpty() ? Uni.createFrom().item(List.of())
                : AttendanceAlias.list("nameKey in ?1", keys);
        return hostEmails(space, report).flatMap(hosts -> people(space.id).flatMap(people -> remembered
                .flatMap(found -> {
                    // per name: the alias confirmed in this space, else the latest confirmed elsewhere
                    Map<String, Reconciliation.Alias> aliases = new HashMap<>();
                    found.stream().sorted(Comparator.comparing((AttendanceAlias alias) -> space.id.equals(
                            alias.spaceId)).thenComparing(alias -> alias.confirmedAt))
                            .forEach(alias -> aliases.put(alias.nameKey, new Reconciliation.Alias(alias.participantId,
                                    alias.guestEmail, space.id.equals(alias.spaceId))));
                    // comparing every attendee with every registrant and the whole directory is CPU work
                    return OffEventLoop.compute(() -> Reconciliation.reconcile(sightings, people, aliases, hosts));
                })))
                .flatMap(attendees -> apply(space, attendees, frame, keepErased, retraction))
                .flatMap(ignored -> current(space.id));
    }

    /**
     * Brings the rows in line with the attendees. Each new attendee is announced ({@code attendance.recorded.v1});
     * a changed one again when what the event says changed. An attendance announced before that no longer stands —
     * the row is gone from a corrected report, now names another person, or is recognised as a host — is retracted
     * first ({@code attendance.retracted.v1}, with the ids it was announced with), so consumers withdraw what it gave.
     *
     * @param retraction why such an attendance no longer stands ({@link AttendanceRetracted} reasons)
     */
    private Uni<Void> apply(Space space, List<Reconciliation.Attendee> attendees, SessionFrame frame,
            boolean keepErased, String retraction) {
        Instant now = now();
        return Attendance.<Attendance> list("spaceId", space.id).flatMap(existing -> {
            Map<String, Attendance> byKey = new HashMap<>();
            existing.forEach(row -> byKey.put(row.attendeeKey, row));
            List<Uni<?>> steps = new ArrayList<>();
            for (Reconciliation.Attendee attendee : attendees) {
                Attendance wanted = row(space, attendee, frame, now);
                Attendance old = byKey.remove(wanted.attendeeKey);
                if (old == null) {
                    // a host is never an attendee: nothing is announced of them
                    steps.add(wanted.isHost() ? wanted.persist() : wanted.persist().call(() -> recorded(wanted)));
                } else if (!old.sameAs(wanted)) {
                    boolean wasAnnounced = !old.isHost();
                    boolean moved = wasAnnounced && (wanted.isHost()
                            || !Objects.equals(old.participantId, wanted.participantId)
                            || !Objects.equals(old.registrationId, wanted.registrationId));
                    if (moved) {
                        steps.add(retracted(old, wanted.isHost() ? AttendanceRetracted.HOST : retraction, now));
                    }
                    boolean newEvent = !wanted.isHost() && (!wasAnnounced || !old.sameEventAs(wanted));
                    old.copyFrom(wanted);
                    if (newEvent) {
                        steps.add(recorded(old));
                    }
                }
            }
            byKey.values().stream().filter(gone -> !(keepErased && gone.names.isEmpty() && gone.email == null))
                    .forEach(gone -> {
                        if (!gone.isHost()) {
                            steps.add(retracted(gone, retraction, now));
                        }
                        steps.add(gone.delete());
                    });
            return Multi.createFrom().iterable(steps).onItem().transformToUniAndConcatenate(step -> step)
                    .collect().last()
                    .call(() -> Panache.getSession().flatMap(session -> session.flush()))
                    .replaceWithVoid();
        });
    }

    /** Retracts the attendance the row announced; its ids are read now, before the row changes. */
    private Uni<UUID> retracted(Attendance row, String reason, Instant now) {
        return outbox.append(EventType.ATTENDANCE_RETRACTED, new AttendanceRetracted(row.spaceId.toString(),
                row.participantId == null ? null : row.participantId.toString(),
                row.registrationId == null ? null : row.registrationId.toString(), reason, now));
    }

    private static Attendance row(Space space, Reconciliation.Attendee attendee, SessionFrame frame, Instant now) {
        Attendance row = new Attendance();
        row.id = UUID.randomUUID();
        row.spaceId = space.id;
        row.attendeeKey = attendee.key();
        row.names = new ArrayList<>(attendee.names());
        row.email = attendee.email();
        row.guest = attendee.guest();
        Presence presence = attendee.presence();
        row.intervals = new ArrayList<>(presence.intervals().stream().map(Presence.Interval::toString).toList());
        row.joins = presence.joins();
        row.minutes = presence.minutes();
        row.stayedPast90Minutes = presence.stayedPast90Minutes(frame);
        row.firstJoinedAt = presence.firstJoinedAt();
        row.lastLeftAt = presence.lastLeftAt();
        row.status = attendee.status().code;
        Reconciliation.Offer match = attendee.match();
        if (match != null) {
            row.participantId = match.person().participantId();
            row.registrationId = match.person().registrationId();
            row.personName = match.person().name();
            row.personUsername = match.person().username();
            row.matchedOn = match.matchedOn();
            row.similarity = match.similarity();
            row.score = match.score();
        }
        row.candidates = new ArrayList<>(attendee.candidates().stream().map(AttendanceCandidate::of).toList());
        row.recordedAt = now;
        row.updatedAt = now;
        return row;
    }

    private Uni<UUID> recorded(Attendance row) {
        return outbox.append(EventType.ATTENDANCE_RECORDED, new AttendanceRecorded(
                row.spaceId.toString(), row.participantId == null ? null : row.participantId.toString(),
                row.registrationId == null ? null : row.registrationId.toString(), row.minutes,
                row.stayedPast90Minutes, row.firstJoinedAt, row.lastLeftAt));
    }

    private static Uni<AttendanceReconciliation> current(UUID spaceId) {
        return AttendanceReport.<AttendanceReport> findById(spaceId)
                .flatMap(report -> Attendance.<Attendance> list("spaceId", spaceId)
                        .map(rows -> AttendanceReconciliation.of(spaceId, report, rows)));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
