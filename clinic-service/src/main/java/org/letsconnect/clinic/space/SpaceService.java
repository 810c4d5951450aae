package org.letsconnect.clinic.space;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.letsconnect.clinic.directory.Directory;
import org.letsconnect.clinic.directory.DirectoryParticipant;
import org.letsconnect.contracts.EventType;
import org.letsconnect.contracts.clinic.SpaceMeeting;
import org.letsconnect.contracts.clinic.SpaceStates;
import org.letsconnect.contracts.clinic.SpaceSummary;
import org.letsconnect.contracts.clinic.SpaceTransitioned;
import org.letsconnect.platform.outbox.OutboxWriter;
import org.letsconnect.platform.problem.ProblemException;
import org.letsconnect.platform.security.Caller;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Plans, changes and moves learning spaces through their lifecycle; every change is announced on the outbox. The
 * private meeting link goes only to the restricted {@code clinic.meetings.v1} (for notification-service's reminders),
 * tombstoned when it is removed or the space is cancelled.
 */
@ApplicationScoped
public class SpaceService {

    private final SpaceValidator validator;
    private final OutboxWriter outbox;
    private final SpaceAccessPolicy policy;
    private final SpaceRegistrations registrations;
    private final Directory directory;
    private final MilestonePlan plan;
    private final SpaceStateNames stateNames;
    private final Clock clock;

    public SpaceService(SpaceValidator validator, OutboxWriter outbox, SpaceAccessPolicy policy,
            SpaceRegistrations registrations, Directory directory, MilestonePlan plan,
            SpaceStateNames stateNames, Clock clock) {
        this.validator = validator;
        this.outbox = outbox;
        this.policy = policy;
        this.registrations = registrations;
        this.directory = directory;
        this.plan = plan;
        this.stateNames = stateNames;
        this.clock = clock;
    }

    /** The space as this caller may see it; a space they may not see yet is not found. */
    @WithSession
    public Uni<SpaceView> view(Caller caller, UUID id, String acceptLanguage) {
        return policy.visible(caller, id).flatMap(found -> viewOf(found.space(), found.access(), acceptLanguage));
    }

    private Uni<SpaceView> viewOf(Space space, SpaceAccess access, String acceptLanguage) {
        return registrations.places(List.of(space.id)).flatMap(places -> plan.of(space).map(list -> SpaceView.of(
                space, acceptLanguage, places.getOrDefault(space.id, SpaceView.Places.NONE), access.insider(),
                access.prepares(), list)));
    }

    @WithTransaction
    public Uni<SpaceView> create(Caller caller, SpaceRequest request, String acceptLanguage) {
        SpaceValidator.ValidSpace valid = validator.validate(request);
        Space space = new Space();
        space.id = UUID.randomUUID();
        space.state = SpaceStates.PROPOSED;
        space.createdBy = caller.subject();
        space.createdAt = clock.instant();
        apply(space, valid);
        space.updatedAt = space.createdAt;
        return persistNew(caller, space, acceptLanguage);
    }

    /** Saves a new space with its milestones and announces it. */
    private Uni<SpaceView> persistNew(Caller caller, Space space, String acceptLanguage) {
        return space.<Space> persist()
                .call(() -> plan.plan(space))
                .call(() -> outbox.append(EventType.SPACE_CREATED, space.summary()))
                .call(() -> space.meetingLink == null ? Uni.createFrom().voidItem() : announceMeeting(space))
                .flatMap(saved -> policy.of(caller, space))
                .flatMap(access -> viewOf(space, access, acceptLanguage));
    }

    /**
     * Changes a space. Organizers change anything but its state (that is what transitions are for); its sharers
     * change only its content (titles, descriptions, skills). A change of time raises the calendar sequence and
     * re-plans the milestones not yet done. Nothing changed, nothing announced.
     */
    @WithTransaction
    public Uni<SpaceView> update(Caller caller, UUID id, SpaceRequest request, String acceptLanguage) {
        SpaceValidator.ValidSpace valid = validator.validate(request);
        return policy.visible(caller, id).flatMap(found -> {
            Space space = found.space();
            requireMayChange(found.access(), space, valid, acceptLanguage);
            var before = space.summary();
            String linkBefore = space.meetingLink;
            int capacityBefore = space.capacity;
            boolean timeChanged = !sameTime(space, valid);
            apply(space, valid);
            if (before.equals(space.summary()) && Objects.equals(linkBefore, space.meetingLink)) {
                return viewOf(space, found.access(), acceptLanguage);
            }
            if (timeChanged) {
                space.sequence++;
            }
            space.updatedAt = clock.instant();
            return space.<Space> persistAndFlush()
                    .call(() -> timeChanged ? plan.replan(space) : Uni.createFrom().voidItem())
                    .call(() -> before.equals(space.summary()) ? Uni.createFrom().voidItem()
                            : outbox.append(EventType.SPACE_UPDATED, space.summary()))
                    .call(() -> Objects.equals(linkBefore, space.meetingLink) ? Uni.createFrom().voidItem()
                            : announceMeeting(space))
                    // new places go to the people waiting for them, in the same transaction
                    .call(() -> space.capacity > capacityBefore ? registrations.capacityRaised(space)
                            : Uni.createFrom().voidItem())
                    .flatMap(saved -> viewOf(space, found.access(), acceptLanguage));
        });
    }

    /** Organizers change anything but the state; sharers only the content; the time only of an upcoming space. */
    private void requireMayChange(SpaceAccess access, Space space, SpaceValidator.ValidSpace valid,
            String acceptLanguage) {
        if (!access.organizer()) {
            if (!access.sharer()) {
                throw ProblemException.forbidden("clinic-space-organizers-only");
            }
            if (!onlyContentDiffers(space, valid)) {
                throw ProblemException.forbidden("clinic-space-sharer-content-only");
            }
        }
        if (!SpaceLifecycle.isUpcoming(space.state) && !sameTime(space, valid)) {
            throw ProblemException.conflict("space-not-upcoming", "clinic-space-time-fixed",
                    stateNames.name(acceptLanguage, space.state));
        }
    }

    /** Moves a space to another state, or refuses with 409 when the lifecycle does not allow it. */
    @WithTransaction
    public Uni<SpaceView> transition(Caller caller, UUID id, TransitionRequest request, String acceptLanguage) {
        if (!SpaceStates.ALL.contains(request.to())) {
            throw ProblemException.invalidField("to", "platform-field-unknown-value", request.to());
        }
        boolean rescheduling = SpaceStates.RESCHEDULED.equals(request.to());
        Instant[] times = rescheduling ? validator.times(required("startsAt", request.startsAt()),
                required("endsAt", request.endsAt()), request.timeZone()) : null;
        return policy.find(caller, id).flatMap(found -> {
            if (!found.access().organizer()) {
                return Uni.createFrom().failure(ProblemException.forbidden("clinic-space-organizers-only"));
            }
            Space space = found.space();
            String from = space.state;
            requireAllowed(from, request.to(), acceptLanguage);
            space.state = request.to();
            if (rescheduling) {
                space.startsAt = times[0];
                space.endsAt = times[1];
                if (request.timeZone() != null) {
                    space.timeZone = request.timeZone();
                }
            }
            if (rescheduling || SpaceStates.CANCELLED.equals(request.to())) {
                space.sequence++;
            }
            space.updatedAt = clock.instant();
            return announceTransition(space, from, request.reason(), rescheduling)
                    .flatMap(saved -> viewOf(space, found.access(), acceptLanguage));
        });
    }

    private void requireAllowed(String from, String to, String acceptLanguage) {
        if (!SpaceLifecycle.allows(from, to)) {
            throw ProblemException.conflict("transition-not-allowed", "clinic-space-transition-not-allowed",
                    stateNames.name(acceptLanguage, from), stateNames.name(acceptLanguage, to),
                    stateNames.list(acceptLanguage, SpaceLifecycle.next(from)));
        }
    }

    private Uni<Space> announceTransition(Space space, String from, String reason, boolean rescheduled) {
        SpaceTransitioned transitioned = new SpaceTransitioned(space.id.toString(), from, space.state,
                space.sequence, reason, space.updatedAt);
        return space.<Space> persistAndFlush()
                .call(() -> rescheduled ? plan.replan(space) : Uni.createFrom().voidItem())
                .call(() -> outbox.append(EventType.SPACE_TRANSITIONED, transitioned))
                .call(() -> rescheduled ? outbox.append(EventType.SPACE_UPDATED, space.summary())
                        : Uni.createFrom().voidItem())
                // nobody is to be reminded of a cancelled session: its link is forgotten, whether it had one or not
                .call(() -> SpaceStates.CANCELLED.equals(space.state)
                        ? outbox.appendTombstone(EventType.MEETING_CHANGED, space.id.toString())
                        : Uni.createFrom().voidItem());
    }

    /** The space's current meeting link on {@code clinic.meetings.v1}, or a tombstone once it has none. */
    private Uni<UUID> announceMeeting(Space space) {
        if (SpaceStates.CANCELLED.equals(space.state)) {
            // tombstoned with the cancellation; a later change of link is nobody's business any more
            return Uni.createFrom().nullItem();
        }
        return space.meetingLink == null
                ? outbox.appendTombstone(EventType.MEETING_CHANGED, space.id.toString())
                : outbox.append(EventType.MEETING_CHANGED,
                        new SpaceMeeting(space.id.toString(), space.meetingLink, space.updatedAt));
    }

    /**
     * Plans the next {@code count} sessions of a space's series (a new series when it has none): same content,
     * capacity and people, the same local time in its zone, each starting as proposed with its own milestones.
     * Dates the series already has are skipped, so asking twice plans nothing twice.
     */
    @WithTransaction
    public Uni<List<SpaceView>> repeat(Caller caller, UUID id, SeriesRequest request, String acceptLanguage) {
        return policy.require(id).flatMap(origin -> {
            SeriesRule rule = request.rule() == null
                    ? (SpaceSummary.CONNECTATHON.equals(origin.format) ? SeriesRule.MONTHLY_FIRST_FRIDAY : SeriesRule.WEEKLY)
                    : SeriesRule.of(request.rule());
            if (rule == null) {
                return Uni.createFrom().failure(
                        ProblemException.invalidField("rule", "platform-field-unknown-value", request.rule()));
            }
            if (SpaceStates.CANCELLED.equals(origin.state) || SpaceStates.ARCHIVED.equals(origin.state)) {
                return Uni.createFrom().failure(ProblemException.conflict("space-not-repeatable",
                        "clinic-space-not-repeatable", stateNames.name(acceptLanguage, origin.state)));
            }
            boolean newSeries = origin.seriesId == null;
            if (newSeries) {
                origin.seriesId = UUID.randomUUID();
                origin.updatedAt = clock.instant();
            }
            List<Instant> starts = rule.following(origin.startsAt, ZoneId.of(origin.timeZone), request.count());
            return Space.<Space> list("seriesId", origin.seriesId)
                    .map(existing -> sessionsToPlan(origin, caller, starts, existing))
                    .call(() -> newSeries ? announceNewSeries(origin) : Uni.createFrom().voidItem())
                    .flatMap(planned -> Multi.createFrom().iterable(planned)
                            .onItem().transformToUniAndConcatenate(space -> persistNew(caller, space, acceptLanguage))
                            .collect().asList());
        });
    }

    /** Copies of the origin at the given starts, but for the dates the series has already. */
    private List<Space> sessionsToPlan(Space origin, Caller caller, List<Instant> starts, List<Space> existing) {
        Duration length = Duration.between(origin.startsAt, origin.endsAt);
        List<Space> planned = new ArrayList<>();
        for (Instant start : starts) {
            boolean taken = existing.stream().anyMatch(s -> s.startsAt.equals(start));
            if (!taken) {
                planned.add(copyOf(origin, caller, start, start.plus(length)));
            }
        }
        return planned;
    }

    private Uni<Void> announceNewSeries(Space origin) {
        return origin.<Space> persistAndFlush()
                .flatMap(saved -> outbox.append(EventType.SPACE_UPDATED, origin.summary()))
                .replaceWithVoid();
    }

    private Space copyOf(Space origin, Caller caller, Instant startsAt, Instant endsAt) {
        Space space = new Space();
        space.id = UUID.randomUUID();
        space.format = origin.format;
        space.titles = new LinkedHashMap<>(origin.titles);
        space.descriptions = new LinkedHashMap<>(origin.descriptions);
        space.skills = new ArrayList<>(origin.skills);
        space.sessionLanguage = origin.sessionLanguage;
        space.interpretationLanguages = new ArrayList<>(origin.interpretationLanguages);
        space.regionFocus = origin.regionFocus;
        space.startsAt = startsAt;
        space.endsAt = endsAt;
        space.timeZone = origin.timeZone;
        space.capacity = origin.capacity;
        space.sharers = new ArrayList<>(origin.sharers);
        space.liaisons = new ArrayList<>(origin.liaisons);
        space.meetingLink = origin.meetingLink;
        space.seriesId = origin.seriesId;
        space.state = SpaceStates.PROPOSED;
        space.createdBy = caller.subject();
        space.createdAt = clock.instant();
        space.updatedAt = space.createdAt;
        return space;
    }

    /** Ticks a milestone off (done = true) or back on; for those who prepare the space. */
    @WithTransaction
    public Uni<SpaceView> markMilestone(Caller caller, UUID id, String code, boolean done, String acceptLanguage) {
        return policy.forPreparers(caller, id, "clinic-space-preparers-only").flatMap(found -> Milestone
                .<Milestone> find("spaceId = ?1 and code = ?2", found.space().id, code).firstResult()
                .onItem().ifNull().failWith(() -> ProblemException.notFound("clinic-milestone-not-found", code))
                .flatMap(milestone -> {
                    if (done == (milestone.doneAt != null)) {
                        return Uni.createFrom().item(milestone);
                    }
                    milestone.doneAt = done ? clock.instant() : null;
                    milestone.doneBy = done ? caller.subject() : null;
                    return milestone.<Milestone> persistAndFlush();
                })
                .flatMap(ignored -> viewOf(found.space(), found.access(), acceptLanguage)));
    }

    /** Lists the spaces the caller may see, soonest first, filtered. */
    @WithSession
    public Uni<SpacePage> list(Caller caller, SpaceFilter filter, String acceptLanguage) {
        return directory.bySubject(caller.subject()).flatMap(participant -> {
            SpaceQuery query = SpaceQuery.of(filter, caller.isOrganizer(),
                    participant == null ? null : participant.participantId.toString());
            return Space.<Space> find(query.where(), query.sort(), query.parameters())
                    .page(filter.page(), filter.size()).list()
                    .flatMap(spaces -> Space.count(query.where(), query.parameters())
                            .flatMap(total -> registrations.places(spaces.stream().map(s -> s.id).toList())
                                    .map(places -> pageOf(caller, participant, spaces, places, filter, total,
                                            acceptLanguage))));
        });
    }

    private static SpacePage pageOf(Caller caller, DirectoryParticipant participant, List<Space> spaces,
            Map<UUID, SpaceView.Places> places, SpaceFilter filter, long total, String acceptLanguage) {
        List<SpaceView> items = new ArrayList<>();
        for (Space space : spaces) {
            SpaceAccess access = SpaceAccess.of(caller, participant, space, false);
            items.add(SpaceView.of(space, acceptLanguage, places.getOrDefault(space.id, SpaceView.Places.NONE),
                    access.prepares(), access.prepares(), null));
        }
        return new SpacePage(items, filter.page(), filter.size(), total);
    }

    private static void apply(Space space, SpaceValidator.ValidSpace valid) {
        SpaceRequest request = valid.request();
        space.format = request.format();
        space.titles = new LinkedHashMap<>(request.titles());
        space.descriptions = new LinkedHashMap<>(request.descriptionsOrEmpty());
        space.skills = new ArrayList<>(request.skillsOrEmpty());
        space.sessionLanguage = request.sessionLanguage();
        space.interpretationLanguages = new ArrayList<>(request.interpretationLanguagesOrEmpty());
        space.regionFocus = request.regionFocus();
        space.startsAt = valid.startsAt();
        space.endsAt = valid.endsAt();
        space.timeZone = request.timeZone();
        space.capacity = request.capacity();
        space.sharers = new ArrayList<>(request.sharersOrEmpty());
        space.liaisons = new ArrayList<>(request.liaisonsOrEmpty());
        space.meetingLink = request.meetingLink();
        space.seriesId = valid.seriesId();
    }

    private static boolean sameTime(Space space, SpaceValidator.ValidSpace valid) {
        return space.startsAt.truncatedTo(ChronoUnit.MICROS).equals(valid.startsAt().truncatedTo(ChronoUnit.MICROS))
                && space.endsAt.truncatedTo(ChronoUnit.MICROS).equals(valid.endsAt().truncatedTo(ChronoUnit.MICROS))
                && space.timeZone.equals(valid.request().timeZone());
    }

    private static boolean onlyContentDiffers(Space space, SpaceValidator.ValidSpace valid) {
        SpaceRequest request = valid.request();
        return space.format.equals(request.format()) && space.sessionLanguage.equals(request.sessionLanguage())
                && space.interpretationLanguages.equals(request.interpretationLanguagesOrEmpty())
                && Objects.equals(space.regionFocus, request.regionFocus()) && sameTime(space, valid)
                && space.capacity == request.capacity() && space.sharers.equals(request.sharersOrEmpty())
                && space.liaisons.equals(request.liaisonsOrEmpty())
                && Objects.equals(space.meetingLink, request.meetingLink())
                && Objects.equals(space.seriesId, valid.seriesId());
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalidField(field, "clinic-field-required-for-reschedule");
        }
        return value;
    }

}
