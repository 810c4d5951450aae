package org.letsconnect.notification.rule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.letsconnect.contracts.clinic.AttendanceRecorded;
import org.letsconnect.contracts.clinic.AttendanceRetracted;
import org.letsconnect.contracts.clinic.BadgeAwarded;
import org.letsconnect.contracts.clinic.MilestoneDue;
import org.letsconnect.contracts.clinic.RegistrationCancelled;
import org.letsconnect.contracts.clinic.RegistrationCreated;
import org.letsconnect.contracts.clinic.RegistrationLinked;
import org.letsconnect.contracts.clinic.RegistrationPromoted;
import org.letsconnect.contracts.clinic.ResourcePublished;
import org.letsconnect.contracts.clinic.SpaceStates;
import org.letsconnect.contracts.clinic.SpaceSummary;
import org.letsconnect.contracts.clinic.SpaceTransitioned;
import org.letsconnect.contracts.taxonomy.SkillTree;
import org.letsconnect.notification.notification.Category;
import org.letsconnect.notification.notification.NotificationPlanner;
import org.letsconnect.notification.notification.PlannedNotification;
import org.letsconnect.notification.recipient.Audiences;
import org.letsconnect.notification.recipient.RecipientKind;
import org.letsconnect.notification.space.KnownAttendance;
import org.letsconnect.notification.space.KnownRegistration;
import org.letsconnect.notification.space.KnownSpace;
import org.letsconnect.notification.space.KnownSpaces;
import org.letsconnect.platform.inbox.ReceivedEvent;

import io.smallrye.mutiny.Uni;

/**
 * Which clinic event reaches whom, when. A notification's cause is the event, except where a thing must happen once
 * whatever the events: the outreach of a space once per person ever, the follow-up once per person and space.
 */
@ApplicationScoped
public class ClinicRules {

    private static final Set<String> UPCOMING = Set.of(SpaceStates.PROPOSED, SpaceStates.IN_PREPARATION,
            SpaceStates.OPEN_FOR_REGISTRATION, SpaceStates.RESCHEDULED);
    /** Why an attendee's pending follow-up was cancelled, so that attending again resumes just that. */
    private static final String ATTENDANCE_RETRACTED = "attendance-retracted";

    private final KnownSpaces spaces;
    private final Audiences audiences;
    private final NotificationPlanner planner;
    private final RuleConfig config;
    private final Clock clock;

    public ClinicRules(KnownSpaces spaces, Audiences audiences, NotificationPlanner planner, RuleConfig config,
            Clock clock) {
        this.spaces = spaces;
        this.audiences = audiences;
        this.planner = planner;
        this.config = config;
        this.clock = clock;
    }

