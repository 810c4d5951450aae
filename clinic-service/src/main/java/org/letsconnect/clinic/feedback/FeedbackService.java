package org.letsconnect.clinic.feedback;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.letsconnect.clinic.directory.DirectoryParticipant;
import org.letsconnect.clinic.directory.ParticipantDataHolder;
import org.letsconnect.clinic.space.Space;
import org.letsconnect.clinic.space.SpaceAccess;
import org.letsconnect.clinic.space.SpaceAccessPolicy;
import org.letsconnect.clinic.space.SpaceLifecycle;
import org.letsconnect.contracts.EventType;
import org.letsconnect.contracts.clinic.FeedbackSubmitted;
import org.letsconnect.platform.outbox.OutboxWriter;
import org.letsconnect.platform.problem.InvalidField;
import org.letsconnect.platform.problem.ProblemException;
import org.letsconnect.platform.security.Caller;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Takes one answer per person about a space that has taken place, and shows the answers to those who run and share
 * the space so they can learn from them. A second answer is refused (409): answers are not edited, so what
 * organizers read does not shift under them and the published event stays the one answer it announced.
 */
@ApplicationScoped
public class FeedbackService implements ParticipantDataHolder {

    /** Skills are Wikidata items, the registry taxonomy's codes. */
    private static final Pattern SKILL_CODE = Pattern.compile("Q[1-9][0-9]{0,11}");

    private static final String INSERT = """
            insert into feedback (id, space_id, author_key, anonymous, subject, participant_id, usefulness,
                                  want_more_of, want_more_of_skills, comment, submitted_at)
            values (:id, :space, :authorKey, :anonymous, cast(:subject as text), cast(:participant as uuid),
                    cast(:usefulness as integer), cast(:wantMoreOf as text),
                    cast(cast(:skills as text) as varchar[]), cast(:comment as text), :at)
            on conflict (space_id, author_key) do nothing""";

    private final SpaceAccessPolicy spaces;
    private final FeedbackEligibility eligibility;
    private final FeedbackPseudonyms pseudonyms;
    private final OutboxWriter outbox;
    private final Clock clock;

    public FeedbackService(SpaceAccessPolicy spaces, FeedbackEligibility eligibility, FeedbackPseudonyms pseudonyms,
            OutboxWriter outbox, Clock clock) {
        this.clock = clock;
        this.spaces = spaces;
        this.eligibility = eligibility;
        this.pseudonyms = pseudonyms;
        this.outbox = outbox;
    }

    @WithTransaction
    public Uni<FeedbackReceipt> submit(Caller caller, UUID spaceId, FeedbackRequest request) {
        List<String> skills = skills(request);
        return spaces.visible(caller, spaceId).flatMap(found -> {
            Space space = found.space();
            if (!SpaceLifecycle.hasTakenPlace(space.state)) {
                return Uni.createFrom().failure(ProblemException.conflict("feedback-too-early",
                        "clinic-feedback-not-taken-place", space.state));
            }
            return eligibility.mayAnswer(space.id, caller.subject()).flatMap(may -> may
                    ? store(caller, space, found.access(), request, skills)
                    : Uni.createFrom().failure(ProblemException.forbidden("clinic-feedback-registrants-and-attendees-only")));
        });
    }

