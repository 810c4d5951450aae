package org.letsconnect.clinic.registration;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.letsconnect.clinic.directory.Directory;
import org.letsconnect.clinic.directory.DirectoryContact;
import org.letsconnect.clinic.directory.DirectoryParticipant;
import org.letsconnect.clinic.directory.ParticipantDataHolder;
import org.letsconnect.clinic.reference.ReferenceCodes;
import org.letsconnect.clinic.space.Space;
import org.letsconnect.clinic.space.SpaceAccessPolicy;
import org.letsconnect.clinic.space.SpaceLifecycle;
import org.letsconnect.contracts.EventType;
import org.letsconnect.contracts.clinic.RegistrationCancelled;
import org.letsconnect.contracts.clinic.RegistrationCreated;
import org.letsconnect.contracts.clinic.RegistrationLinked;
import org.letsconnect.platform.outbox.OutboxWriter;
import org.letsconnect.platform.problem.ProblemException;
import org.letsconnect.platform.security.Caller;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.mutiny.Uni;

/**
 * Registers signed-in participants and guests for learning spaces, cancels registrations and keeps the waitlist
 * moving. Every change locks the space's row for its transaction, so places are counted and given one at a time; every
 * change is announced on the outbox without names or e-mail addresses. Guests' contact data, which notification-service
 * needs to remind them, goes only to the restricted {@code clinic.guests.v1}, in the same transaction, and is
 * tombstoned when the guest cancels.
 */
@ApplicationScoped
public class RegistrationService implements ParticipantDataHolder {

    private static final String ACTIVE_OF_SUBJECT = "spaceId = ?1 and subject = ?2 and status <> ?3";
    /** Confirmed first, then the waitlist in its order, then cancelled; each by when people registered. */
    private static final String LIST_ORDER = " order by case status when 'confirmed' then 0 when 'waitlisted' then 1"
            + " else 2 end, case when status = 'waitlisted' then waitlistSeq end, registeredAt, id";

    private final SpaceAccessPolicy spaces;
    private final Directory directory;
    private final Waitlist waitlist;
    private final OutboxWriter outbox;
    private final Clock clock;

