package org.letsconnect.notification.rule;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.letsconnect.contracts.EventType;
import org.letsconnect.contracts.clinic.AttendanceRecorded;
import org.letsconnect.contracts.clinic.AttendanceRetracted;
import org.letsconnect.contracts.clinic.MilestoneDue;
import org.letsconnect.contracts.clinic.RegistrationCancelled;
import org.letsconnect.contracts.clinic.RegistrationCreated;
import org.letsconnect.contracts.clinic.RegistrationLinked;
import org.letsconnect.contracts.clinic.RegistrationPromoted;
import org.letsconnect.contracts.clinic.SpaceStates;
import org.letsconnect.contracts.clinic.SpaceTransitioned;
import org.letsconnect.contracts.registry.RoleChanged;
import org.letsconnect.notification.NotificationTest;
import org.letsconnect.notification.notification.Delivery;
import org.letsconnect.notification.notification.Notification;
import org.letsconnect.notification.space.KnownAttendance;
import org.letsconnect.notification.space.KnownRegistration;
import org.letsconnect.testkit.WithTestInfrastructure;

import io.quarkus.test.junit.QuarkusTest;

/** Which clinic event reaches whom, when: through the real topics into the planned notifications and deliveries. */
@QuarkusTest
@WithTestInfrastructure
class ClinicRulesTest extends NotificationTest {

    /** Grants and fundraising, and one of its sub-skills. */
    private static final String GRANTS = "Q230788";
    private static final String GRANT_PROPOSALS = "Q5596756";
    private static final String BUDGETING = "Q41263";

    @Test
    void outreachReachesLearnersOfTheSkillOrASubSkillWhoSpeakTheLanguageOnce() {
        Person aicha = person("Aïcha " + UUID.randomUUID(), "fr", "Africa/Abidjan", List.of(GRANT_PROPOSALS),
                List.of("fr"), true);
        Person bruno = person("Bruno " + UUID.randomUUID(), "pt", "America/Sao_Paulo", List.of(GRANTS), List.of("pt"),
                true);
        Person chen = person("Chen " + UUID.randomUUID(), "en", "Asia/Shanghai", List.of(BUDGETING), List.of("en"),
                true);
        Person dana = person("Dana " + UUID.randomUUID(), "en", "Europe/Berlin", List.of(GRANTS), List.of("en"), true);
        UUID spaceId = UUID.randomUUID();
        Instant startsAt = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        // teaches the writing of grant proposals (a sub-skill of the learners' "grants"), held in English with
        // French interpretation, shared by Dana
        publishSpace(EventType.SPACE_CREATED, space(spaceId, "Grant proposals", List.of(GRANT_PROPOSALS), "en",
                List.of("fr"), startsAt, SpaceStates.IN_PREPARATION, List.of(dana.participantId())));
        events.publish(EventType.SPACE_TRANSITIONED, new SpaceTransitioned(spaceId.toString(),
                SpaceStates.IN_PREPARATION, SpaceStates.OPEN_FOR_REGISTRATION, 0, null, Instant.now()));

        await().atMost(WAIT).until(() -> !notificationsOf(spaceId).isEmpty());
        // opened again after a reschedule: nobody gets the outreach twice
        events.publish(EventType.SPACE_TRANSITIONED, new SpaceTransitioned(spaceId.toString(),
                SpaceStates.RESCHEDULED, SpaceStates.OPEN_FOR_REGISTRATION, 1, null, Instant.now()));
        events.publish(EventType.BADGE_AWARDED, new org.letsconnect.contracts.clinic.BadgeAwarded(
                UUID.randomUUID().toString(), chen.participantId().toString(), "sharer", null, Instant.now()));
        await().atMost(WAIT).until(() -> !notificationsFor(chen.participantId()).isEmpty());

        List<Notification> outreach = notificationsOf(spaceId);
        assertEquals(List.of(aicha.participantId()), outreach.stream().map(n -> n.recipientId).toList(),
                "only Aïcha: Bruno speaks neither language, Chen wants another skill, Dana shares the space");
        Notification sent = outreach.get(0);
        assertEquals(Templates.CLINIC_OUTREACH, sent.template);
        assertEquals("outreach", sent.category);
        List<Delivery> deliveries = deliveriesOf(sent);
        assertEquals(Set.of("email", "in-app"), deliveries.stream().map(d -> d.channel).collect(Collectors.toSet()));
        // a month ahead: it waits until 14 days before, which is still more than the 10 the programme asks for
        assertEquals(startsAt.minus(14, ChronoUnit.DAYS), deliveries.get(0).dueAt.truncatedTo(ChronoUnit.SECONDS));
        assertTrue(notificationsFor(bruno.participantId()).isEmpty());
    }