    private Uni<FeedbackReceipt> store(Caller caller, Space space, SpaceAccess access, FeedbackRequest request,
            List<String> skills) {
        UUID id = UUID.randomUUID();
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        boolean anonymous = request.anonymous();
        UUID participantId = anonymous || access.participantId() == null ? null : UUID.fromString(access.participantId());
        return Panache.getSession().flatMap(session -> session.createNativeQuery(INSERT)
                .setParameter("id", id)
                .setParameter("space", space.id)
                .setParameter("authorKey", pseudonyms.of(space.id, caller.subject()))
                .setParameter("anonymous", anonymous)
                .setParameter("subject", anonymous ? null : caller.subject())
                .setParameter("participant", participantId)
                .setParameter("usefulness", request.usefulness())
                .setParameter("wantMoreOf", blankToNull(request.wantMoreOf()))
                .setParameter("skills", "{" + String.join(",", skills) + "}")
                .setParameter("comment", blankToNull(request.comment()))
                .setParameter("at", at.atOffset(ZoneOffset.UTC))
                .executeUpdate())
                .flatMap(inserted -> {
                    if (inserted == 0) {
                        return Uni.createFrom().failure(ProblemException.conflict("feedback-already-given",
                                "clinic-feedback-already-given"));
                    }
                    FeedbackSubmitted submitted = new FeedbackSubmitted(id.toString(), space.id.toString(),
                            participantId == null ? null : participantId.toString(), anonymous,
                            request.usefulness(), at);
                    return outbox.append(EventType.FEEDBACK_SUBMITTED, submitted)
                            .replaceWith(new FeedbackReceipt(id.toString(), space.id.toString(),
                                    request.usefulness(), anonymous, at));
                });
    }

    /** The answers about a space with their statistics; for organizers and the space's sharers. */
    @WithSession
    public Uni<FeedbackReport> report(Caller caller, UUID spaceId, int page, int size) {
        return spaces.forOrganizersAndSharers(caller, spaceId, "clinic-feedback-readers-only")
                .map(found -> found.space().id)
                .flatMap(id -> FeedbackStatistics.of(id).flatMap(statistics -> Feedback.<Feedback> find(
                        // named answers in the order they came; anonymous ones after them, in no telling order
                        "spaceId = ?1 order by anonymous, case when anonymous = true then null else submittedAt end, id",
                        id).page(page, size).list()
                        .flatMap(answers -> names(id, answers).map(names -> new FeedbackReport(id.toString(),
                                statistics, items(answers, names), page, size, statistics.answers())))));
    }

    private static List<FeedbackItem> items(List<Feedback> answers, Map<String, String> names) {
        List<FeedbackItem> items = new ArrayList<>();
        for (Feedback answer : answers) {
            items.add(FeedbackItem.of(answer, answer.subject == null ? null : names.get(answer.subject)));
        }
        return items;
    }

    /**
     * Makes the named answers of a participant who erased their profile anonymous; the answers stay, so past
     * statistics keep adding up. Runs in the caller's transaction (the erasure's).
     */
    @Override
    public Uni<Void> forget(UUID participantId) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                "update feedback set anonymous = true, subject = null, participant_id = null where participant_id = :id")
                .setParameter("id", participantId).executeUpdate())
                .replaceWithVoid();
    }

    /** Names of the named answers' authors: their directory name, else the name they registered with. */
    private static Uni<Map<String, String>> names(UUID spaceId, List<Feedback> answers) {
        List<String> subjects = answers.stream().filter(a -> !a.anonymous).map(a -> a.subject).toList();
        if (subjects.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                select subject, name from registration
                where space_id = :space and subject in (:subjects) order by registered_at""", Object[].class)
                .setParameter("space", spaceId).setParameter("subjects", subjects).getResultList())
                .flatMap(registered -> DirectoryParticipant.<DirectoryParticipant> list("subject in ?1", subjects)
                        .map(profiles -> {
                            Map<String, String> names = new HashMap<>();
                            for (Object[] row : registered) {
                                names.put((String) row[0], (String) row[1]);
                            }
                            for (DirectoryParticipant profile : profiles) {
                                String name = profile.displayName != null ? profile.displayName : profile.username;
                                if (name != null) {
                                    names.put(profile.subject, name);
                                }
                            }
                            return names;
                        }));
    }

    private static List<String> skills(FeedbackRequest request) {
        List<InvalidField> invalid = new ArrayList<>();
        List<String> skills = request.wantMoreOfSkillsOrEmpty();
        for (int i = 0; i < skills.size(); i++) {
            if (!SKILL_CODE.matcher(skills.get(i)).matches()) {
                invalid.add(new InvalidField("wantMoreOfSkills[" + i + "]", "clinic-field-skill-code", skills.get(i)));
            }
        }
        if (!invalid.isEmpty()) {
            throw ProblemException.invalidFields(invalid);
        }
        return skills.stream().distinct().toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
