package org.letsconnect.clinic.resource;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.letsconnect.clinic.space.SpaceLifecycle;
import org.letsconnect.clinic.space.SpaceService;
import org.letsconnect.contracts.EventType;
import org.letsconnect.contracts.clinic.ResourcePublished;
import org.letsconnect.clinic.reference.ReferenceCodes;
import org.letsconnect.platform.i18n.LanguageCode;
import org.letsconnect.platform.outbox.OutboxWriter;
import org.letsconnect.platform.problem.InvalidField;
import org.letsconnect.platform.problem.ProblemException;
import org.letsconnect.platform.security.Caller;

import io.quarkus.hibernate.reactive.panache.Panache;
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

    private final SpaceService spaces;
    private final OutboxWriter outbox;

    public LearningResourceService(SpaceService spaces, OutboxWriter outbox) {
        this.spaces = spaces;
        this.outbox = outbox;
    }

    public Uni<LearningResourceView> add(Caller caller, UUID spaceId, LearningResourceRequest request) {
        String language = validate(request);
        return Panache.withTransaction(() -> spaces.require(spaceId).flatMap(space -> spaces.access(caller, space)
                .flatMap(access -> {
                    if (!access.organizer() && !access.sharer()) {
                        return Uni.createFrom().failure(access.maySee(space)
                                ? ProblemException.forbidden("clinic-resource-sharers-only")
                                : SpaceService.notFound(spaceId));
                    }
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
                    resource.publishedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
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
                                    : outbox.append(EventType.RESOURCE_PUBLISHED, new ResourcePublished(space.id.toString(), resource.id.toString(),
                                                    resource.kind, resource.language, resource.url, resource.title,
                                                    resource.publishedAt))
                                            .replaceWith(LearningResourceView.of(resource)));
                })));
    }

    /** The resources of a space the caller may see, in {@code language} only when given, theirs first. */
    public Uni<LearningResourceList> list(Caller caller, UUID spaceId, String language, String acceptLanguage) {
        String only = language == null ? null : LanguageCode.normalise(language);
        if (only != null && !ReferenceCodes.isLanguage(only)) {
            throw ProblemException.invalidField("language", "clinic-field-language", language);
        }
        return Panache.withSession(() -> spaces.require(spaceId).flatMap(space -> spaces.access(caller, space)
                .flatMap(access -> {
                    if (!access.maySee(space)) {
                        return Uni.createFrom().failure(SpaceService.notFound(spaceId));
                    }
                    Uni<List<LearningResource>> found = only == null
                            ? LearningResource.list("spaceId", space.id)
                            : LearningResource.list("spaceId = ?1 and language = ?2", space.id, only);
                    return found.map(resources -> {
                        List<LearningResourceView> items = resources.stream()
                                .sorted(LearningResourceOrder.forReader(acceptLanguage))
                                .map(LearningResourceView::of).toList();
                        return new LearningResourceList(items, items.size());
                    });
                })));
    }

    /** Removes a resource: organizers may remove any, a sharer what they added. No event: the contract has none. */
    public Uni<Void> remove(Caller caller, UUID spaceId, UUID resourceId) {
        return Panache.withTransaction(() -> spaces.require(spaceId).flatMap(space -> spaces.access(caller, space)
                .flatMap(access -> LearningResource.<LearningResource>find("id = ?1 and spaceId = ?2", resourceId,
                        space.id).firstResult().flatMap(resource -> {
                            if (resource == null || !access.maySee(space)) {
                                return Uni.createFrom().failure(ProblemException.notFound("clinic-resource-not-found",
                                        resourceId.toString()));
                            }
                            boolean ownSharerResource = access.sharer() && caller.subject().equals(resource.addedBy);
                            if (!access.organizer() && !ownSharerResource) {
                                return Uni.createFrom().failure(
                                        ProblemException.forbidden("clinic-resource-remove-own-only"));
                            }
                            return resource.delete();
                        }))));
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
