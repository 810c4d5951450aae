package org.letsconnect.notification.template;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.letsconnect.contracts.EventType;
import org.letsconnect.contracts.clinic.SpaceMeeting;
import org.letsconnect.contracts.clinic.SpaceStates;
import org.letsconnect.contracts.clinic.SpaceSummary;
import org.letsconnect.notification.NotificationTest;
import org.letsconnect.notification.notification.Notification;
import org.letsconnect.notification.recipient.Addressee;
import org.letsconnect.notification.recipient.RecipientKind;
import org.letsconnect.notification.rule.Templates;
import org.letsconnect.notification.space.KnownSpace;
import org.letsconnect.testkit.WithTestInfrastructure;

import io.quarkus.test.junit.QuarkusTest;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/** Notifications put into words: language and direction, the reader's zone, escaping, invitations, fallback. */
@QuarkusTest
@WithTestInfrastructure
class NotificationRendererTest extends NotificationTest {

    /** Friday 5 December 2025, 15:00 UTC: 16:00 in Lagos, 17:00 in Cairo, 20:30 in Kolkata. */
    private static final Instant START = Instant.parse("2025-12-05T15:00:00Z");

    @Inject
    NotificationRenderer renderer;

    @Test
    void aFrenchReaderGetsFrenchTextsWithTheTimeInTheirZoneAndTheEscapedTitle() {
        UUID spaceId = knownSpace("<b>Wikidata</b> & Lua", SpaceStates.OPEN_FOR_REGISTRATION, null);
        RenderedMessage message = render(notification(Templates.CLINIC_OUTREACH, "outreach", spaceId, Map.of()),
                reader("fr", "Africa/Lagos"));

        assertEquals("fr", message.language());
        assertTrue(message.subject().contains("<b>Wikidata</b> & Lua (fr)"), message.subject());
        assertTrue(message.html().startsWith("<!DOCTYPE html>\n<html lang=\"fr\" dir=\"ltr\">"), message.html());
        assertTrue(message.html().contains("&lt;b&gt;Wikidata&lt;/b&gt; &amp; Lua"), "user text escaped");
        assertFalse(message.html().contains("<b>Wikidata"), "never raw");
        assertTrue(message.text().contains("16:00"), "16:00 in Lagos: " + message.text());
        assertTrue(message.text().contains("5 décembre 2025"), message.text());
        assertTrue(message.text().contains("heure normale d’Afrique de l’Ouest"), "the zone named: " + message.text());
        assertTrue(message.text().contains("anglais"), "the session language in French: " + message.text());
        assertFalse(message.text().contains("⧼"), "no missing message: " + message.text());
        assertNull(message.invitation());
        // the inbox, Telegram and the talk page get the content without the mail's greeting and footer
        assertTrue(message.text().contains(message.summary().lines().findFirst().orElseThrow()), message.summary());
        assertFalse(message.summary().contains("/api/v1/unsubscribe/"), message.summary());
        assertFalse(message.summary().contains("Reader"), "no greeting: " + message.summary());
    }

    @Test
    void anArabicReaderGetsRightToLeftMail() {
        UUID spaceId = knownSpace("Grant proposals", SpaceStates.OPEN_FOR_REGISTRATION, null);
        RenderedMessage message = render(notification(Templates.REMINDER_DAY, "reminders", spaceId, Map.of()),
                reader("ar", "Africa/Cairo"));
        assertEquals("rtl", message.direction());
        assertTrue(message.html().contains("<html lang=\"ar\" dir=\"rtl\">"), message.html());
        assertTrue(message.html().contains("lang=\"ar\" dir=\"rtl\" style="), "the wrapper too");
        assertTrue(message.html().contains("text-align:right"), message.html());
    }

    @Test
    void aLanguageWithoutTranslationsFallsBackAlongTheChainAndNeverFails() {
        UUID spaceId = knownSpace("Grant proposals", SpaceStates.OPEN_FOR_REGISTRATION, null);
        RenderedMessage message = render(notification(Templates.REGISTRATION_WAITLISTED, "registration", spaceId,
                Map.of("position", 3)), reader("de-ch", "Europe/Zurich"));
        assertEquals("en", message.language(), "de-ch → de → en: there is no German file");
        assertTrue(message.text().contains("number 3 on the waitlist"), message.text());
        assertFalse(message.text().contains("⧼"));
    }