    @Test
    void aConfirmedPlaceGetsTheInvitationAndThreeRemindersThatAMoveReplansAndACancellationDrops() {
        Person learner = person("Kwame " + UUID.randomUUID(), "en", "Africa/Accra", List.of(), List.of("en"), true);
        UUID spaceId = UUID.randomUUID();
        Instant startsAt = Instant.now().plus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        publishSpace(EventType.SPACE_CREATED, space(spaceId, "Wikidata queries", List.of(GRANTS), "en", List.of(),
                startsAt, SpaceStates.OPEN_FOR_REGISTRATION, List.of()));
        String registrationId = UUID.randomUUID().toString();
        events.publish(EventType.REGISTRATION_CREATED, new RegistrationCreated(registrationId, spaceId.toString(),
                learner.participantId().toString(), false, RegistrationCreated.CONFIRMED, null, Instant.now()));

        await().atMost(WAIT).until(() -> notificationsOf(spaceId).size() == 4);
        Map<String, Notification> byTemplate = notificationsOf(spaceId).stream()
                .collect(Collectors.toMap(n -> n.template, n -> n));
        assertEquals(Set.of(Templates.REGISTRATION_CONFIRMED, Templates.REMINDER_WEEK, Templates.REMINDER_DAY,
                Templates.REMINDER_HOUR), byTemplate.keySet());
        assertEquals(startsAt.minus(7, ChronoUnit.DAYS), due(byTemplate.get(Templates.REMINDER_WEEK)));
        assertEquals(startsAt.minus(1, ChronoUnit.DAYS), due(byTemplate.get(Templates.REMINDER_DAY)));
        assertEquals(startsAt.minus(1, ChronoUnit.HOURS), due(byTemplate.get(Templates.REMINDER_HOUR)));
        assertTrue(deliveriesOf(byTemplate.get(Templates.REMINDER_HOUR)).get(0).urgent,
                "the last reminder passes quiet hours");
        assertTrue(!deliveriesOf(byTemplate.get(Templates.REMINDER_DAY)).get(0).urgent);

        // moved two days later: the old reminders are cancelled, new ones planned, the move announced
        Instant movedTo = startsAt.plus(2, ChronoUnit.DAYS);
        events.publish(EventType.SPACE_TRANSITIONED, new SpaceTransitioned(spaceId.toString(),
                SpaceStates.OPEN_FOR_REGISTRATION, SpaceStates.RESCHEDULED, 1, "Wikimania", Instant.now()));
        publishSpace(EventType.SPACE_UPDATED, space(spaceId, "Wikidata queries", List.of(GRANTS), "en", List.of(),
                movedTo, SpaceStates.RESCHEDULED, List.of()));
        await().atMost(WAIT).until(() -> notificationsOf(spaceId).size() == 8);
        List<Notification> all = notificationsOf(spaceId);
        Notification moved = all.stream().filter(n -> n.template.equals(Templates.SPACE_RESCHEDULED)).findFirst()
                .orElseThrow();
        assertEquals(Boolean.TRUE, moved.params.get("invite"));
        for (Notification notification : all) {
            if (Templates.REMINDERS.contains(notification.template)) {
                Delivery delivery = deliveriesOf(notification).get(0);
                boolean forOldStart = notification.params.get("startsAt").equals(startsAt.toString());
                assertEquals(forOldStart ? Delivery.CANCELLED : Delivery.PENDING, delivery.status,
                        notification.template + " for " + notification.params.get("startsAt"));
                if (!forOldStart) {
                    assertEquals(movedTo.toString(), notification.params.get("startsAt"));
                    assertEquals(movedTo.minus(LEADS.get(notification.template)),
                            delivery.dueAt.truncatedTo(ChronoUnit.SECONDS), "re-planned from the new start");
                }
            }
        }
        assertEquals(1, inSession(
                () -> org.letsconnect.notification.space.KnownSpace.<org.letsconnect.notification.space.KnownSpace> findById(
                        spaceId)).sequence);

        // cancelled: pending reminders dropped, the registrant told at once with the calendar cancellation
        events.publish(EventType.SPACE_TRANSITIONED, new SpaceTransitioned(spaceId.toString(),
                SpaceStates.RESCHEDULED, SpaceStates.CANCELLED, 2, "The sharer fell ill", Instant.now()));
        await().atMost(WAIT).until(() -> notificationsOf(spaceId).size() == 9);
        Notification cancelled = notificationsOf(spaceId).stream()
                .filter(n -> n.template.equals(Templates.SPACE_CANCELLED)).findFirst().orElseThrow();
        assertEquals("The sharer fell ill", cancelled.params.get("reason"));
        assertEquals(Boolean.TRUE, cancelled.params.get("invite"));
        assertTrue(deliveriesOf(cancelled).get(0).urgent);
        for (Notification notification : notificationsOf(spaceId)) {
            if (Templates.REMINDERS.contains(notification.template)) {
                assertEquals(Delivery.CANCELLED, deliveriesOf(notification).get(0).status);
            }
        }
    }

