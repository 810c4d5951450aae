package org.letsconnect.registry.participant;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.letsconnect.contracts.EventType;
import org.letsconnect.contracts.clinic.BadgeAwarded;
import org.letsconnect.contracts.clinic.BadgeWithdrawn;
import org.letsconnect.contracts.registry.ContactChanged;
import org.letsconnect.contracts.registry.LanguageSkill;
import org.letsconnect.contracts.registry.ParticipantErased;
import org.letsconnect.contracts.registry.ParticipantProfile;
import org.letsconnect.contracts.registry.ProfileBadge;
import org.letsconnect.platform.i18n.LanguageCode;
import org.letsconnect.platform.outbox.OutboxWriter;
import org.letsconnect.platform.security.Caller;
import org.letsconnect.registry.role.RoleService;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

/**
 * Registers, updates and erases participants. Every change and its events (whole public profile, contact data
 * on the restricted topic, tombstones on erasure) are written in one transaction through the outbox.
 */
@ApplicationScoped
public class ParticipantService {

    /** The outcome of {@code PUT /me}. */
    public record Saved(Participant participant, boolean created) {
    }

    private final ProfileValidator validator;
    private final OutboxWriter outbox;
    private final RoleService roles;
    private final Clock clock;

    public ParticipantService(ProfileValidator validator, OutboxWriter outbox, RoleService roles, Clock clock) {
        this.validator = validator;
        this.outbox = outbox;
        this.roles = roles;
        this.clock = clock;
    }

    @WithSession
    public Uni<Participant> findBySubject(String subject) {
        return Participant.findBySubject(subject);
    }

    @WithSession
    public Uni<Participant> findById(UUID id) {
        return Participant.findById(id);
    }

    /**
     * Creates the caller's profile on the first call and updates it later. A request that changes nothing
     * writes nothing and publishes nothing, so a client on a flaky connection may safely send it again.
     */
    @WithTransaction
    public Uni<Saved> save(Caller caller, ProfileRequest request) {
        validator.check(request);
        return Participant.findBySubject(caller.subject()).flatMap(existing -> {
            boolean created = existing == null;
            Participant participant = created ? newParticipant(caller) : existing;
            ParticipantProfile before = created ? null : toProfile(participant);
            String contactBefore = created ? null : contactKey(participant);
            apply(participant, request, caller.username());
            boolean profileChanged = created || !sameIgnoringTime(before, toProfile(participant));
            boolean contactChanged = created || !contactKey(participant).equals(contactBefore);
            if (!profileChanged && !contactChanged) {
                return Uni.createFrom().item(new Saved(participant, false));
            }
            participant.updatedAt = now();
            Uni<?> stored = created ? participant.persist() : Uni.createFrom().item(participant);
            return stored
                    .call(() -> profileChanged ? outbox.append(
                            created ? EventType.PARTICIPANT_REGISTERED : EventType.PARTICIPANT_UPDATED, toProfile(participant))
                            : Uni.createFrom().nullItem())
                    .call(() -> contactChanged ? outbox.append(EventType.CONTACT_CHANGED, toContact(participant))
                            : Uni.createFrom().nullItem())
                    .invoke(() -> Log.debugf("Participant %s %s", participant.id, created ? "registered" : "updated"))
                    .map(ignored -> new Saved(participant, created));
        });
    }

    /**
     * Removes the caller's profile and contact data and tells everyone to forget them: an erasure event, then
     * tombstones on the compacted participants and contacts topics. Answers false when there was no profile.
     */
    @WithTransaction
    public Uni<Boolean> erase(Caller caller) {
        return Participant.findBySubject(caller.subject()).flatMap(participant -> {
            if (participant == null) {
                return Uni.createFrom().item(false);
            }
            String id = participant.id.toString();
            return participant.delete()
                    .call(() -> outbox.append(EventType.PARTICIPANT_ERASED,
                            new ParticipantErased(id, participant.subject, now())))
                    .call(() -> outbox.appendTombstone(EventType.PARTICIPANT_ERASED, id))
                    .call(() -> outbox.appendTombstone(EventType.CONTACT_CHANGED, id))
                    .call(() -> roles.forget(participant.subject))
                    .invoke(() -> Log.debugf("Participant %s erased", id))
                    .replaceWith(true);
        });
    }

    /**
     * Shows a badge clinic-service awarded on the profile and publishes the changed profile. An award for a
     * participant this registry does not know (never registered here, or erased) is skipped, and so is one the
     * profile shows already. Runs in the caller's transaction: the consumer's, which records the event as applied.
     */
    public Uni<Void> showBadge(BadgeAwarded award) {
        UUID id = uuid(award.participantId());
        if (id == null) {
            return Uni.createFrom().voidItem();
        }
        return Participant.<Participant> findById(id).flatMap(participant -> {
            if (participant == null) {
                Log.debugf("Badge %s for unknown participant %s skipped", award.badge(), award.participantId());
                return Uni.createFrom().voidItem();
            }
            ProfileBadge badge = new ProfileBadge(award.badge(), award.awardedAt(), award.spaceId());
            if (participant.badges.stream().anyMatch(shown -> shown.code().equals(badge.code())
                    && Objects.equals(shown.spaceId(), badge.spaceId()))) {
                return Uni.createFrom().voidItem();
            }
            List<ProfileBadge> badges = new ArrayList<>(participant.badges);
            badges.add(badge);
            badges.sort(Comparator.comparing(ProfileBadge::awardedAt));
            participant.badges = badges;
            participant.updatedAt = now();
            return outbox.append(EventType.PARTICIPANT_UPDATED, toProfile(participant))
                    .replaceWithVoid();
        });
    }

