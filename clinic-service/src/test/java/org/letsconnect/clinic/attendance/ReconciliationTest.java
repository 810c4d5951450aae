package org.letsconnect.clinic.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.letsconnect.clinic.attendance.Reconciliation.Attendee;
import org.letsconnect.clinic.attendance.Reconciliation.Status;

class ReconciliationTest {

    private static final Instant START = Instant.parse("2026-11-20T13:00:00Z");

    private static final KnownPerson AMINA = person(true, "Amina Yusuf", "AminaYusuf", "Amina Yusuf", null);
    private static final KnownPerson KWAME = person(true, "Kwame Mensah", "Kwame Mensah", "Kwame", null);
    private static final KnownPerson KWAME_ASANTE = person(false, null, "KwameAsante", "Kwame Asante", null);
    private static final KnownPerson MOHAMED = person(true, "Mohamed Ali", "Mohamed.Ali", "Mohamed Ali", null);
    private static final KnownPerson OLENA = person(false, null, "Olena Kovalenko", "Olena Kovalenko",
            "olena@example.org");
    private static final KnownPerson GUEST = KnownPerson.of(null, UUID.randomUUID(), "Sofía Ramírez", null, null,
            "Sofia.Ramirez@example.org");
    private static final List<KnownPerson> PEOPLE = List.of(AMINA, KWAME, KWAME_ASANTE, MOHAMED, OLENA, GUEST);

    private static KnownPerson person(boolean registered, String registeredName, String username, String displayName,
            String email) {
        return KnownPerson.of(UUID.randomUUID(), registered ? UUID.randomUUID() : null, registeredName, username,
                displayName, email);
    }

    private static ZoomReport.Join join(String name, String email, int from, int to) {
        return new ZoomReport.Join(0, ZoomName.parse(name), email, email == null,
                START.plusSeconds(from * 60L), START.plusSeconds(to * 60L));
    }

    private static List<Attendee> reconcile(List<ZoomReport.Join> joins, List<KnownPerson> people,
            Map<String, Reconciliation.Alias> aliases) {
        return Reconciliation.reconcile(Reconciliation.sightings(joins), people, aliases, Set.of());
    }

    private static Attendee named(List<Attendee> attendees, String name) {
        return attendees.stream().filter(a -> a.names().contains(name)).findFirst().orElseThrow(
                () -> new AssertionError(name + " not among " + attendees));
    }

    @Test
    void reconcilesByEmailThenNamesRegistrantsFirst() {
        List<Attendee> attendees = reconcile(List.of(
                join("Olena K (she/her)", "olena@example.org", 0, 40),
                join("Olena K (she/her)", "olena@example.org", 42, 120),
                join("Sofia R", "sofia.ramirez@example.org", 5, 100),
                join("Yusuf Amina", null, 0, 120),
                join("محمد علي", null, 10, 80),
                join("Kwame", null, 0, 120),
                join("Galaxy A12", null, 3, 9)), PEOPLE, Map.of());

        Attendee olena = named(attendees, "Olena K");
        assertEquals(Status.MATCHED, olena.status());
        assertEquals(OLENA, olena.match().person());
        assertEquals("email", olena.match().matchedOn());
        assertEquals(118, olena.presence().minutes());
        assertEquals(2, olena.presence().joins());

        Attendee sofia = named(attendees, "Sofia R");
        assertEquals(GUEST, sofia.match().person());
        assertEquals("email", sofia.match().matchedOn());

        Attendee amina = named(attendees, "Yusuf Amina");
        assertEquals(AMINA, amina.match().person());
        assertEquals("word-order", amina.match().similarity());

        Attendee mohamed = named(attendees, "محمد علي");
        assertEquals(Status.MATCHED, mohamed.status());
        assertEquals(MOHAMED, mohamed.match().person());
        assertEquals("transliteration", mohamed.match().similarity());

        // the registrant Kwame Mensah is displayed as "Kwame": registrants first, but two Kwames are close
        Attendee kwame = named(attendees, "Kwame");
        assertEquals(Status.MATCHED, kwame.status(), "the registrant's display name is exactly Kwame");
        assertEquals(KWAME, kwame.match().person());

        Attendee phone = named(attendees, "Galaxy A12");
        assertEquals(Status.UNMATCHED, phone.status());
        assertNull(phone.match());
        assertTrue(phone.candidates().isEmpty());
        assertEquals(Reconciliation.key(null, "galaxy  A12!"), phone.key());
    }

    @Test
    void closeCandidatesAreAmbiguousAndOfferedBestFirst() {
        KnownPerson aminaYeboah = person(true, "Amina Yeboah", "AYeboah", "Amina Yeboah", null);
        List<Attendee> attendees = reconcile(List.of(join("Amina Y.", null, 0, 100)),
                List.of(AMINA, aminaYeboah, KWAME), Map.of());
        Attendee amina = attendees.get(0);
        assertEquals(Status.AMBIGUOUS, amina.status());
        assertEquals(List.of(AMINA, aminaYeboah).stream().map(KnownPerson::participantId).sorted().toList(),
                amina.candidates().stream().map(o -> o.person().participantId()).sorted().toList());
        assertEquals("initials", amina.candidates().get(0).similarity());
    }

