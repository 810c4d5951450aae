package org.letsconnect.contracts;

import java.util.Objects;
import java.util.function.Function;

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
import org.letsconnect.contracts.registry.ParticipantErased;
import org.letsconnect.contracts.registry.ParticipantProfile;
import org.letsconnect.contracts.registry.RoleChanged;

/**
 * The event catalogue: one constant per CloudEvent type. The Kafka record key and the CloudEvent
 * {@code subject} are the aggregate id ({@link #aggregateId(Object)}).
 */
public enum EventType {

    // registry ---------------------------------------------------------------------------------------------
    PARTICIPANT_REGISTERED("registry", "participant", "registered", Topics.REGISTRY_PARTICIPANTS, "participant",
            ParticipantProfile.class, ParticipantProfile::participantId),
    PARTICIPANT_UPDATED("registry", "participant", "updated", Topics.REGISTRY_PARTICIPANTS, "participant",
            ParticipantProfile.class, ParticipantProfile::participantId),
    PARTICIPANT_ERASED("registry", "participant", "erased", Topics.REGISTRY_PARTICIPANTS, "participant",
            ParticipantErased.class, ParticipantErased::participantId),
    CONTACT_CHANGED("registry", "contact", "changed", Topics.REGISTRY_CONTACTS, "participant",
            ContactChanged.class, ContactChanged::participantId),
    ROLE_CHANGED("registry", "role", "changed", Topics.REGISTRY_ROLES, "subject",
            RoleChanged.class, RoleChanged::subject),

    // clinic -----------------------------------------------------------------------------------------------
    SPACE_CREATED("clinic", "space", "created", Topics.CLINIC_EVENTS, "space",
            SpaceSummary.class, SpaceSummary::spaceId),
    SPACE_UPDATED("clinic", "space", "updated", Topics.CLINIC_EVENTS, "space",
            SpaceSummary.class, SpaceSummary::spaceId),
    SPACE_TRANSITIONED("clinic", "space", "transitioned", Topics.CLINIC_EVENTS, "space",
            SpaceTransitioned.class, SpaceTransitioned::spaceId),
    REGISTRATION_CREATED("clinic", "registration", "created", Topics.CLINIC_EVENTS, "space",
            RegistrationCreated.class, RegistrationCreated::spaceId),
    REGISTRATION_CANCELLED("clinic", "registration", "cancelled", Topics.CLINIC_EVENTS, "space",
            RegistrationCancelled.class, RegistrationCancelled::spaceId),
    REGISTRATION_PROMOTED("clinic", "registration", "promoted", Topics.CLINIC_EVENTS, "space",
            RegistrationPromoted.class, RegistrationPromoted::spaceId),
    REGISTRATION_LINKED("clinic", "registration", "linked", Topics.CLINIC_EVENTS, "space",
            RegistrationLinked.class, RegistrationLinked::spaceId),
    ATTENDANCE_RECORDED("clinic", "attendance", "recorded", Topics.CLINIC_EVENTS, "space",
            AttendanceRecorded.class, AttendanceRecorded::spaceId),
    ATTENDANCE_RETRACTED("clinic", "attendance", "retracted", Topics.CLINIC_EVENTS, "space",
            AttendanceRetracted.class, AttendanceRetracted::spaceId),
    FEEDBACK_SUBMITTED("clinic", "feedback", "submitted", Topics.CLINIC_EVENTS, "space",
            FeedbackSubmitted.class, FeedbackSubmitted::spaceId),
    RESOURCE_PUBLISHED("clinic", "resource", "published", Topics.CLINIC_EVENTS, "space",
            ResourcePublished.class, ResourcePublished::spaceId),
    BADGE_AWARDED("clinic", "badge", "awarded", Topics.CLINIC_EVENTS, "participant",
            BadgeAwarded.class, BadgeAwarded::participantId),
    BADGE_WITHDRAWN("clinic", "badge", "withdrawn", Topics.CLINIC_EVENTS, "participant",
            BadgeWithdrawn.class, BadgeWithdrawn::participantId),
    MILESTONE_DUE("clinic", "milestone", "due", Topics.CLINIC_EVENTS, "space",
            MilestoneDue.class, MilestoneDue::spaceId),
    GUEST_CONTACT_CHANGED("clinic", "guest-contact", "changed", Topics.CLINIC_GUESTS, "registration",
            GuestContact.class, GuestContact::registrationId),
    MEETING_CHANGED("clinic", "meeting", "changed", Topics.CLINIC_MEETINGS, "space",
            SpaceMeeting.class, SpaceMeeting::spaceId),

