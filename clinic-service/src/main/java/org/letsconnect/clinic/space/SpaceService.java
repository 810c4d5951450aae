package org.letsconnect.clinic.space;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.letsconnect.clinic.directory.Directory;
import org.letsconnect.clinic.registration.Waitlist;
import org.letsconnect.contracts.EventType;
import org.letsconnect.contracts.clinic.SpaceStates;
import org.letsconnect.contracts.clinic.SpaceSummary;
import org.letsconnect.contracts.clinic.SpaceTransitioned;
import org.letsconnect.platform.outbox.OutboxWriter;
import org.letsconnect.platform.problem.ProblemException;
import org.letsconnect.platform.security.Caller;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/** Plans, changes and moves learning spaces through their lifecycle; every change is announced on the outbox. */
@ApplicationScoped
public class SpaceService {

    private static final String CONFIRMED_REGISTRATIONS = """
            select count(*) from registration
            where space_id = :space and subject = :subject and status = 'confirmed'""";

    private final SpaceValidator validator;
    private final OutboxWriter outbox;
    private final Directory directory;
    private final MilestoneConfig milestones;
    private final Waitlist waitlist;
    private final SpaceStateNames stateNames;
    private final Clock clock;

    public SpaceService(SpaceValidator validator, OutboxWriter outbox, Directory directory, MilestoneConfig milestones,
            SpaceStateNames stateNames, Waitlist waitlist) {
        this.validator = validator;
        this.outbox = outbox;
        this.directory = directory;
        this.milestones = milestones;
        this.stateNames = stateNames;
        this.waitlist = waitlist;
        this.clock = Clock.systemUTC();
    }

    /** The space, or a 404 problem. */
    public Uni<Space> require(UUID id) {
        return Space.<Space>findById(id).onItem().ifNull().failWith(() -> notFound(id));
    }

    /** What the caller is to the space. */
    public Uni<SpaceAccess> access(Caller caller, Space space) {
        return directory.bySubject(caller.subject()).flatMap(participant -> Panache.getSession()
                .flatMap(session -> session.createNativeQuery(CONFIRMED_REGISTRATIONS, Long.class)
                        .setParameter("space", space.id).setParameter("subject", caller.subject())
                        .getSingleResult())
                .map(count -> SpaceAccess.of(caller, participant, space, count > 0)));
    }

    /** The space as this caller may see it; a space they may not see yet is not found. */
    public Uni<SpaceView> view(Caller caller, UUID id, String acceptLanguage) {
        return Panache.withSession(() -> require(id).flatMap(space -> access(caller, space).flatMap(access -> {
            if (!access.maySee(space)) {
                return Uni.createFrom().failure(notFound(id));
            }
            return viewOf(space, access, acceptLanguage);
        })));
    }

    Uni<SpaceView> viewOf(Space space, SpaceAccess access, String acceptLanguage) {
        return places(List.of(space.id)).flatMap(places -> milestonesOf(space).map(list -> SpaceView.of(space,
                acceptLanguage, places.getOrDefault(space.id, SpaceView.Places.NONE), access.insider(),
                access.prepares(), list)));
    }

    public Uni<SpaceView> create(Caller caller, SpaceRequest request, String acceptLanguage) {
        SpaceValidator.ValidSpace valid = validator.validate(request);
        Space space = new Space();
        space.id = UUID.randomUUID();
        space.state = SpaceStates.PROPOSED;
        space.createdBy = caller.subject();
        space.createdAt = clock.instant();
        apply(space, valid);
        space.updatedAt = space.createdAt;
        return Panache.withTransaction(() -> space.<Space>persist()
                .call(() -> planMilestones(space))
                .call(() -> outbox.append(EventType.SPACE_CREATED, space.summary()))
                .flatMap(saved -> access(caller, space))
                .flatMap(access -> viewOf(space, access, acceptLanguage)));
    }