    public Uni<Void> apply(ReceivedEvent<Object> event) {
        Object data = event.data();
        if (data instanceof SpaceSummary summary) {
            return spaces.keep(summary).flatMap(before -> moved(before, summary)
                    ? spaces.find(UUID.fromString(summary.spaceId())).flatMap(space -> rescheduled(event, space))
                    : Uni.createFrom().voidItem());
        }
        if (data instanceof SpaceTransitioned transitioned) {
            return spaces.transitioned(transitioned.spaceId(), transitioned.to(), transitioned.sequence())
                    .flatMap(space -> space == null ? Uni.createFrom().voidItem()
                            : transitioned(event, transitioned, space));
        }
        if (data instanceof RegistrationCreated created) {
            return spaces.keepRegistration(created.registrationId(), created.spaceId(), created.participantId(),
                    created.guest(), created.status(), created.at()).flatMap(registration -> {
                        if (!reachable(registration)) {
                            return Uni.createFrom().voidItem();
                        }
                        if (RegistrationCreated.CONFIRMED.equals(created.status())) {
                            return placed(event, registration, Templates.REGISTRATION_CONFIRMED);
                        }
                        Map<String, Object> params = new LinkedHashMap<>();
                        params.put("position", created.position());
                        return plan(notice(event.id(), registration, Category.REGISTRATION,
                                Templates.REGISTRATION_WAITLISTED, params, false));
                    });
        }
        if (data instanceof RegistrationPromoted promoted) {
            return spaces.keepRegistration(promoted.registrationId(), promoted.spaceId(), promoted.participantId(),
                    promoted.guest(), KnownRegistration.CONFIRMED, promoted.at())
                    .flatMap(registration -> reachable(registration)
                            ? placed(event, registration, Templates.REGISTRATION_PROMOTED)
                            : Uni.createFrom().voidItem());
        }
        if (data instanceof RegistrationLinked linked) {
            return spaces.keepRegistration(linked.registrationId(), linked.spaceId(), linked.participantId(), false,
                    linked.status(), linked.at()).flatMap(registration -> linkedLate(event, registration, linked));
        }
        if (data instanceof RegistrationCancelled cancelled) {
            return spaces.keepRegistration(cancelled.registrationId(), cancelled.spaceId(), cancelled.participantId(),
                    cancelled.guest(), KnownRegistration.CANCELLED, cancelled.at())
                    .flatMap(registration -> reachable(registration)
                            ? registrationCancelled(event, registration, cancelled)
                            : Uni.createFrom().voidItem());
        }
        if (data instanceof AttendanceRecorded attendance) {
            return spaces.keepAttendance(attendance).flatMap(attendee -> attendee == null
                    ? Uni.createFrom().voidItem()
                    : spaces.find(attendee.spaceId).flatMap(space -> space != null
                            && SpaceStates.COMPLETED.equals(space.state) ? attended(space, attendee)
                                    : Uni.createFrom().voidItem()));
        }
        if (data instanceof AttendanceRetracted retraction) {
            return spaces.forgetAttendance(retraction).flatMap(attendee -> attendee == null
                    ? Uni.createFrom().voidItem()
                    : noLongerAttended(attendee));
        }
        if (data instanceof ResourcePublished published) {
            return spaces.keepResource(published);
        }
        if (data instanceof BadgeAwarded badge) {
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("badge", badge.badge());
            return plan(new PlannedNotification(event.id(), RecipientKind.PARTICIPANT,
                    UUID.fromString(badge.participantId()), Category.BADGES, Templates.BADGE_AWARDED,
                    badge.spaceId() == null ? null : UUID.fromString(badge.spaceId()), params, now(), false));
        }
        if (data instanceof MilestoneDue milestone) {
            return milestoneDue(event, milestone);
        }
        return Uni.createFrom().voidItem();
    }

    private Uni<Void> transitioned(ReceivedEvent<Object> event, SpaceTransitioned transitioned, KnownSpace space) {
        return switch (transitioned.to()) {
            case SpaceStates.OPEN_FOR_REGISTRATION -> outreach(space);
            case SpaceStates.CANCELLED -> spaceCancelled(event, space, transitioned.reason());
            case SpaceStates.COMPLETED -> followUp(space);
            default -> Uni.createFrom().voidItem();
        };
    }

    // --- outreach ------------------------------------------------------------------------------------------------

    /**
     * Everyone who wants to learn one of the space's skills or a sub-skill and can follow its session or
     * interpretation language, but not its sharers and liaisons nor who registered already; once per space ever.
     */
    private Uni<Void> outreach(KnownSpace space) {
        if (space.startsAt == null || !space.startsAt.isAfter(now())) {
            return Uni.createFrom().voidItem();
        }
        Set<String> skills = new LinkedHashSet<>();
        for (String skill : space.skills) {
            skills.addAll(SkillTree.standard().selfAndDescendants(skill));
        }
        Instant due = later(now(), space.startsAt.atZone(java.time.ZoneOffset.UTC)
                .minus(config.outreach().sendBefore()).toInstant());
        return audiences.learnersOf(skills, space.languages()).flatMap(learners -> KnownRegistration
                .<KnownRegistration> list("spaceId", space.spaceId).flatMap(registrations -> {
                    Set<UUID> excluded = new LinkedHashSet<>();
                    for (KnownRegistration registration : registrations) {
                        excluded.add(registration.participantId);
                    }
                    for (String id : space.sharers) {
                        excluded.add(UUID.fromString(id));
                    }
                    for (String id : space.liaisons) {
                        excluded.add(UUID.fromString(id));
                    }
                    List<PlannedNotification> planned = new ArrayList<>();
                    for (UUID learner : learners) {
                        if (!excluded.contains(learner)) {
                            planned.add(new PlannedNotification("space:" + space.spaceId + ":outreach",
                                    RecipientKind.PARTICIPANT, learner, Category.OUTREACH, Templates.CLINIC_OUTREACH,
                                    space.spaceId, Map.of(), due, false));
                        }
                    }
                    return planner.plan(planned).replaceWithVoid();
                }));
    }

