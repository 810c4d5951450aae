package org.letsconnect.clinic.space;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.letsconnect.clinic.directory.Directory;
import org.letsconnect.platform.problem.ProblemException;
import org.letsconnect.platform.security.Caller;

import io.smallrye.mutiny.Uni;

/**
 * Who may see or change a space: the one place every feature asks. A space the caller may not see yet is not there
 * for them (404); one they see but may not act on is forbidden (403). Every method runs in the caller's session.
 */
@ApplicationScoped
public class SpaceAccessPolicy {

    /** A space and what the caller is to it. */
    public record AccessibleSpace(Space space, SpaceAccess access) {
    }

    private final Directory directory;
    private final SpaceRegistrations registrations;

    public SpaceAccessPolicy(Directory directory, SpaceRegistrations registrations) {
        this.directory = directory;
        this.registrations = registrations;
    }

    /** The space, or a 404 problem. */
    public Uni<Space> require(UUID id) {
        return Space.<Space> findById(id).onItem().ifNull().failWith(() -> notFound(id));
    }

    /** What the caller is to the space. */
    public Uni<SpaceAccess> of(Caller caller, Space space) {
        return directory.bySubject(caller.subject())
                .flatMap(participant -> registrations.isConfirmed(space.id, caller.subject())
                        .map(confirmed -> SpaceAccess.of(caller, participant, space, confirmed)));
    }

    /** The space with the caller's access to it. */
    public Uni<AccessibleSpace> find(Caller caller, UUID id) {
        return require(id).flatMap(space -> of(caller, space).map(access -> new AccessibleSpace(space, access)));
    }

    /** The space, if the caller may see it; else not found. */
    public Uni<AccessibleSpace> visible(Caller caller, UUID id) {
        return find(caller, id).invoke(found -> {
            if (!found.access().maySee(found.space())) {
                throw notFound(id);
            }
        });
    }

    /** Whether the caller, or someone not signed in ({@code caller} null), may see the space. */
    public Uni<Boolean> maySee(Caller caller, Space space) {
        return caller == null ? Uni.createFrom().item(SpaceLifecycle.isPublished(space.state))
                : of(caller, space).map(access -> access.maySee(space));
    }

    /** The space, for those who prepare it (organizers, its sharers and liaisons); {@code forbidden} names the refusal. */
    public Uni<AccessibleSpace> forPreparers(Caller caller, UUID id, String forbidden) {
        return find(caller, id).invoke(found -> refuseUnless(found, found.access().prepares(), forbidden));
    }

    /** The space, for organizers and its sharers; {@code forbidden} names the refusal. */
    public Uni<AccessibleSpace> forOrganizersAndSharers(Caller caller, UUID id, String forbidden) {
        return find(caller, id).invoke(found -> refuseUnless(found,
                found.access().organizer() || found.access().sharer(), forbidden));
    }

    private static void refuseUnless(AccessibleSpace found, boolean allowed, String forbidden) {
        if (!allowed) {
            throw found.access().maySee(found.space()) ? ProblemException.forbidden(forbidden)
                    : notFound(found.space().id);
        }
    }

    public static ProblemException notFound(UUID id) {
        return ProblemException.notFound("clinic-space-not-found", id.toString());
    }
}