    @Test
    void aGuestOnTheWaitlistLearnsThePositionThenThePromotionAndACancellationStopsTheReminders() {
        UUID spaceId = UUID.randomUUID();
        Instant startsAt = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        publishSpace(EventType.SPACE_CREATED, space(spaceId, "Commons uploads", List.of(GRANTS), "en", List.of(),
                startsAt, SpaceStates.OPEN_FOR_REGISTRATION, List.of()));
        UUID registrationId = UUID.randomUUID();
        events.publish(EventType.REGISTRATION_CREATED, new RegistrationCreated(registrationId.toString(),
                spaceId.toString(), null, true, RegistrationCreated.WAITLISTED, 2, Instant.now()));
        await().atMost(WAIT).until(() -> notificationsFor(registrationId).size() == 1);
        Notification waitlisted = notificationsFor(registrationId).get(0);
        assertEquals("guest", waitlisted.recipientKind);
        assertEquals(Templates.REGISTRATION_WAITLISTED, waitlisted.template);
        assertEquals(2, waitlisted.params.get("position"));
        assertEquals(List.of("email"), deliveriesOf(waitlisted).stream().map(d -> d.channel).toList(),
                "a guest has no inbox");

        events.publish(EventType.REGISTRATION_PROMOTED, new RegistrationPromoted(registrationId.toString(),
                spaceId.toString(), null, true, Instant.now()));
        // three days ahead: the week's reminder is already past, the day's and the hour's are planned
        await().atMost(WAIT).until(() -> notificationsFor(registrationId).size() == 4);
        Set<String> templates = notificationsFor(registrationId).stream().map(n -> n.template)
                .collect(Collectors.toSet());
        assertEquals(Set.of(Templates.REGISTRATION_WAITLISTED, Templates.REGISTRATION_PROMOTED,
                Templates.REMINDER_DAY, Templates.REMINDER_HOUR), templates);

        events.publish(EventType.REGISTRATION_CANCELLED, new RegistrationCancelled(registrationId.toString(),
                spaceId.toString(), null, true, RegistrationCreated.CONFIRMED, Instant.now()));
        await().atMost(WAIT).until(() -> notificationsFor(registrationId).size() == 5);
        for (Notification notification : notificationsFor(registrationId)) {
            if (Templates.REMINDERS.contains(notification.template)) {
                Delivery delivery = deliveriesOf(notification).get(0);
                assertEquals(Delivery.CANCELLED, delivery.status);
                assertEquals("registration-cancelled", delivery.reason);
            }
            if (notification.template.equals(Templates.REGISTRATION_CANCELLED)) {
                assertEquals(Boolean.TRUE, notification.params.get("invite"), "a held place: METHOD:CANCEL");
            }
        }
    }

