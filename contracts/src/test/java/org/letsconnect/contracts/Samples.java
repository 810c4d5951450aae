package org.letsconnect.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.letsconnect.contracts.clinic.AttendanceRecorded;
import org.letsconnect.contracts.clinic.AttendanceRetracted;
import org.letsconnect.contracts.clinic.BadgeAwarded;
import org.letsconnect.contracts.clinic.BadgeWithdrawn;
import org.letsconnect.contracts.clinic.FeedbackSubmitted;
import org.letsconnect.contracts.clinic.GuestContact;
import org.letsconnect.contracts.clinic.MilestoneDue;
import org.letsconnect.contracts.clinic.RegistrationCancelled;
import org.letsconnect.contracts.clinic.RegistrationCreated;
import org.letsconnect.contracts.clinic.RegistrationLinked;
import org.letsconnect.contracts.clinic.RegistrationPromoted;
import org.letsconnect.contracts.clinic.ResourcePublished;
import org.letsconnect.contracts.clinic.SpaceMeeting;
import org.letsconnect.contracts.clinic.SpaceStates;
import org.letsconnect.contracts.clinic.SpaceSummary;
import org.letsconnect.contracts.clinic.SpaceTransitioned;
import org.letsconnect.contracts.matching.ConnectionAccepted;
import org.letsconnect.contracts.matching.ConnectionCancelled;
import org.letsconnect.contracts.matching.ConnectionCompleted;
import org.letsconnect.contracts.matching.ConnectionDeclined;
import org.letsconnect.contracts.matching.ConnectionExpired;
import org.letsconnect.contracts.matching.ConnectionFeedbackSubmitted;
import org.letsconnect.contracts.matching.ConnectionOpened;
import org.letsconnect.contracts.matching.ConnectionProposed;
import org.letsconnect.contracts.matching.ConnectionRequested;
import org.letsconnect.contracts.matching.ConnectionScheduled;
import org.letsconnect.contracts.matching.RoundCompleted;
import org.letsconnect.contracts.notification.DeliveryFailed;
import org.letsconnect.contracts.notification.DeliverySent;
import org.letsconnect.contracts.registry.ContactChanged;
import org.letsconnect.contracts.registry.LanguageSkill;
import org.letsconnect.contracts.registry.MovementRoles;
import org.letsconnect.contracts.registry.ParticipantErased;
import org.letsconnect.contracts.registry.ParticipantProfile;
import org.letsconnect.contracts.registry.ProfileBadge;
import org.letsconnect.contracts.registry.Regions;
import org.letsconnect.contracts.registry.RoleChanged;

/** One realistic sample payload per event type. */
public final class Samples {

    public static final String PARTICIPANT = "3f2b8c1e-5a4d-4e6f-9b7a-2c1d0e9f8a7b";
    public static final String SHARER = "8a7b6c5d-4e3f-4a1b-9c8d-7e6f5a4b3c2d";
    public static final String SPACE = "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e";
    public static final String SUBJECT = "58123456";
    static final Instant T = Instant.parse("2025-03-07T14:00:00Z");

    private Samples() {
    }

    public static ParticipantProfile profile() {
        return new ParticipantProfile(PARTICIPANT, SUBJECT, "Ngozi Okafor", "Ngozi Okafor", "she/her",
                Regions.SUB_SAHARAN_AFRICA, "NG", "Africa/Lagos",
                List.of(new LanguageSkill("en", LanguageSkill.ADVANCED), new LanguageSkill("ig", LanguageSkill.NATIVE),
                        new LanguageSkill("pt-br", LanguageSkill.BASIC)),
                List.of("Wikimedia User Group Nigeria"), MovementRoles.VOLUNTEER_ORGANIZER, 2017,
                List.of("en.wikipedia", "wikidata", "commons"),
                "Organizo maratonas de edição — e ensino Wikidata em igbo.",
                List.of("Q2013", "Q565"), List.of("Q263"), true, 2, ParticipantProfile.VISIBILITY_PUBLIC, "en",
                List.of(new ProfileBadge("clinic-attendee", T.minusSeconds(86_400), SPACE)),
                Instant.parse("2024-11-02T09:15:30.123Z"), T);
    }

