package org.letsconnect.clinic.resource;

import java.net.URI;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.letsconnect.clinic.reference.ReferenceCodes;
import org.letsconnect.clinic.space.Space;
import org.letsconnect.clinic.space.SpaceAccess;
import org.letsconnect.clinic.space.SpaceAccessPolicy;
import org.letsconnect.clinic.space.SpaceLifecycle;
import org.letsconnect.contracts.EventType;
import org.letsconnect.contracts.clinic.ResourcePublished;
import org.letsconnect.platform.i18n.LanguageCode;
import org.letsconnect.platform.outbox.OutboxWriter;
import org.letsconnect.platform.problem.InvalidField;
import org.letsconnect.platform.problem.ProblemException;
import org.letsconnect.platform.security.Caller;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Resources attached to a space after its session, per language: organizers and the space's sharers add them,
 * everyone who may see the space finds them in their own language first.
 */
@ApplicationScoped
public class LearningResourceService {

    private static final Set<String> KINDS = Set.of(ResourcePublished.RECORDING, ResourcePublished.SLIDES,
            ResourcePublished.SUMMARY, ResourcePublished.OTHER);

    private static final String INSERT = """
            insert into space_resource (id, space_id, kind, language, url, title, added_by, published_at)
            values (:id, :space, :kind, :language, :url, :title, :addedBy, :at)
            on conflict (space_id, language, url) do nothing""";

    private final SpaceAccessPolicy spaces;
    private final OutboxWriter outbox;
    private final Clock clock;

    public LearningResourceService(SpaceAccessPolicy spaces, OutboxWriter outbox, Clock clock) {
        this.spaces = spaces;
        this.outbox = outbox;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<LearningResourceView> add(Caller caller, UUID spaceId, LearningResourceRequest request) {
        String language = validate(request);
        return spaces.forOrganizersAndSharers(caller, spaceId, "clinic-resource-sharers-only").flatMap(found -> {
            Space space = found.space();
            if (!SpaceLifecycle.hasTakenPlace(space.state)) {
                return Uni.createFrom().failure(ProblemException.conflict("resource-too-early",
                        "clinic-resource-not-taken-place", space.state));
            }
            LearningResource resource = new LearningResource();
            resource.id = UUID.randomUUID();
            resource.spaceId = space.id;
            resource.kind = request.kind();
            resource.language = language;
            resource.url = request.url().strip();
            resource.title = request.title().strip();
            resource.addedBy = caller.subject();
            resource.publishedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
            return insertAndAnnounce(resource);
        });
    }

    /** Adds the resource unless the space has its link in that language already (409), and announces it. */
    private Uni<LearningResourceView> insertAndAnnounce(LearningResource resource) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(INSERT)
                .setParameter("id", resource.id)
                .setParameter("space", resource.spaceId)
                .setParameter("kind", resource.kind)
                .setParameter("language", resource.language)
                .setParameter("url", resource.url)
                .setParameter("title", resource.title)
                .setParameter("addedBy", resource.addedBy)
                .setParameter("at", resource.publishedAt.atOffset(ZoneOffset.UTC))
                .executeUpdate())
                .flatMap(inserted -> inserted == 0
                        ? Uni.createFrom().failure(ProblemException.conflict("resource-exists",
                                "clinic-resource-exists", resource.url, resource.language))
                        : outbox.append(EventType.RESOURCE_PUBLISHED, new ResourcePublished(resource.spaceId.toString(),
                                resource.id.toString(), resource.kind, resource.language, resource.url, resource.title,
                                resource.publishedAt))
                                .replaceWith(LearningResourceView.of(resource)));
    }

    /** The resources of a space the caller may see, in {@code language} only when given, theirs first. */
    @WithSession
    public Uni<LearningResourceList> list(Caller caller, UUID spaceId, String language, String acceptLanguage) {
        String only = language == null ? null : LanguageCode.normalise(language);
        if (only != null && !ReferenceCodes.isLanguage(only)) {
            throw ProblemException.invalidField("language", "clinic-field-language", language);
        }
        return spaces.visible(caller, spaceId).flatMap(found -> {
            Uni<List<LearningResource>> resources = only == null
                    ? LearningResource.list("spaceId", found.space().id)
                    : LearningResource.list("spaceId = ?1 and language = ?2", found.space().id, only);
            return resources.map(list -> {
                List<LearningResourceView> items = list.stream()
                        .sorted(LearningResourceOrder.forReader(acceptLanguage))
                        .map(LearningResourceView::of).toList();
                return new LearningResourceList(items, items.size());
            });
        });
    }

    /** Removes a resource: organizers may remove any, a sharer what they added. No event: the contract has none. */
    @WithTransaction
    public Uni<Void> remove(Caller caller, UUID spaceId, UUID resourceId) {
        return spaces.find(caller, spaceId).flatMap(found -> LearningResource.<LearningResource> find(
                "id = ?1 and spaceId = ?2", resourceId, found.space().id).firstResult().flatMap(resource -> {
                    SpaceAccess access = found.access();
                    if (resource == null || !access.maySee(found.space())) {
                        return Uni.createFrom().failure(ProblemException.notFound("clinic-resource-not-found",
                                resourceId.toString()));
                    }
                    boolean ownSharerResource = access.sharer() && caller.subject().equals(resource.addedBy);
                    if (!access.organizer() && !ownSharerResource) {
                        return Uni.createFrom().failure(ProblemException.forbidden("clinic-resource-remove-own-only"));
                    }
                    return resource.delete();
                }));
    }

    private static String validate(LearningResourceRequest request) {
        List<InvalidField> invalid = new ArrayList<>();
        if (!KINDS.contains(request.kind())) {
            invalid.add(new InvalidField("kind", "platform-field-unknown-value", request.kind()));
        }
        String language = LanguageCode.normalise(request.language());
        if (!ReferenceCodes.isLanguage(language)) {
            invalid.add(new InvalidField("language", "clinic-field-language", request.language()));
        }
        if (!isHttpsLink(request.url().strip())) {
            invalid.add(new InvalidField("url", "clinic-field-link"));
        }
        if (!invalid.isEmpty()) {
            throw ProblemException.invalidFields(invalid);
        }
        return language;
    }

    private static boolean isHttpsLink(String link) {
        try {
            URI uri = URI.create(link);
            return "https".equals(uri.getScheme()) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