    @Test
    void aRegistrationThatNamesNobodyReachableIsNotPlannedForAnyone() {
        UUID spaceId = UUID.randomUUID();
        publishSpace(EventType.SPACE_CREATED, space(spaceId, "Commons uploads", List.of(GRANTS), "en", List.of(),
                Instant.now().plus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS),
                SpaceStates.OPEN_FOR_REGISTRATION, List.of()));
        // registered before their profile reached clinic-service: no participant id, and not a guest
        UUID unknown = UUID.randomUUID();
        events.publish(EventType.REGISTRATION_CREATED, new RegistrationCreated(unknown.toString(), spaceId.toString(),
                null, false, RegistrationCreated.CONFIRMED, null, Instant.now()));
        UUID guest = UUID.randomUUID();
        events.publish(EventType.REGISTRATION_CREATED, new RegistrationCreated(guest.toString(), spaceId.toString(),
                null, true, RegistrationCreated.CONFIRMED, null, Instant.now()));
        await().atMost(WAIT).until(() -> !notificationsFor(guest).isEmpty());
        assertEquals(List.of(), notificationsFor(unknown), "nothing that would wait for a guest who does not exist");
    }

    @Test
    void someoneLinkedToTheirProfileAfterRegisteringIsConfirmedAndRemindedWhileTheSpaceIsAhead() {
        Person late = person("Adaeze " + UUID.randomUUID(), "en", "Africa/Lagos", List.of(), List.of("en"), true);
        UUID spaceId = UUID.randomUUID();
        publishSpace(EventType.SPACE_CREATED, space(spaceId, "Wikidata queries", List.of(GRANTS), "en", List.of(),
                Instant.now().plus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS),
                SpaceStates.OPEN_FOR_REGISTRATION, List.of()));
        UUID registrationId = UUID.randomUUID();
        events.publish(EventType.REGISTRATION_CREATED, new RegistrationCreated(registrationId.toString(),
                spaceId.toString(), null, false, RegistrationCreated.CONFIRMED, null, Instant.now()));
        events.publish(EventType.REGISTRATION_LINKED, new RegistrationLinked(registrationId.toString(),
                spaceId.toString(), late.participantId().toString(), RegistrationCreated.CONFIRMED, null,
                Instant.now()));

        await().atMost(WAIT).until(() -> notificationsOf(spaceId).size() == 4);
        assertEquals(Set.of(Templates.REGISTRATION_CONFIRMED, Templates.REMINDER_WEEK, Templates.REMINDER_DAY,
                Templates.REMINDER_HOUR),
                notificationsOf(spaceId).stream().map(n -> n.template)
                        .collect(Collectors.toSet()));
        assertTrue(notificationsOf(spaceId).stream().allMatch(n -> "participant".equals(n.recipientKind)
                && late.participantId().equals(n.recipientId)));

        // a profile created after the Clinic links its registration too: nobody is confirmed for the past
        UUID pastSpace = UUID.randomUUID();
        publishSpace(EventType.SPACE_CREATED, space(pastSpace, "Commons uploads", List.of(GRANTS), "en", List.of(),
                Instant.now().minus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS), SpaceStates.COMPLETED,
                List.of()));
        UUID pastRegistration = UUID.randomUUID();
        events.publish(EventType.REGISTRATION_LINKED, new RegistrationLinked(pastRegistration.toString(),
                pastSpace.toString(), late.participantId().toString(), RegistrationCreated.CONFIRMED, null,
                Instant.now()));
        // a waitlisted link learns its place
        UUID waitSpace = UUID.randomUUID();
        publishSpace(EventType.SPACE_CREATED, space(waitSpace, "Grant reports", List.of(GRANTS), "en", List.of(),
                Instant.now().plus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS),
                SpaceStates.OPEN_FOR_REGISTRATION, List.of()));
        events.publish(EventType.REGISTRATION_LINKED, new RegistrationLinked(UUID.randomUUID().toString(),
                waitSpace.toString(), late.participantId().toString(), RegistrationCreated.WAITLISTED, 3,
                Instant.now()));
        await().atMost(WAIT).until(() -> notificationsOf(waitSpace).size() == 1);
        Notification waitlisted = notificationsOf(waitSpace).get(0);
        assertEquals(Templates.REGISTRATION_WAITLISTED, waitlisted.template);
        assertEquals(3, waitlisted.params.get("position"));
        // the past link is kept in the same transaction that would have planned for it
        await().atMost(WAIT).until(() -> inSession(() -> KnownRegistration
                .<KnownRegistration> findById(pastRegistration)) != null);
        assertEquals(List.of(), notificationsOf(pastSpace));
    }

    @Test
    void aMilestoneReachesTheSharersAndTheOrganizersButNotOtherParticipants() {
        Person sharer = person("Sharer " + UUID.randomUUID(), "en", "Asia/Kolkata", List.of(), List.of("en"), true);
        Person organizer = person("Organizer " + UUID.randomUUID(), "es", "America/Bogota", List.of(), List.of("es"),
                true);
        Person bystander = person("Bystander " + UUID.randomUUID(), "en", "UTC", List.of(), List.of("en"), true);
        events.publish(EventType.ROLE_CHANGED, new RoleChanged(organizer.subject(), organizer.username(),
                List.of(RoleChanged.ORGANIZER), "admin", Instant.now()));
        UUID spaceId = UUID.randomUUID();
        publishSpace(EventType.SPACE_CREATED, space(spaceId, "Lua modules", List.of(GRANTS), "en", List.of(),
                Instant.now().plus(40, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS), SpaceStates.IN_PREPARATION,
                List.of(sharer.participantId())));
        // the role arrives on its own topic: wait until the platform's read model has it
        await().atMost(WAIT).until(() -> inSession(() -> io.quarkus.hibernate.reactive.panache.Panache.getSession()
                .flatMap(session -> session
                        .createNativeQuery("select count(*) from programme_role where subject = :subject", Long.class)
                        .setParameter("subject", organizer.subject()).getSingleResult())) > 0);
        events.publish(EventType.MILESTONE_DUE, new MilestoneDue(spaceId.toString(), MilestoneDue.CONTENT_REVIEW,
                LocalDate.now().plusDays(2), false));

        await().atMost(WAIT).until(() -> !notificationsFor(organizer.participantId()).isEmpty());
        await().atMost(WAIT).until(() -> !notificationsFor(sharer.participantId()).isEmpty());
        Notification toSharer = notificationsFor(sharer.participantId()).get(0);
        assertEquals(Templates.MILESTONE_DUE, toSharer.template);
        assertEquals(MilestoneDue.CONTENT_REVIEW, toSharer.params.get("milestone"));
        assertTrue(notificationsFor(bystander.participantId()).isEmpty());
    }

    @Test
    void aRetractedAttendanceCancelsTheAttendeesFollowUpUnlessTheyRegisteredAndAttendingAgainResumesIt() {
        Person host = person("Host " + UUID.randomUUID(), "en", "Africa/Nairobi", List.of(), List.of("en"), true);
        Person registrant = person("Registrant " + UUID.randomUUID(), "fr", "Africa/Dakar", List.of(), List.of("fr"),
                true);
        UUID guest = UUID.randomUUID();
        UUID spaceId = UUID.randomUUID();
        // ended an hour ago: the follow-up waits for the day after
        Instant startsAt = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        publishSpace(EventType.SPACE_CREATED, space(spaceId, "Wikidata queries", List.of(GRANTS), "en", List.of(),
                startsAt, SpaceStates.LIVE, List.of()));
        String registrationId = UUID.randomUUID().toString();
        events.publish(EventType.REGISTRATION_CREATED, new RegistrationCreated(registrationId, spaceId.toString(),
                registrant.participantId().toString(), false, RegistrationCreated.CONFIRMED, null, Instant.now()));
        events.publish(EventType.ATTENDANCE_RECORDED, attendance(spaceId, host.participantId(), null));
        events.publish(EventType.ATTENDANCE_RECORDED, attendance(spaceId, registrant.participantId(),
                UUID.fromString(registrationId)));
        events.publish(EventType.ATTENDANCE_RECORDED, attendance(spaceId, null, guest));
        events.publish(EventType.SPACE_TRANSITIONED, new SpaceTransitioned(spaceId.toString(), SpaceStates.LIVE,
                SpaceStates.COMPLETED, 0, null, Instant.now()));
        await().atMost(WAIT).until(() -> followUpsOf(spaceId).size() == 3);

        // one key, one partition: the last retraction applied means the others were
        events.publish(EventType.ATTENDANCE_RETRACTED, retraction(spaceId, registrant.participantId(),
                UUID.fromString(registrationId), AttendanceRetracted.CONFIRMATION_UNDONE));
        events.publish(EventType.ATTENDANCE_RETRACTED,
                retraction(spaceId, host.participantId(), null, AttendanceRetracted.HOST));
        events.publish(EventType.ATTENDANCE_RETRACTED,
                retraction(spaceId, null, guest, AttendanceRetracted.REPORT_CORRECTED));
        await().atMost(WAIT).until(() -> followUpStatuses(spaceId, guest).equals(Set.of(Delivery.CANCELLED)));
        assertEquals(Set.of(Delivery.CANCELLED), followUpStatuses(spaceId, host.participantId()));
        assertEquals(Set.of(Delivery.PENDING), followUpStatuses(spaceId, registrant.participantId()),
                "a confirmed registrant gets the follow-up as one");
        Delivery cancelled = deliveriesOf(followUpOf(spaceId, host.participantId())).get(0);
        assertEquals("attendance-retracted", cancelled.reason);
        assertEquals(List.of(), inSession(() -> KnownAttendance.<KnownAttendance> list("spaceId", spaceId)));

        // the host's match confirmed again (they were an attendee after all): the same follow-up, pending again
        events.publish(EventType.ATTENDANCE_RECORDED, attendance(spaceId, host.participantId(), null));
        await().atMost(WAIT).until(() -> followUpStatuses(spaceId, host.participantId())
                .equals(Set.of(Delivery.PENDING)));
        assertEquals(3, followUpsOf(spaceId).size());
        assertEquals(Set.of(Delivery.CANCELLED), followUpStatuses(spaceId, guest));
    }

    private static AttendanceRecorded attendance(UUID spaceId, UUID participantId, UUID registrationId) {
        Instant joined = Instant.now().minus(3, ChronoUnit.HOURS);
        return new AttendanceRecorded(spaceId.toString(), participantId == null ? null : participantId.toString(),
                registrationId == null ? null : registrationId.toString(), 110, true, joined,
                joined.plus(110, ChronoUnit.MINUTES));
    }

    private static AttendanceRetracted retraction(UUID spaceId, UUID participantId, UUID registrationId,
            String reason) {
        return new AttendanceRetracted(spaceId.toString(), participantId == null ? null : participantId.toString(),
                registrationId == null ? null : registrationId.toString(), reason, Instant.now());
    }

    private static List<Notification> followUpsOf(UUID spaceId) {
        return notificationsOf(spaceId).stream().filter(n -> n.template.equals(Templates.FOLLOW_UP)).toList();
    }

    private static Notification followUpOf(UUID spaceId, UUID recipientId) {
        return followUpsOf(spaceId).stream().filter(n -> recipientId.equals(n.recipientId)).findFirst()
                .orElseThrow();
    }

    private static Set<String> followUpStatuses(UUID spaceId, UUID recipientId) {
        return deliveriesOf(followUpOf(spaceId, recipientId)).stream().map(d -> d.status)
                .collect(Collectors.toSet());
    }

    private static final Map<String, Duration> LEADS = Map.of(Templates.REMINDER_WEEK, Duration.ofDays(7),
            Templates.REMINDER_DAY, Duration.ofDays(1), Templates.REMINDER_HOUR, Duration.ofHours(1));

    private static Instant due(Notification notification) {
        return deliveriesOf(notification).get(0).dueAt.truncatedTo(ChronoUnit.SECONDS);
    }

}