    /**
     * Changes a space. Organizers change anything but its state (that is what transitions are for); its sharers
     * change only its content (titles, descriptions, skills). A change of time raises the calendar sequence and
     * re-plans the milestones not yet done. Nothing changed, nothing announced.
     */
    public Uni<SpaceView> update(Caller caller, UUID id, SpaceRequest request, String acceptLanguage) {
        SpaceValidator.ValidSpace valid = validator.validate(request);
        return Panache.withTransaction(() -> require(id).flatMap(space -> access(caller, space).flatMap(access -> {
            if (!access.maySee(space)) {
                return Uni.createFrom().failure(notFound(id));
            }
            if (!access.organizer()) {
                if (!access.sharer()) {
                    return Uni.createFrom().failure(ProblemException.forbidden("clinic-space-organizers-only"));
                }
                if (!onlyContentDiffers(space, valid)) {
                    return Uni.createFrom().failure(ProblemException.forbidden("clinic-space-sharer-content-only"));
                }
            }
            if (!SpaceLifecycle.isUpcoming(space.state) && !sameTime(space, valid)) {
                return Uni.createFrom().failure(ProblemException.conflict("space-not-upcoming",
                        "clinic-space-time-fixed", stateNames.name(acceptLanguage, space.state)));
            }
            var before = space.summary();
            String linkBefore = space.meetingLink;
            int capacityBefore = space.capacity;
            boolean timeChanged = !sameTime(space, valid);
            apply(space, valid);
            boolean changed = !before.equals(space.summary()) || !Objects.equals(linkBefore, space.meetingLink);
            if (!changed) {
                return viewOf(space, access, acceptLanguage);
            }
            if (timeChanged) {
                space.sequence++;
            }
            boolean capacityGrew = space.capacity > capacityBefore;
            space.updatedAt = clock.instant();
            return space.<Space>persistAndFlush()
                    .call(() -> timeChanged ? replanMilestones(space) : Uni.createFrom().voidItem())
                    .call(() -> before.equals(space.summary()) ? Uni.createFrom().voidItem()
                            : outbox.append(EventType.SPACE_UPDATED, space.summary()))
                    // new places go to the people waiting for them, in the same transaction
                    .call(() -> capacityGrew ? waitlist.fill(space) : Uni.createFrom().voidItem())
                    .flatMap(saved -> viewOf(space, access, acceptLanguage));
        })));
    }

    /** Moves a space to another state, or refuses with 409 when the lifecycle does not allow it. */
    public Uni<SpaceView> transition(Caller caller, UUID id, TransitionRequest request, String acceptLanguage) {
        if (!SpaceStates.ALL.contains(request.to())) {
            throw ProblemException.invalidField("to", "platform-field-unknown-value", request.to());
        }
        boolean rescheduling = SpaceStates.RESCHEDULED.equals(request.to());
        Instant[] times = rescheduling ? validator.times(required("startsAt", request.startsAt()),
                required("endsAt", request.endsAt()), request.timeZone()) : null;
        return Panache.withTransaction(() -> require(id).flatMap(space -> access(caller, space).flatMap(access -> {
            if (!access.organizer()) {
                return Uni.createFrom().failure(ProblemException.forbidden("clinic-space-organizers-only"));
            }
            String from = space.state;
            if (!SpaceLifecycle.allows(from, request.to())) {
                return Uni.createFrom().failure(ProblemException.conflict("transition-not-allowed",
                        "clinic-space-transition-not-allowed", stateNames.name(acceptLanguage, from),
                        stateNames.name(acceptLanguage, request.to()),
                        stateNames.list(acceptLanguage, SpaceLifecycle.next(from))));
            }
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
            SpaceTransitioned transitioned = new SpaceTransitioned(space.id.toString(), from, space.state,
                    space.sequence, request.reason(), space.updatedAt);
            return space.<Space>persistAndFlush()
                    .call(() -> rescheduling ? replanMilestones(space) : Uni.createFrom().voidItem())
                    .call(() -> outbox.append(EventType.SPACE_TRANSITIONED, transitioned))
                    .call(() -> rescheduling
                            ? outbox.append(EventType.SPACE_UPDATED, space.summary())
                            : Uni.createFrom().voidItem())
                    .flatMap(saved -> viewOf(space, access, acceptLanguage));
        })));
    }