    public RegistrationService(SpaceAccessPolicy spaces, Directory directory, Waitlist waitlist, OutboxWriter outbox,
            Clock clock) {
        this.spaces = spaces;
        this.directory = directory;
        this.waitlist = waitlist;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Registers the signed-in caller: a place while there is one, else the end of the waitlist. Their name comes from
     * their registry profile; without one they still register, under their Wikimedia username.
     */
    @WithTransaction
    public Uni<RegistrationView> register(Caller caller, UUID spaceId, RegistrationRequest request,
            String acceptLanguage) {
        RegistrationValidator.Preferences preferences = RegistrationValidator.preferences(
                request == null ? RegistrationRequest.NONE : request);
        return lockedSpace(spaceId)
                .call(space -> requireVisible(caller, space))
                .invoke(RegistrationService::requireOpen)
                .call(space -> Registration.<Registration> find(ACTIVE_OF_SUBJECT, spaceId, caller.subject(),
                        Registration.CANCELLED).firstResult()
                        .call(existing -> existing == null ? Uni.createFrom().voidItem() : alreadyRegistered(existing)))
                .flatMap(space -> directory.bySubject(caller.subject())
                        .map(participant -> participantRegistration(space, caller, participant, preferences,
                                acceptLanguage))
                        .flatMap(registration -> place(space, registration, null)));
    }

    private Registration participantRegistration(Space space, Caller caller, DirectoryParticipant participant,
            RegistrationValidator.Preferences preferences, String acceptLanguage) {
        Registration registration = newRegistration(space, false);
        registration.subject = caller.subject();
        registration.participantId = participant == null ? null : participant.participantId;
        registration.username = participant == null || participant.username == null ? caller.username()
                : participant.username;
        registration.name = participant == null || participant.displayName == null
                ? registration.username
                : participant.displayName;
        registration.language = preferences.language() != null ? preferences.language()
                : defaultLanguage(acceptLanguage, participant);
        registration.timeZone = preferences.timeZone();
        return registration;
    }

    /**
     * Registers a guest: someone without a Wikimedia account, known by a name and an e-mail address. The answer
     * carries the secret that cancels the registration; it is shown this once.
     *
     * <p>
     * An address registered for the space already is answered as a first registration would be (a new id, a fresh
     * cancel token, the place or waitlist position a newcomer would get now), but nothing is stored, announced or
     * mailed: whoever asks cannot tell from the answer whether the address was registered (issue #9). The person keeps
     * the registration they have and the token that came with it. Organizers, who see every registrant's address
     * anyway, are told with a 409.
     *
     * @param caller the signed-in person registering a guest (an organizer, say), or null for the guest themself
     */
    @WithTransaction
    public Uni<RegistrationView> registerGuest(Caller caller, UUID spaceId, GuestRegistrationRequest request) {
        RegistrationValidator.ValidGuest guest = RegistrationValidator.guest(request);
        String cancelToken = CancelToken.generate();
        return lockedSpace(spaceId)
                .call(space -> requireVisible(caller, space))
                .invoke(RegistrationService::requireOpen)
                .flatMap(space -> Registration.count("spaceId = ?1 and guest = true and lower(email) = lower(?2) "
                        + "and status <> ?3", spaceId, guest.email(), Registration.CANCELLED).flatMap(registered -> {
                            Registration registration = guestRegistration(space, guest, cancelToken);
                            if (registered == 0) {
                                return place(space, registration, cancelToken);
                            }
                            if (caller != null && caller.isOrganizer()) {
                                return Uni.createFrom().failure(ProblemException.conflict("already-registered",
                                        "clinic-guest-registration-exists"));
                            }
                            return answerAsNew(space, registration, cancelToken);
                        }));
    }

    private Registration guestRegistration(Space space, RegistrationValidator.ValidGuest guest, String cancelToken) {
        Registration registration = newRegistration(space, true);
        registration.name = guest.name();
        registration.email = guest.email();
        registration.language = guest.language();
        registration.timeZone = guest.timeZone();
        registration.cancelTokenHash = CancelToken.hash(cancelToken);
        return registration;
    }

    /**
     * Cancels a registration, for its registrant, an organizer, or a guest presenting the cancel token. A confirmed
     * place goes to the first person waiting, in the same transaction. Cancelling what is cancelled changes nothing.
     *
     * @param caller the signed-in caller, or null
     */
    @WithTransaction
    public Uni<Void> cancel(Caller caller, UUID spaceId, UUID registrationId, String cancelToken) {
        // the space is locked before the registration is read; an unknown space is answered as an unknown registration
        return requireCredentials(caller, cancelToken)
                .chain(() -> Space.<Space> findById(spaceId, LockModeType.PESSIMISTIC_WRITE))
                .flatMap(space -> authorized(caller, spaceId, registrationId, cancelToken)
                        .flatMap(registration -> registration.isActive() ? cancelActive(space, registration)
                                : Uni.createFrom().voidItem()));
    }

    private Uni<Void> cancelActive(Space space, Registration registration) {
        if (SpaceLifecycle.hasTakenPlace(space.state)) {
            return Uni.createFrom().failure(ProblemException.conflict("registration-closed",
                    "clinic-registration-past", space.state));
        }
        String previous = registration.status;
        registration.status = Registration.CANCELLED;
        registration.cancelledAt = clock.instant();
        RegistrationCancelled cancelled = new RegistrationCancelled(registration.id.toString(),
                space.id.toString(), registration.participantIdText(), registration.guest, previous,
                registration.cancelledAt);
        return outbox.append(EventType.REGISTRATION_CANCELLED, cancelled)
                .call(() -> registration.guest
                        ? outbox.appendTombstone(EventType.GUEST_CONTACT_CHANGED, registration.id.toString())
                        : Uni.createFrom().voidItem())
                .call(Panache::flush)
                .call(() -> Registration.CONFIRMED.equals(previous) ? waitlist.fill(space)
                        : Uni.createFrom().voidItem())
                .replaceWithVoid();
    }

    /** One registration, for its registrant, an organizer, or a guest presenting the cancel token. */
    @WithSession
    public Uni<RegistrationView> get(Caller caller, UUID spaceId, UUID registrationId, String cancelToken) {
        return authorized(caller, spaceId, registrationId, cancelToken).flatMap(RegistrationService::viewOf);
    }

    /** The caller's registration for a space: the one in force, else a 404 problem. */
    @WithSession
    public Uni<RegistrationView> mine(Caller caller, UUID spaceId) {
        return Registration.<Registration> find(ACTIVE_OF_SUBJECT, spaceId, caller.subject(), Registration.CANCELLED)
                .firstResult()
                .onItem().ifNull().failWith(() -> ProblemException.notFound("clinic-registration-none"))
                .flatMap(RegistrationService::viewOf);
    }

    /** The caller's registrations in every space, latest first. */
    @WithSession
    public Uni<RegistrationPage> mine(Caller caller, RegistrationFilter filter) {
        String where = "subject = ?1" + (filter.status() == null ? "" : " and status = ?2");
        Object[] parameters = filter.status() == null ? new Object[] { caller.subject() }
                : new Object[] { caller.subject(), filter.status() };
        return Registration.<Registration> find("from Registration where " + where
                + " order by registeredAt desc, id", parameters).page(filter.page(), filter.size()).list()
                .flatMap(registrations -> Registration.count(where, parameters).flatMap(total -> Waitlist
                        .positions(registrations.stream().filter(r -> Registration.WAITLISTED.equals(r.status))
                                .map(r -> r.spaceId).distinct().toList())
                        .map(positions -> new RegistrationPage(registrations.stream()
                                .map(r -> RegistrationView.of(r, positions.get(r.id))).toList(), filter.page(),
                                filter.size(), total))));
    }

    /** A space's registrants with their personal data, for organizers. */
    @WithSession
    public Uni<RegistrantPage> registrants(Caller caller, UUID spaceId, RegistrationFilter filter) {
        if (!caller.isOrganizer()) {
            throw ProblemException.forbidden("clinic-space-organizers-only");
        }
        String where = "spaceId = ?1" + (filter.status() == null ? "" : " and status = ?2");
        Object[] parameters = filter.status() == null ? new Object[] { spaceId }
                : new Object[] { spaceId, filter.status() };
        return spaces.require(spaceId)
                .flatMap(space -> Registration.<Registration> find("from Registration where " + where + LIST_ORDER,
                        parameters).page(filter.page(), filter.size()).list())
                .flatMap(registrations -> Registration.count(where, parameters)
                        .flatMap(total -> Waitlist.positions(List.of(spaceId))
                                .flatMap(positions -> registrantsOf(registrations, positions))
                                .map(items -> new RegistrantPage(items, filter.page(), filter.size(), total))));
    }

    private static Uni<List<RegistrantView>> registrantsOf(List<Registration> registrations,
            Map<UUID, Integer> positions) {
        List<UUID> participantIds = registrations.stream().map(r -> r.participantId).filter(Objects::nonNull)
                .distinct().toList();
        if (participantIds.isEmpty()) {
            return Uni.createFrom().item(registrants(registrations, positions, Map.of(), Map.of()));
        }
        return DirectoryParticipant.<DirectoryParticipant> list("participantId in ?1", participantIds)
                .flatMap(participants -> DirectoryContact.<DirectoryContact> list("participantId in ?1", participantIds)
                        .map(contacts -> registrants(registrations, positions, byId(participants, p -> p.participantId),
                                byId(contacts, c -> c.participantId))));
    }

    private static List<RegistrantView> registrants(List<Registration> registrations, Map<UUID, Integer> positions,
            Map<UUID, DirectoryParticipant> participants, Map<UUID, DirectoryContact> contacts) {
        List<RegistrantView> items = new ArrayList<>();
        for (Registration r : registrations) {
            // the registry's current names, since people rename; the registered ones once the registry forgot them
            DirectoryParticipant participant = r.participantId == null ? null : participants.get(r.participantId);
            DirectoryContact contact = r.participantId == null ? null : contacts.get(r.participantId);
            String name = participant != null && participant.displayName != null ? participant.displayName : r.name;
            String username = participant != null && participant.username != null ? participant.username : r.username;
            String email = r.guest ? r.email : contact == null ? null : contact.email;
            items.add(new RegistrantView(r.id.toString(), name, username,
                    r.participantId == null ? null : r.participantId.toString(), r.guest, email, r.language,
                    r.timeZone, r.status, positions.get(r.id), r.registeredAt, r.promotedAt, r.cancelledAt));
        }
        return items;
    }

    /**
     * People may register for a space before their profile reaches this service (or before they create one): those
     * registrations carry only the central user id until the profile arrives, then they are linked to it, so
     * reconciliation and reports see one person, and each link is announced, so notification-service can confirm
     * and remind someone it could not reach before. Runs in the caller's transaction (the directory consumer's).
     */
    @Override
    public Uni<Void> profileKept(DirectoryParticipant participant) {
        return Registration.<Registration> list("subject = ?1 and participantId is null", participant.subject)
                .flatMap(unlinked -> {
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (Registration registration : unlinked) {
                        registration.participantId = participant.participantId;
                        chain = chain.call(() -> announceLink(registration));
                    }
                    return chain;
                });
    }

    private Uni<Void> announceLink(Registration registration) {
        Uni<Integer> position = Registration.WAITLISTED.equals(registration.status)
                ? Waitlist.position(registration)
                : Uni.createFrom().nullItem();
        return position.flatMap(place -> outbox.append(EventType.REGISTRATION_LINKED,
                new RegistrationLinked(registration.id.toString(), registration.spaceId.toString(),
                        registration.participantIdText(), registration.status, place, clock.instant())))
                .replaceWithVoid();
    }

    /**
     * Forgets the names and e-mail address of a participant who erased their profile; their registrations stay, so
     * past counts keep adding up. Runs in the caller's transaction (the erasure's).
     */
    @Override
    public Uni<Void> forget(UUID participantId) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                "update registration set name = '', username = null, email = null where participant_id = :id")
                .setParameter("id", participantId).executeUpdate())
                .replaceWithVoid();
    }

    /** Gives the registration a place, or the end of the waitlist, and announces it. */
    private Uni<RegistrationView> place(Space space, Registration registration, String cancelToken) {
        return placement(space).flatMap(position -> {
            if (position == null) {
                registration.status = Registration.CONFIRMED;
                return persistAndAnnounce(registration, null)
                        .map(saved -> RegistrationView.of(saved, null, cancelToken));
            }
            registration.status = Registration.WAITLISTED;
            return waitlist.nextSeq().invoke(seq -> registration.waitlistSeq = seq)
                    .flatMap(seq -> persistAndAnnounce(registration, position))
                    .map(saved -> RegistrationView.of(saved, position, cancelToken));
        });
    }

    /** The answer {@link #place} would give the registration now, with nothing stored or announced. */
    private Uni<RegistrationView> answerAsNew(Space space, Registration registration, String cancelToken) {
        return placement(space).map(position -> {
            registration.status = position == null ? Registration.CONFIRMED : Registration.WAITLISTED;
            return RegistrationView.of(registration, position, cancelToken);
        });
    }

    /**
     * Where a new registration goes now: null for a free place, else its 1-based position at the end of the
     * waitlist. Those already waiting are served first, so nobody overtakes them; the space is locked, so everyone
     * else waiting joined before.
     */
    private Uni<Integer> placement(Space space) {
        return waitlist.fill(space).flatMap(promoted -> waitlist.placesLeft(space)).flatMap(free -> free > 0
                ? Uni.createFrom().nullItem()
                : Registration.count("spaceId = ?1 and status = ?2", space.id, Registration.WAITLISTED)
                        .map(waiting -> (int) (waiting + 1)));
    }

    private Uni<Registration> persistAndAnnounce(Registration registration, Integer position) {
        RegistrationCreated created = new RegistrationCreated(registration.id.toString(),
                registration.spaceId.toString(), registration.participantIdText(), registration.guest,
                registration.status, position, registration.registeredAt);
        return registration.<Registration> persist()
                .call(() -> outbox.append(EventType.REGISTRATION_CREATED, created))
                .call(() -> registration.guest ? outbox.append(EventType.GUEST_CONTACT_CHANGED,
                        registration.guestContact(registration.registeredAt)) : Uni.createFrom().voidItem());
    }

    private Registration newRegistration(Space space, boolean guest) {
        Registration registration = new Registration();
        registration.id = UUID.randomUUID();
        registration.spaceId = space.id;
        registration.guest = guest;
        registration.registeredAt = clock.instant();
        return registration;
    }

    /**
     * The registration, if the caller may act on it: its registrant, an organizer, or whoever presents a guest's
     * cancel token. Nothing tells a caller without that right whether the registration exists: without a token nor a
     * cancel token the answer is 401 before anything is looked up; a cancel token that fits nothing, a stranger's
     * request, and an unknown id are all the same 404 (issue #9).
     */
    private static Uni<Registration> authorized(Caller caller, UUID spaceId, UUID registrationId, String cancelToken) {
        return requireCredentials(caller, cancelToken).chain(() -> Registration.<Registration> findById(registrationId))
                .map(found -> {
                    Registration registration = found != null && found.spaceId.equals(spaceId) ? found : null;
                    if (registration != null && caller != null
                            && (caller.isOrganizer() || caller.subject().equals(registration.subject))) {
                        return registration;
                    }
                    if (!presented(cancelToken)) {
                        throw ProblemException.notFound("clinic-registration-not-found", registrationId.toString());
                    }
                    if (registration != null && registration.guest
                            && CancelToken.matches(cancelToken, registration.cancelTokenHash)) {
                        return registration;
                    }
                    throw ProblemException.notFound("clinic-registration-cancel-token-wrong");
                });
    }

    /** Someone neither signed in nor presenting a cancel token is asked to sign in, whatever they ask for. */
    private static Uni<Void> requireCredentials(Caller caller, String cancelToken) {
        return caller == null && !presented(cancelToken) ? Uni.createFrom().failure(new UnauthorizedException())
                : Uni.createFrom().voidItem();
    }

    private static boolean presented(String cancelToken) {
        return cancelToken != null && !cancelToken.isBlank();
    }

    /** The space, its row locked until the transaction ends: registrations of one space change one at a time. */
    private static Uni<Space> lockedSpace(UUID spaceId) {
        return Space.<Space> findById(spaceId, LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNull().failWith(() -> SpaceAccessPolicy.notFound(spaceId));
    }

    private static void requireOpen(Space space) {
        if (!SpaceLifecycle.takesRegistrations(space.state)) {
            throw ProblemException.conflict("registration-closed", "clinic-registration-closed", space.state);
        }
    }

    /** A space the caller may not see yet is not there for them; without signing in, only published ones are. */
    private Uni<Void> requireVisible(Caller caller, Space space) {
        return spaces.maySee(caller, space).flatMap(yes -> yes ? Uni.createFrom().voidItem()
                : Uni.createFrom().failure(SpaceAccessPolicy.notFound(space.id)));
    }

    private static Uni<Void> alreadyRegistered(Registration existing) {
        if (Registration.CONFIRMED.equals(existing.status)) {
            return Uni.createFrom().failure(ProblemException.conflict("already-registered",
                    "clinic-registration-exists-confirmed"));
        }
        return Waitlist.position(existing).flatMap(position -> Uni.createFrom().failure(ProblemException.conflict(
                "already-registered", "clinic-registration-exists-waitlisted", position)));
    }

    private static Uni<RegistrationView> viewOf(Registration registration) {
        if (!Registration.WAITLISTED.equals(registration.status)) {
            return Uni.createFrom().item(RegistrationView.of(registration, null));
        }
        return Waitlist.position(registration).map(position -> RegistrationView.of(registration, position));
    }

    private static String defaultLanguage(String acceptLanguage, DirectoryParticipant participant) {
        String preferred = RegistrationValidator.preferredLanguage(acceptLanguage);
        if (preferred != null || participant == null) {
            return preferred;
        }
        return participant.languageCodes.stream().filter(ReferenceCodes::isLanguage).findFirst().orElse(null);
    }

    private static <T> Map<UUID, T> byId(List<T> items, Function<T, UUID> id) {
        Map<UUID, T> map = new HashMap<>();
        for (T item : items) {
            map.put(id.apply(item), item);
        }
        return map;
    }
}