    // --- registrations -------------------------------------------------------------------------------------------

    /** A place: the confirmation (or promotion) with the invitation, and the reminders. */
    private Uni<Void> placed(ReceivedEvent<Object> event, KnownRegistration registration, String template) {
        return spaces.find(registration.spaceId).flatMap(space -> {
            List<PlannedNotification> planned = new ArrayList<>();
            planned.add(notice(event.id(), registration, Category.REGISTRATION, template, Map.of(), false));
            if (space != null) {
                planned.addAll(reminders(event.id(), space, registration));
            }
            return planner.plan(planned).replaceWithVoid();
        });
    }

    /**
     * Someone registered before clinic knew their profile, so the registration's own event reached nobody: they get
     * the confirmation (or waitlist notice) and the reminders now, if the space is still ahead. A profile created
     * months later links past registrations too; those stay silent.
     */
    private Uni<Void> linkedLate(ReceivedEvent<Object> event, KnownRegistration registration,
            RegistrationLinked linked) {
        return spaces.find(registration.spaceId).flatMap(space -> {
            boolean ahead = space != null && UPCOMING.contains(space.state) && space.startsAt != null
                    && space.startsAt.isAfter(now());
            if (!ahead) {
                return Uni.createFrom().voidItem();
            }
            if (KnownRegistration.CONFIRMED.equals(linked.status())) {
                return placed(event, registration, Templates.REGISTRATION_CONFIRMED);
            }
            if (KnownRegistration.WAITLISTED.equals(linked.status())) {
                Map<String, Object> params = new LinkedHashMap<>();
                params.put("position", linked.position());
                return plan(notice(event.id(), registration, Category.REGISTRATION, Templates.REGISTRATION_WAITLISTED,
                        params, false));
            }
            return Uni.createFrom().voidItem();
        });
    }