    /**
     * Plans the next {@code count} sessions of a space's series (a new series when it has none): same content,
     * capacity and people, the same local time in its zone, each starting as proposed with its own milestones.
     * Dates the series already has are skipped, so asking twice plans nothing twice.
     */
    public Uni<List<SpaceView>> repeat(Caller caller, UUID id, SeriesRequest request, String acceptLanguage) {
        return Panache.withTransaction(() -> require(id).flatMap(origin -> {
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
            Duration length = Duration.between(origin.startsAt, origin.endsAt);
            List<Instant> starts = rule.following(origin.startsAt, ZoneId.of(origin.timeZone), request.count());
            return Space.<Space>list("seriesId", origin.seriesId).flatMap(existing -> {
                List<Space> planned = new ArrayList<>();
                for (Instant start : starts) {
                    boolean taken = existing.stream().anyMatch(s -> s.startsAt.equals(start));
                    if (!taken) {
                        planned.add(copyOf(origin, caller, start, start.plus(length)));
                    }
                }
                Uni<Void> announceOrigin = newSeries
                        ? origin.<Space>persistAndFlush().flatMap(saved ->
                                outbox.append(EventType.SPACE_UPDATED, origin.summary()))
                                .replaceWithVoid()
                        : Uni.createFrom().voidItem();
                return announceOrigin.flatMap(ignored -> Multi.createFrom().iterable(planned)
                        .onItem().transformToUniAndConcatenate(space -> space.<Space>persist()
                                .call(() -> planMilestones(space))
                                .call(() -> outbox.append(EventType.SPACE_CREATED, space.summary()))
                                .flatMap(saved -> access(caller, space))
                                .flatMap(access -> viewOf(space, access, acceptLanguage)))
                        .collect().asList());
            });
        }));
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
    public Uni<SpaceView> markMilestone(Caller caller, UUID id, String code, boolean done, String acceptLanguage) {
        return Panache.withTransaction(() -> require(id).flatMap(space -> access(caller, space).flatMap(access -> {
            if (!access.prepares()) {
                return Uni.createFrom().failure(access.maySee(space)
                        ? ProblemException.forbidden("clinic-space-preparers-only")
                        : notFound(id));
            }
            return Milestone.<Milestone>find("spaceId = ?1 and code = ?2", space.id, code).firstResult()
                    .onItem().ifNull().failWith(() -> ProblemException.notFound("clinic-milestone-not-found", code))
                    .flatMap(milestone -> {
                        if (done == (milestone.doneAt != null)) {
                            return Uni.createFrom().item(milestone);
                        }
                        milestone.doneAt = done ? clock.instant() : null;
                        milestone.doneBy = done ? caller.subject() : null;
                        return milestone.<Milestone>persistAndFlush();
                    })
                    .flatMap(ignored -> viewOf(space, access, acceptLanguage));
        })));
    }

    /** Lists the spaces the caller may see, soonest first, filtered. */
    public Uni<SpacePage> list(Caller caller, SpaceFilter filter, String acceptLanguage) {
        return Panache.withSession(() -> directory.bySubject(caller.subject()).flatMap(participant -> {
            SpaceQuery query = SpaceQuery.of(filter, caller.isOrganizer(),
                    participant == null ? null : participant.participantId.toString());
            return Space.<Space>find(query.where(), query.sort(), query.parameters())
                    .page(filter.page(), filter.size()).list()
                    .flatMap(spaces -> Space.count(query.where(), query.parameters())
                            .flatMap(total -> places(spaces.stream().map(s -> s.id).toList()).map(places -> {
                                List<SpaceView> items = new ArrayList<>();
                                for (Space space : spaces) {
                                    SpaceAccess access = SpaceAccess.of(caller, participant, space, false);
                                    items.add(SpaceView.of(space, acceptLanguage,
                                            places.getOrDefault(space.id, SpaceView.Places.NONE), access.prepares(),
                                            access.prepares(), null));
                                }
                                return new SpacePage(items, filter.page(), filter.size(), total);
                            })));
        }));
    }

    /** Confirmed and waitlisted counts per space. */
    public Uni<Map<UUID, SpaceView.Places>> places(List<UUID> spaceIds) {
        if (spaceIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                select space_id,
                       count(*) filter (where status = 'confirmed'),
                       count(*) filter (where status = 'waitlisted')
                from registration where space_id in (:ids) and status <> 'cancelled'
                group by space_id""", Object[].class)
                .setParameter("ids", spaceIds)
                .getResultList())
                .map(rows -> {
                    Map<UUID, SpaceView.Places> places = new LinkedHashMap<>();
                    for (Object[] row : rows) {
                        places.put((UUID) row[0], new SpaceView.Places(((Number) row[1]).longValue(),
                                ((Number) row[2]).longValue()));
                    }
                    return places;
                });
    }

    private Uni<List<MilestoneView>> milestonesOf(Space space) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(space.timeZone)));
        return Milestone.<Milestone>list("spaceId", space.id).map(list -> list.stream()
                .sorted(Comparator.comparing((Milestone m) -> m.dueOn).thenComparing(m -> m.code))
                .map(m -> MilestoneView.of(m, today)).toList());
    }

    private Uni<Void> planMilestones(Space space) {
        if (!milestones.formats().contains(space.format)) {
            return Uni.createFrom().voidItem();
        }
        List<Milestone> planned = new ArrayList<>();
        for (Map.Entry<String, Integer> entry : milestones.daysBefore().entrySet()) {
            Milestone milestone = new Milestone();
            milestone.id = UUID.randomUUID();
            milestone.spaceId = space.id;
            milestone.code = entry.getKey();
            milestone.dueOn = dueOn(space, entry.getValue());
            planned.add(milestone);
        }
        return Milestone.persist(planned);
    }

    private Uni<Void> replanMilestones(Space space) {
        return Milestone.<Milestone>list("spaceId = ?1 and doneAt is null", space.id).flatMap(open -> {
            for (Milestone milestone : open) {
                Integer days = milestones.daysBefore().get(milestone.code);
                if (days != null) {
                    LocalDate due = dueOn(space, days);
                    if (!due.equals(milestone.dueOn)) {
                        milestone.dueOn = due;
                        // a new due date deserves a new reminder
                        milestone.announcedAt = null;
                        milestone.overdueAnnouncedAt = null;
                    }
                }
            }
            return Uni.createFrom().voidItem();
        });
    }

    static LocalDate dueOn(Space space, int daysBefore) {
        return space.startsAt.atZone(ZoneId.of(space.timeZone)).toLocalDate().minusDays(daysBefore);
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

    public static ProblemException notFound(UUID id) {
        return ProblemException.notFound("clinic-space-not-found", id.toString());
    }
}