    // matching ---------------------------------------------------------------------------------------------
    CONNECTION_REQUESTED("matching", "connection", "requested", Topics.MATCHING_EVENTS, "connection",
            ConnectionRequested.class, ConnectionRequested::connectionId),
    CONNECTION_ACCEPTED("matching", "connection", "accepted", Topics.MATCHING_EVENTS, "connection",
            ConnectionAccepted.class, ConnectionAccepted::connectionId),
    CONNECTION_DECLINED("matching", "connection", "declined", Topics.MATCHING_EVENTS, "connection",
            ConnectionDeclined.class, ConnectionDeclined::connectionId),
    CONNECTION_SCHEDULED("matching", "connection", "scheduled", Topics.MATCHING_EVENTS, "connection",
            ConnectionScheduled.class, ConnectionScheduled::connectionId),
    CONNECTION_COMPLETED("matching", "connection", "completed", Topics.MATCHING_EVENTS, "connection",
            ConnectionCompleted.class, ConnectionCompleted::connectionId),
    CONNECTION_OPENED("matching", "connection", "opened", Topics.MATCHING_EVENTS, "connection",
            ConnectionOpened.class, ConnectionOpened::connectionId),
    CONNECTION_PROPOSED("matching", "connection", "proposed", Topics.MATCHING_EVENTS, "connection",
            ConnectionProposed.class, ConnectionProposed::connectionId),
    CONNECTION_EXPIRED("matching", "connection", "expired", Topics.MATCHING_EVENTS, "connection",
            ConnectionExpired.class, ConnectionExpired::connectionId),
    CONNECTION_CANCELLED("matching", "connection", "cancelled", Topics.MATCHING_EVENTS, "connection",
            ConnectionCancelled.class, ConnectionCancelled::connectionId),
    CONNECTION_FEEDBACK_SUBMITTED("matching", "connection-feedback", "submitted", Topics.MATCHING_EVENTS,
            "connection", ConnectionFeedbackSubmitted.class, ConnectionFeedbackSubmitted::connectionId),
    ROUND_COMPLETED("matching", "round", "completed", Topics.MATCHING_EVENTS, "round",
            RoundCompleted.class, RoundCompleted::roundId),

    // notification -----------------------------------------------------------------------------------------
    DELIVERY_SENT("notification", "delivery", "sent", Topics.NOTIFICATION_EVENTS, "notification",
            DeliverySent.class, DeliverySent::notificationId),
    DELIVERY_FAILED("notification", "delivery", "failed", Topics.NOTIFICATION_EVENTS, "notification",
            DeliveryFailed.class, DeliveryFailed::notificationId);

    /** Classpath folder of the JSON Schemas. */
    public static final String SCHEMA_FOLDER = "/org/letsconnect/contracts/schemas/";
    /** Classpath path of the CloudEvents envelope schema. */
    public static final String CLOUDEVENT_SCHEMA = SCHEMA_FOLDER + "cloudevent.json";
    /** Classpath path of the AsyncAPI document. */
    public static final String ASYNCAPI = "/org/letsconnect/contracts/asyncapi.yaml";

    private final String service;
    private final String type;
    private final String topic;
    private final String aggregate;
    private final Class<?> payloadType;
    private final Function<Object, String> aggregateId;

    @SuppressWarnings("unchecked")
    <T> EventType(String service, String noun, String verb, String topic, String aggregate, Class<T> payloadType,
            Function<T, String> aggregateId) {
        this.service = service;
        this.type = "org.letsconnect." + service + "." + noun + "." + verb + ".v1";
        this.topic = topic;
        this.aggregate = aggregate;
        this.payloadType = payloadType;
        this.aggregateId = (Function<Object, String>) aggregateId;
    }

    /** The CloudEvent type, e.g. {@code org.letsconnect.registry.participant.registered.v1}. */
    public String type() {
        return type;
    }

    /** The Kafka topic the event is published on. */
    public String topic() {
        return topic;
    }

    /**
     * The aggregate type name ("participant", "subject", "space", "registration", "connection", "round",
     * "notification").
     */
    public String aggregate() {
        return aggregate;
    }

    /** The payload record ({@code data} of the CloudEvent). */
    public Class<?> payloadType() {
        return payloadType;
    }

    /** Classpath path of this type's JSON Schema. */
    public String schemaResource() {
        return SCHEMA_FOLDER + type + ".json";
    }

    /** The producing service: "registry", "clinic", "matching" or "notification". */
    public String service() {
        return service;
    }

    /** The CloudEvent {@code source}: {@code /<service>-service}. */
    public String source() {
        return "/" + service + "-service";
    }

    /** The aggregate id of a payload of this type: the CloudEvent {@code subject} and the Kafka record key. */
    public String aggregateId(Object payload) {
        Objects.requireNonNull(payload, "payload");
        if (!payloadType.isInstance(payload)) {
            throw new IllegalArgumentException(
                    name() + " carries " + payloadType.getName() + ", not " + payload.getClass().getName());
        }
        return aggregateId.apply(payload);
    }

    @Override
    public String toString() {
        return type;
    }
}