    @Test
    void aRememberedAliasMatchesByItselfInTheSpaceItWasConfirmedIn() {
        Map<String, Reconciliation.Alias> aliases = Map.of("galaxy a12",
                new Reconciliation.Alias(KWAME_ASANTE.participantId(), null, true));
        Attendee phone = reconcile(List.of(join("Galaxy A12", null, 0, 100)), PEOPLE, aliases).get(0);
        assertEquals(Status.MATCHED, phone.status());
        assertEquals(KWAME_ASANTE, phone.match().person());
        assertEquals("alias", phone.match().matchedOn());
    }

    @Test
    void aNameConfirmedInAnotherSpaceStandsByItselfOnlyWhereItIsUnambiguous() {
        KnownPerson bello = KnownPerson.of(UUID.randomUUID(), null, null, "SadamB", "Sadam Bello", null);
        KnownPerson muhammad = KnownPerson.of(UUID.randomUUID(), UUID.randomUUID(), "Sadam Muhammad", "SadamM",
                "Sadam Muhammad", null);
        ZoomReport.Join sadam = join("Sadam", null, 0, 100);
        Map<String, Reconciliation.Alias> elsewhere = Map.of("sadam",
                new Reconciliation.Alias(bello.participantId(), null, false));

        // here only Sadam Muhammad registered: Sadam Bello is offered first, not applied
        Attendee seen = reconcile(List.of(sadam), List.of(bello, muhammad), elsewhere).get(0);
        assertEquals(Status.AMBIGUOUS, seen.status());
        assertEquals(bello, seen.candidates().get(0).person());
        assertEquals("alias", seen.candidates().get(0).matchedOn());
        assertEquals(muhammad, seen.candidates().get(1).person());
        // where no one else is alike to the name, it stands by itself; confirmed here, it stands whoever is alike
        assertEquals(bello, reconcile(List.of(sadam), List.of(bello), elsewhere).get(0).match().person());
        assertEquals(bello, reconcile(List.of(sadam), List.of(bello, muhammad),
                Map.of("sadam", new Reconciliation.Alias(bello.participantId(), null, true))).get(0).match().person());

        // a device's name names no one: confirmed elsewhere, it is only offered, even with no one alike
        Map<String, Reconciliation.Alias> phone = Map.of("galaxy a12",
                new Reconciliation.Alias(KWAME_ASANTE.participantId(), null, false));
        Attendee device = reconcile(List.of(join("Galaxy A12", null, 0, 100)), PEOPLE, phone).get(0);
        assertEquals(Status.AMBIGUOUS, device.status());
        assertEquals(KWAME_ASANTE, device.candidates().get(0).person());
        // an e-mail confirmed anywhere is the person
        Map<String, Reconciliation.Alias> mail = Map.of("email:sadam@example.org",
                new Reconciliation.Alias(bello.participantId(), null, false));
        assertEquals(bello, reconcile(List.of(join("Sadam", "sadam@example.org", 0, 100)), List.of(bello, muhammad),
                mail).get(0).match().person());
    }

    @Test
    void hostsAreReconciledToNoOne() {
        List<Attendee> attendees = Reconciliation.reconcile(Reconciliation.sightings(List.of(
                join("Let's Connect Host", "host@example.org", -10, 130), join("Amina Yusuf", null, 0, 60))), PEOPLE,
                Map.of(), Set.of("host@example.org"));
        assertEquals(List.of(Status.MATCHED, Status.HOST), attendees.stream().map(Attendee::status).toList());
        assertEquals(null, attendees.get(1).match());
        assertEquals(List.of(), attendees.get(1).candidates());
    }

    @Test
    void aNameOfNoLettersIsKeyedAndRememberedAsWritten() {
        ZoomReport.Join fox = join("🦊 ✨", null, 0, 10);
        assertEquals(Reconciliation.key(null, " 🦊 ✨"), Reconciliation.key(null, fox.name().shown()));
        assertFalse(Reconciliation.key(null, "🦊").equals(Reconciliation.key(null, "🦊 ✨")));
        assertEquals(List.of("🦊 ✨"), Reconciliation.aliasKeys(List.of(fox.name()), null));
        Map<String, Reconciliation.Alias> aliases = Map.of("🦊 ✨",
                new Reconciliation.Alias(KWAME_ASANTE.participantId(), null, true));
        assertEquals(KWAME_ASANTE, reconcile(List.of(fox), PEOPLE, aliases).get(0).match().person());
        assertEquals(List.of("email:sofia@example.org", "sofia r", "sofia ramirez"), Reconciliation.aliasKeys(
                List.of(ZoomName.parse("Sofia R (Sofía Ramírez)")), "sofia@example.org"));
    }

    @Test
    void twoIdentitiesOfOnePersonBecomeOneAttendee() {
        List<Attendee> attendees = reconcile(List.of(
                join("Amina Yusuf", null, 0, 60),
                join("Amina Yusuf (iPhone)", "amina@example.org", 50, 120)),
                List.of(
                        KnownPerson.of(AMINA.participantId(), AMINA.registrationId(), "Amina Yusuf", "AminaYusuf",
                                "Amina Yusuf", "amina@example.org")),
                Map.of());
        assertEquals(1, attendees.size());
        assertEquals(120, attendees.get(0).presence().minutes());
        assertEquals(List.of("Amina Yusuf", "Amina Yusuf (iPhone)"), attendees.get(0).names(), "first joined first");
        assertEquals(Reconciliation.key(null, "Amina Yusuf"), attendees.get(0).key());
        assertTrue(attendees.get(0).key().matches("[0-9a-f]{64}"), "the key names nobody");
    }
}