    /**
     * Removes from the profile the award clinic-service withdrew and publishes the changed profile. The award is
     * matched as {@link #showBadge} keeps it, by code and space, so the same badge earned again in another space stays.
     * A withdrawal for an unknown or erased participant, or of an award the profile does not show, changes nothing.
     * Runs in the caller's transaction: the consumer's, which records the event as applied.
     */
    public Uni<Void> withdrawBadge(BadgeWithdrawn withdrawal) {
        UUID id = uuid(withdrawal.participantId());
        if (id == null) {
            return Uni.createFrom().voidItem();
        }
        return Participant.<Participant> findById(id).flatMap(participant -> {
            if (participant == null) {
                Log.debugf("Badge %s withdrawal for unknown participant %s skipped", withdrawal.badge(),
                        withdrawal.participantId());
                return Uni.createFrom().voidItem();
            }
            List<ProfileBadge> badges = participant.badges.stream()
                    .filter(shown -> !(shown.code().equals(withdrawal.badge())
                            && Objects.equals(shown.spaceId(), withdrawal.spaceId())))
                    .toList();
            if (badges.size() == participant.badges.size()) {
                return Uni.createFrom().voidItem();
            }
            participant.badges = new ArrayList<>(badges);
            participant.updatedAt = now();
            return outbox.append(EventType.PARTICIPANT_UPDATED, toProfile(participant))
                    .replaceWithVoid();
        });
    }

    static ParticipantProfile toProfile(Participant p) {
        return new ParticipantProfile(p.id.toString(), p.subject, p.username, p.displayName, p.pronouns, p.region,
                p.country, p.timeZone, List.copyOf(p.languages), List.copyOf(p.affiliations), p.movementRole,
                p.joinedYear, List.copyOf(p.projects), p.bio, List.copyOf(p.skillsToLearn),
                List.copyOf(p.skillsToShare), p.availableForConnections, p.maxConnections, p.visibility,
                p.notificationLanguage, List.copyOf(p.badges), p.registeredAt, p.updatedAt);
    }

    static ContactChanged toContact(Participant p) {
        return new ContactChanged(p.id.toString(), p.subject, p.email, p.notificationLanguage, p.timeZone,
                p.updatedAt);
    }

    private Participant newParticipant(Caller caller) {
        Participant participant = new Participant();
        participant.id = UUID.randomUUID();
        participant.subject = caller.subject();
        participant.registeredAt = now();
        return participant;
    }

    private static void apply(Participant p, ProfileRequest request, String username) {
        p.username = username;
        p.displayName = request.displayName().strip();
        p.pronouns = blankToNull(request.pronouns());
        p.region = request.region();
        p.country = request.country();
        p.timeZone = request.timeZone();
        List<LanguageSkill> languages = new ArrayList<>();
        request.languages().forEach(language -> languages.add(
                new LanguageSkill(LanguageCode.normalise(language.code()), language.level())));
        p.languages = languages;
        p.languageCodes = languages.stream().map(LanguageSkill::code).toList();
        p.affiliations = request.affiliationsOrEmpty().stream().map(String::strip).distinct().toList();
        p.movementRole = request.movementRole();
        p.joinedYear = request.joinedYear();
        p.projects = request.projectsOrEmpty().stream().map(String::strip).distinct().toList();
        p.bio = blankToNull(request.bio());
        p.skillsToLearn = request.skillsToLearnOrEmpty().stream().distinct().toList();
        p.skillsToShare = request.skillsToShareOrEmpty().stream().distinct().toList();
        p.availableForConnections = request.availableForConnections();
        p.maxConnections = request.availableForConnections() ? Math.max(1, request.maxConnections()) : 0;
        p.visibility = request.visibility() == null ? ParticipantProfile.VISIBILITY_MEMBERS : request.visibility();
        p.email = blankToNull(request.email());
        p.notificationLanguage = request.notificationLanguage() == null
                ? languages.get(0).code()
                : LanguageCode.normalise(request.notificationLanguage());
    }

    private static boolean sameIgnoringTime(ParticipantProfile before, ParticipantProfile after) {
        return before != null && Objects.equals(withoutTime(before), withoutTime(after));
    }

    private static ParticipantProfile withoutTime(ParticipantProfile p) {
        return new ParticipantProfile(p.participantId(), p.subject(), p.username(), p.displayName(), p.pronouns(),
                p.region(), p.country(), p.timeZone(), p.languages(), p.affiliations(), p.movementRole(),
                p.joinedYear(), p.projects(), p.bio(), p.skillsToLearn(), p.skillsToShare(),
                p.availableForConnections(), p.maxConnections(), p.visibility(), p.notificationLanguage(), p.badges(),
                null, null);
    }

    private static String contactKey(Participant p) {
        return p.email + "|" + p.notificationLanguage + "|" + p.timeZone;
    }

    private static UUID uuid(String value) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Microseconds, as PostgreSQL stores them, so what is published equals what is read back. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