    @Test
    void aConfirmationCarriesARequestWithTheSpacesUidAndSequenceAndACancellationACancel() throws Exception {
        UUID spaceId = knownSpace("Commons uploads", SpaceStates.OPEN_FOR_REGISTRATION,
                "https://wikimedia.zoom.us/j/123");
        Addressee reader = reader("en", "Asia/Kolkata");

        RenderedMessage confirmed = render(
                notification(Templates.REGISTRATION_CONFIRMED, "registration", spaceId, Map.of()), reader);
        assertEquals("REQUEST", confirmed.invitation().method());
        Calendar request = new CalendarBuilder().build(new StringReader(confirmed.invitation().ics()));
        assertEquals("REQUEST", request.getProperty(Property.METHOD).orElseThrow().getValue());
        VEvent event = request.<VEvent> getComponent("VEVENT").orElseThrow();
        assertEquals(spaceId + "@letsconnect.wikimedia.org", event.getProperty(Property.UID).orElseThrow().getValue());
        assertEquals("0", event.getProperty(Property.SEQUENCE).orElseThrow().getValue());
        assertTrue(event.getProperty(Property.ORGANIZER).isPresent(), "iMIP needs an organizer");
        assertEquals("mailto:" + reader.email(), event.getProperty(Property.ATTENDEE).orElseThrow().getValue());
        assertEquals("https://wikimedia.zoom.us/j/123", event.getProperty(Property.LOCATION).orElseThrow().getValue());
        assertTrue(confirmed.text().contains("8:30"), "20:30 in Kolkata: " + confirmed.text());

        Map<String, Object> invited = new LinkedHashMap<>();
        invited.put("invite", true);
        invited.put("reason", "The sharer <fell> ill");
        RenderedMessage cancelled = render(notification(Templates.SPACE_CANCELLED, "registration", spaceId, invited),
                reader);
        assertEquals("CANCEL", cancelled.invitation().method());
        Calendar cancel = new CalendarBuilder().build(new StringReader(cancelled.invitation().ics()));
        VEvent cancelledEvent = cancel.<VEvent> getComponent("VEVENT").orElseThrow();
        assertEquals("CANCELLED", cancelledEvent.getProperty(Property.STATUS).orElseThrow().getValue());
        assertEquals(spaceId + "@letsconnect.wikimedia.org",
                cancelledEvent.getProperty(Property.UID).orElseThrow().getValue());
        assertTrue(cancelled.html().contains("The sharer &lt;fell&gt; ill"), cancelled.html());
    }

    @Test
    void aReminderToAConfirmedRegistrantCarriesTheMeetingLink() {
        UUID withLink = knownSpace("Commons uploads", SpaceStates.OPEN_FOR_REGISTRATION,
                "https://wikimedia.zoom.us/j/456");
        RenderedMessage reminder = render(notification(Templates.REMINDER_HOUR, "reminders", withLink, Map.of()),
                reader("en", "UTC"));
        assertTrue(reminder.html().contains("href=\"https://wikimedia.zoom.us/j/456\""), reminder.html());
        assertTrue(reminder.text().contains("https://wikimedia.zoom.us/j/456"), reminder.text());
        assertTrue(reminder.subject().startsWith("In one hour: "), reminder.subject());
    }

    @Test
    void milestonesAndBadgesAreNamedInTheReadersLanguage() {
        UUID spaceId = knownSpace("Lua modules", SpaceStates.IN_PREPARATION, null);
        RenderedMessage milestone = render(notification(Templates.MILESTONE_OVERDUE, "milestones", spaceId,
                Map.of("milestone", "dry-run", "dueOn", LocalDate.of(2025, 12, 2).toString())), reader("en", "UTC"));
        assertTrue(milestone.subject().contains("Dry run"), milestone.subject());
        assertTrue(milestone.text().contains("December 2, 2025"), milestone.text());
        RenderedMessage badge = render(notification(Templates.BADGE_AWARDED, "badges", null,
                Map.of("badge", "regular-10")), reader("en", "UTC"));
        assertTrue(badge.subject().contains("Regular: 10 sessions"), badge.subject());
    }

    private RenderedMessage render(Notification notification, Addressee addressee) {
        return inSession(() -> renderer.render(notification, addressee));
    }

    private UUID knownSpace(String title, String state, String meetingLink) {
        UUID spaceId = UUID.randomUUID();
        publishSpace(EventType.SPACE_CREATED, new SpaceSummary(spaceId.toString(), SpaceSummary.LEARNING_CLINIC,
                Map.of("en", title, "fr", title + " (fr)"), Map.of(), List.of("Q5596756"), "en", List.of(), null, START,
                START.plusSeconds(7200), "Africa/Lagos", 45, List.of(), List.of(), null, state));
        if (meetingLink != null) {
            events.publish(EventType.MEETING_CHANGED, new SpaceMeeting(spaceId.toString(), meetingLink, Instant.now()));
            await().atMost(WAIT).until(() -> meetingLink
                    .equals(inSession(() -> KnownSpace.<KnownSpace> findById(spaceId)).meetingLink));
        }
        return spaceId;
    }

    private static Notification notification(String template, String category, UUID spaceId,
            Map<String, Object> params) {
        Notification notification = new Notification();
        notification.id = UUID.randomUUID();
        notification.template = template;
        notification.category = category;
        notification.spaceId = spaceId;
        notification.recipientKind = "participant";
        notification.params = new LinkedHashMap<>(params);
        return notification;
    }

    private static Addressee reader(String language, String timeZone) {
        UUID id = UUID.randomUUID();
        return new Addressee(RecipientKind.PARTICIPANT, id, id, "Reader", language, timeZone,
                "reader-" + id + "@example.org");
    }
}
