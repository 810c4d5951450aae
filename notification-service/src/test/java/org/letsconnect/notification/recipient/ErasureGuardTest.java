package org.letsconnect.notification.recipient;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.letsconnect.contracts.EventType;
import org.letsconnect.contracts.clinic.AttendanceRecorded;
import org.letsconnect.contracts.clinic.RegistrationCreated;
import org.letsconnect.contracts.clinic.SpaceStates;
import org.letsconnect.contracts.clinic.SpaceSummary;
import org.letsconnect.contracts.registry.ParticipantErased;
import org.letsconnect.notification.NotificationTest;
import org.letsconnect.notification.notification.Notification;
import org.letsconnect.notification.space.KnownSpace;
import org.letsconnect.testkit.InjectInfrastructure;
import org.letsconnect.testkit.PersonalDataColumns;
import org.letsconnect.testkit.Postgres;
import org.letsconnect.testkit.WithTestInfrastructure;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Every column is classified (personal or not), and after {@code participant.erased.v1} no erased column holds the
 * person's ids, username or address: recipient, registrations, attendance, their id among a space's sharers, their
 * notifications (kept for the delivery log, but no longer theirs).
 */
@QuarkusTest
@WithTestInfrastructure
class ErasureGuardTest extends NotificationTest {

    @InjectInfrastructure
    Postgres postgres;
    @InjectInfrastructure
    String database;

    /** The lists of testkit's {@link org.letsconnect.testkit.PersonalDataErasureTest}, which this cannot extend. */
    private final PersonalDataColumns columns = PersonalDataColumns.of(getClass());

    @Test
    void everyColumnAfterTheMigrationsIsClassified() throws Exception {
        columns.assertEveryColumnClassified(postgres, database);
    }

    @Test
    void erasureLeavesNothingOfThePersonInTheErasedColumns() throws Exception {
        Person thabo = person("Thabo " + UUID.randomUUID(), "zu", "Africa/Johannesburg", List.of("Q5596756"),
                List.of("en"), true);
        String email = thabo.username().toLowerCase().replace(' ', '.') + "@example.org";
        UUID spaceId = UUID.randomUUID();
        Instant startsAt = Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        SpaceSummary space = space(spaceId, "Grant proposals", List.of("Q5596756"), "en", List.of(), startsAt,
                SpaceStates.OPEN_FOR_REGISTRATION, List.of(thabo.participantId()));
        publishSpace(EventType.SPACE_CREATED, space);
        String registrationId = UUID.randomUUID().toString();
        events.publish(EventType.REGISTRATION_CREATED, new RegistrationCreated(registrationId, spaceId.toString(),
                thabo.participantId().toString(), false, RegistrationCreated.CONFIRMED, null, Instant.now()));
        events.publish(EventType.ATTENDANCE_RECORDED, new AttendanceRecorded(spaceId.toString(),
                thabo.participantId().toString(), registrationId, 100, true, startsAt, startsAt.plusSeconds(6000)));
        List<String> values = List.of(thabo.participantId().toString(), thabo.subject(), thabo.username(), email);
        await().atMost(WAIT).until(() -> erasedColumnsHolding(values).containsAll(List.of(
                "recipient.email: " + email, "known_attendance.attendee_key: " + thabo.participantId(),
                "notification.recipient_id: " + thabo.participantId())));

        events.publish(EventType.PARTICIPANT_ERASED,
                new ParticipantErased(thabo.participantId().toString(), thabo.subject(), Instant.now()));
        events.publishTombstone(EventType.CONTACT_CHANGED, thabo.participantId().toString());

        await().atMost(WAIT).untilAsserted(() -> assertEquals(List.of(), erasedColumnsHolding(values)));
        KnownSpace kept = inSession(() -> KnownSpace.<KnownSpace> findById(spaceId));
        assertEquals(List.of(), kept.sharers, "the space stays, without the erased sharer");
        List<Notification> log = notificationsOf(spaceId);
        assertEquals(Map.of(), log.get(0).params);
        assertEquals("erased", log.get(0).recipientKind, "the log keeps what was sent, not to whom");
    }

    private List<String> erasedColumnsHolding(List<String> values) throws Exception {
        return columns.erasedColumnsHolding(postgres, database, values);
    }

}