    public static SpaceSummary space() {
        Map<String, String> titles = new LinkedHashMap<>();
        titles.put("en", "Grant proposals that get funded");
        titles.put("pt-br", "Propostas de financiamento que são aprovadas");
        titles.put("ar", "كتابة مقترحات المنح الناجحة");
        return new SpaceSummary(SPACE, SpaceSummary.LEARNING_CLINIC, titles,
                Map.of("en", "How to write a grant proposal.", "ar", "كيف تكتب مقترح منحة؟"),
                List.of("Q2013"), "en", List.of("ar", "pt-br", "fr"), Regions.MIDDLE_EAST_NORTH_AFRICA,
                Instant.parse("2025-04-10T14:00:00Z"), Instant.parse("2025-04-10T16:00:00Z"), "Africa/Cairo", 45,
                List.of(SHARER), List.of(PARTICIPANT), null, SpaceStates.OPEN_FOR_REGISTRATION);
    }

    /** A sample payload of the given type. */
    public static Object of(EventType type) {
        return switch (type) {
            case PARTICIPANT_REGISTERED, PARTICIPANT_UPDATED -> profile();
            case PARTICIPANT_ERASED -> new ParticipantErased(PARTICIPANT, SUBJECT, T);
            case CONTACT_CHANGED -> new ContactChanged(PARTICIPANT, SUBJECT, "ngozi.okafor@example.org", "en",
                    "Africa/Lagos", T);
            case ROLE_CHANGED -> new RoleChanged(SUBJECT, "Ngozi Okafor", List.of(RoleChanged.ORGANIZER), "12345", T);
            case SPACE_CREATED, SPACE_UPDATED -> space();
            case SPACE_TRANSITIONED -> new SpaceTransitioned(SPACE, SpaceStates.OPEN_FOR_REGISTRATION,
                    SpaceStates.RESCHEDULED, 2, "Conflito com a Wikimania — adiado uma semana", T);
            case REGISTRATION_CREATED -> new RegistrationCreated("5d6e7f80-1a2b-4c3d-8e4f-5a6b7c8d9e0f", SPACE, null,
                    true, RegistrationCreated.WAITLISTED, 3, T);
            case REGISTRATION_CANCELLED -> new RegistrationCancelled("6e7f8091-2b3c-4d4e-9f50-6b7c8d9e0f1a", SPACE,
                    PARTICIPANT, false, RegistrationCreated.CONFIRMED, T);
            case REGISTRATION_PROMOTED -> new RegistrationPromoted("5d6e7f80-1a2b-4c3d-8e4f-5a6b7c8d9e0f", SPACE, null,
                    true, T);
            case REGISTRATION_LINKED -> new RegistrationLinked("6e7f8091-2b3c-4d4e-9f50-6b7c8d9e0f1a", SPACE, PARTICIPANT,
                    RegistrationCreated.WAITLISTED, 2, T);
            case ATTENDANCE_RECORDED -> new AttendanceRecorded(SPACE, PARTICIPANT, "6e7f8091-2b3c-4d4e-9f50-6b7c8d9e0f1a",
                    104, true, Instant.parse("2025-04-10T13:58:12Z"), Instant.parse("2025-04-10T15:55:40Z"));
            case ATTENDANCE_RETRACTED -> new AttendanceRetracted(SPACE, PARTICIPANT,
                    "6e7f8091-2b3c-4d4e-9f50-6b7c8d9e0f1a", AttendanceRetracted.REPORT_CORRECTED, T);
            case FEEDBACK_SUBMITTED -> new FeedbackSubmitted("7f8091a2-3c4d-4e5f-a061-7c8d9e0f1a2b", SPACE, null, true,
                    5, T);
            case RESOURCE_PUBLISHED -> new ResourcePublished(SPACE, "8091a2b3-4d5e-4f60-b172-8d9e0f1a2b3c",
                    ResourcePublished.SUMMARY, "ar",
                    "https://meta.wikimedia.org/wiki/Let%27s_Connect/Learning_Clinics/Grant_proposals/ar",
                    "ملخص: كتابة مقترحات المنح", T);
            case BADGE_AWARDED -> new BadgeAwarded("91a2b3c4-5e6f-4071-8283-9e0f1a2b3c4d", PARTICIPANT, "sharer", SPACE,
                    T);
            case BADGE_WITHDRAWN -> new BadgeWithdrawn("a2b3c4d5-6f70-4182-9394-0f1a2b3c4d5e", PARTICIPANT,
                    "clinic-attendee", SPACE, BadgeWithdrawn.ATTENDANCE_RETRACTED, T);
            case MILESTONE_DUE -> new MilestoneDue(SPACE, MilestoneDue.CONTENT_REVIEW, LocalDate.of(2025, 3, 27), false);
            case GUEST_CONTACT_CHANGED -> new GuestContact(GUEST_REGISTRATION, SPACE, "Amina Yusuf",
                    "amina.yusuf@example.org", "ha", "Africa/Lagos", T);
            case MEETING_CHANGED -> new SpaceMeeting(SPACE, "https://wikimedia.zoom.us/j/123456789", T);
            case CONNECTION_REQUESTED -> new ConnectionRequested(CONNECTION, PARTICIPANT, SHARER, "Q2013", "requested",
                    null, T, SPACE);
            case CONNECTION_ACCEPTED -> new ConnectionAccepted(CONNECTION, PARTICIPANT, SHARER, "Q2013", "accepted", T);
            case CONNECTION_DECLINED -> new ConnectionDeclined(CONNECTION, PARTICIPANT, SHARER, "Q2013", "declined",
                    "unavailable", T, NEXT_SHARER);
            case CONNECTION_SCHEDULED -> new ConnectionScheduled(CONNECTION, PARTICIPANT, SHARER, "Q2013", "scheduled",
                    Instant.parse("2025-03-14T17:30:00Z"), "America/Sao_Paulo", T);
            case CONNECTION_COMPLETED -> new ConnectionCompleted(CONNECTION, PARTICIPANT, SHARER, "Q2013", "completed",
                    T);
            case CONNECTION_OPENED -> new ConnectionOpened(CONNECTION, PARTICIPANT, "Q2013", "open", T);
            case CONNECTION_PROPOSED -> new ConnectionProposed(CONNECTION, PARTICIPANT, SHARER, "Q2013", "proposed",
                    null, ConnectionProposed.BY_ORGANIZER, T, "Wikimedia Ghana", "Wikimedia Nigeria");
            case CONNECTION_EXPIRED -> new ConnectionExpired(CONNECTION, PARTICIPANT, SHARER, "Q2013", "expired",
                    NEXT_SHARER, T);
            case CONNECTION_CANCELLED -> new ConnectionCancelled(CONNECTION, PARTICIPANT, null, "Q2013", "cancelled",
                    ConnectionCancelled.BY_SYSTEM, "matched-elsewhere", T);
            case CONNECTION_FEEDBACK_SUBMITTED -> new ConnectionFeedbackSubmitted(CONNECTION, PARTICIPANT, SHARER,
                    "Q2013", ConnectionFeedbackSubmitted.LEARNER, true, 5, T);
            case ROUND_COMPLETED -> new RoundCompleted(ROUND, 17, 4, T);
            case DELIVERY_SENT -> new DeliverySent(NOTIFICATION, PARTICIPANT, DeliverySent.EMAIL, "clinic-reminder",
                    "pt-br", T);
            case DELIVERY_FAILED -> new DeliveryFailed(NOTIFICATION, PARTICIPANT, DeliverySent.EMAIL, "clinic-reminder",
                    "ar", T, "smtp-rejected");
        };
    }

    static final String GUEST_REGISTRATION = "5d6e7f80-1a2b-4c3d-8e4f-5a6b7c8d9e0f";
    static final String CONNECTION = "a2b3c4d5-6f70-4182-9394-0f1a2b3c4d5e";
    static final String NEXT_SHARER = "e6f70819-a3b4-45c6-97d8-4d5e6f708192";
    static final String ROUND = "b3c4d5e6-7081-4293-a4a5-1a2b3c4d5e6f";
    static final String NOTIFICATION = "c4d5e6f7-8192-43a4-b5b6-2b3c4d5e6f70";

    /** A sample event of the given type with a fixed id and time. */
    public static CloudEvent<Object> event(EventType type) {
        Object data = of(type);
        return CloudEvent.of(type, "d5e6f708-92a3-44b5-86c7-3c4d5e6f7081", type.aggregateId(data), T, data);
    }
}