    private Uni<Void> registrationCancelled(ReceivedEvent<Object> event, KnownRegistration registration,
            RegistrationCancelled cancelled) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("invite", RegistrationCreated.CONFIRMED.equals(cancelled.previousStatus()));
        return planner.cancelPending(registration.spaceId, recipientId(registration), Templates.REMINDERS,
                "registration-cancelled")
                .flatMap(ignored -> plan(notice(event.id(), registration, Category.REGISTRATION,
                        Templates.REGISTRATION_CANCELLED, params, true)));
    }

    /** The reminders still ahead for a confirmed registrant, planned by the event that placed or moved them. */
    private List<PlannedNotification> reminders(String cause, KnownSpace space, KnownRegistration registration) {
        List<PlannedNotification> planned = new ArrayList<>();
        if (space.startsAt == null || !UPCOMING.contains(space.state)) {
            return planned;
        }
        List<Duration> leads = config.reminders();
        for (int i = 0; i < leads.size() && i < Templates.REMINDERS.size(); i++) {
            Instant due = space.startsAt.minus(leads.get(i));
            if (due.isAfter(now())) {
                String template = Templates.REMINDERS.get(i);
                Map<String, Object> params = new LinkedHashMap<>();
                params.put("startsAt", space.startsAt.toString());
                planned.add(new PlannedNotification(cause, kind(registration), recipientId(registration), Category.REMINDERS,
                        template, space.spaceId,
                        params, due, template.equals(Templates.REMINDER_HOUR)));
            }
        }
        return planned;
    }

    // --- reschedule and cancellation -----------------------------------------------------------------------------

    private static boolean moved(KnownSpace before, SpaceSummary now) {
        return before.startsAt != null && UPCOMING.contains(now.state())
                && (!Objects.equals(before.startsAt, now.startsAt()) || !Objects.equals(before.endsAt, now.endsAt()));
    }

    /**
     * A new time: pending reminders of the old start are dropped, confirmed registrants get the updated invitation
     * (same UID, higher SEQUENCE) and new reminders, waitlisted ones a notice.
     */
    private Uni<Void> rescheduled(ReceivedEvent<Object> event, KnownSpace space) {
        return planner.cancelPending(space.spaceId, null, Templates.REMINDERS, "rescheduled")
                .flatMap(ignored -> registrantsOf(space.spaceId)).flatMap(registrations -> {
                    List<PlannedNotification> planned = new ArrayList<>();
                    for (KnownRegistration registration : registrations) {
                        boolean confirmed = KnownRegistration.CONFIRMED.equals(registration.status);
                        Map<String, Object> params = new LinkedHashMap<>();
                        params.put("invite", confirmed);
                        planned.add(notice(event.id(), registration, Category.REGISTRATION,
                                Templates.SPACE_RESCHEDULED, params, false));
                        if (confirmed) {
                            planned.addAll(reminders(event.id(), space, registration));
                        }
                    }
                    return planner.plan(planned).replaceWithVoid();
                });
    }

    /** Pending outreach, reminders and follow-up dropped; every registrant told at once, with METHOD:CANCEL. */
    private Uni<Void> spaceCancelled(ReceivedEvent<Object> event, KnownSpace space, String reason) {
        return planner.cancelPending(space.spaceId, null, Templates.SPACE_PENDING, "space-cancelled")
                .flatMap(ignored -> registrantsOf(space.spaceId)).flatMap(registrations -> {
                    List<PlannedNotification> planned = new ArrayList<>();
                    for (KnownRegistration registration : registrations) {
                        Map<String, Object> params = new LinkedHashMap<>();
                        params.put("invite", KnownRegistration.CONFIRMED.equals(registration.status));
                        if (reason != null && !reason.isBlank()) {
                            params.put("reason", reason);
                        }
                        planned.add(notice(event.id(), registration, Category.REGISTRATION,
                                Templates.SPACE_CANCELLED, params, true));
                    }
                    return planner.plan(planned).replaceWithVoid();
                });
    }

    private Uni<List<KnownRegistration>> registrantsOf(UUID spaceId) {
        return KnownRegistration.<KnownRegistration> list("spaceId = ?1 and status in ?2", spaceId,
                List.of(KnownRegistration.CONFIRMED, KnownRegistration.WAITLISTED))
                .map(registrations -> registrations.stream().filter(ClinicRules::reachable).toList());
    }

    // --- after the session ---------------------------------------------------------------------------------------

    /** Resources and the feedback link to confirmed registrants and attendees, once per person and space. */
    private Uni<Void> followUp(KnownSpace space) {
        return spaces.registrations(space.spaceId, KnownRegistration.CONFIRMED)
                .flatMap(registrations -> spaces.attendees(space.spaceId).flatMap(attendees -> {
                    List<PlannedNotification> planned = new ArrayList<>();
                    for (KnownRegistration registration : registrations) {
                        if (reachable(registration)) {
                            planned.add(followUp(space, kind(registration), recipientId(registration)));
                        }
                    }
                    for (KnownAttendance attendee : attendees) {
                        planned.add(followUp(space, attendee));
                    }
                    return planner.plan(planned).replaceWithVoid();
                }));
    }

    /** An attendee of a completed space gets the follow-up, or back the one a retraction cancelled. */
    private Uni<Void> attended(KnownSpace space, KnownAttendance attendee) {
        return planner.plan(followUp(space, attendee)).flatMap(planned -> planned ? Uni.createFrom().voidItem()
                : planner.resumeCancelled(space.spaceId, recipientId(attendee), List.of(Templates.FOLLOW_UP),
                        ATTENDANCE_RETRACTED).replaceWithVoid());
    }

    /**
     * An attendance that no longer stands (a corrected report, an undone match, the meeting's host): its pending
     * follow-up is cancelled, unless the person is a confirmed registrant too, whom the follow-up reaches as such.
     */
    private Uni<Void> noLongerAttended(KnownAttendance attendee) {
        RecipientKind kind = kind(attendee);
        UUID recipientId = recipientId(attendee);
        return spaces.registrations(attendee.spaceId, KnownRegistration.CONFIRMED).flatMap(registrations -> {
            boolean registrant = registrations.stream().anyMatch(registration -> reachable(registration)
                    && kind(registration) == kind && recipientId(registration).equals(recipientId));
            return registrant ? Uni.createFrom().voidItem()
                    : planner.cancelPending(attendee.spaceId, recipientId, List.of(Templates.FOLLOW_UP),
                            ATTENDANCE_RETRACTED).replaceWithVoid();
        });
    }

    private PlannedNotification followUp(KnownSpace space, KnownAttendance attendee) {
        return followUp(space, kind(attendee), recipientId(attendee));
    }

    private PlannedNotification followUp(KnownSpace space, RecipientKind kind, UUID recipientId) {
        Instant due = space.endsAt == null ? now() : later(now(), space.endsAt.plus(config.followUp().delay()));
        return new PlannedNotification("space:" + space.spaceId + ":follow-up", kind, recipientId,
                Category.FOLLOW_UP, Templates.FOLLOW_UP, space.spaceId, Map.of(), due, false);
    }

    // --- preparation ---------------------------------------------------------------------------------------------

    /** A milestone due or overdue: to the space's sharers and liaisons and to the programme's organizers. */
    private Uni<Void> milestoneDue(ReceivedEvent<Object> event, MilestoneDue milestone) {
        UUID spaceId = UUID.fromString(milestone.spaceId());
        return spaces.find(spaceId).flatMap(space -> audiences.organizers().flatMap(organizers -> {
            Set<UUID> people = new LinkedHashSet<>();
            if (space != null) {
                space.sharers.forEach(id -> people.add(UUID.fromString(id)));
                space.liaisons.forEach(id -> people.add(UUID.fromString(id)));
            }
            people.addAll(organizers);
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("milestone", milestone.milestone());
            params.put("dueOn", milestone.dueOn().toString());
            String template = milestone.overdue() ? Templates.MILESTONE_OVERDUE : Templates.MILESTONE_DUE;
            List<PlannedNotification> planned = new ArrayList<>();
            for (UUID person : people) {
                planned.add(new PlannedNotification(event.id(), RecipientKind.PARTICIPANT, person,
                        Category.MILESTONES, template, spaceId, params, now(), false));
            }
            return planner.plan(planned).replaceWithVoid();
        }));
    }

    // ---------------------------------------------------------------------------------------------------------------

    private PlannedNotification notice(String cause, KnownRegistration registration, String category,
            String template, Map<String, Object> params, boolean urgent) {
        return new PlannedNotification(cause, kind(registration), recipientId(registration), category, template,
                registration.spaceId, params, now(), urgent);
    }

    private Uni<Void> plan(PlannedNotification planned) {
        return planner.plan(planned).replaceWithVoid();
    }

    /**
     * Whether the registration names someone this service can reach: a guest, or a participant whose id clinic
     * knew. Someone who registered before their profile reached clinic-service is published without one; they are
     * reached once clinic announces the link ({@code registration.linked.v1}).
     */
    private static boolean reachable(KnownRegistration registration) {
        return registration.guest || registration.participantId != null;
    }

    private static RecipientKind kind(KnownRegistration registration) {
        return registration.guest ? RecipientKind.GUEST : RecipientKind.PARTICIPANT;
    }

    /** A guest is known by the registration, a participant by the participant id. */
    private static UUID recipientId(KnownRegistration registration) {
        return kind(registration) == RecipientKind.GUEST ? registration.registrationId : registration.participantId;
    }

    /** An attendee matched to a participant is one; else a guest, by their registration. */
    private static RecipientKind kind(KnownAttendance attendee) {
        return attendee.participantId != null ? RecipientKind.PARTICIPANT : RecipientKind.GUEST;
    }

    private static UUID recipientId(KnownAttendance attendee) {
        return attendee.participantId != null ? attendee.participantId : attendee.registrationId;
    }

    private Instant now() {
        return clock.instant();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
