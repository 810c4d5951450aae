package org.letsconnect.clinic.resource;

import java.time.Instant;

/** A resource as anyone who may see the space sees it. */
public record LearningResourceView(String id, String spaceId, String kind, String language, String url, String title,
        Instant publishedAt) {

    static LearningResourceView of(LearningResource resource) {
        return new LearningResourceView(resource.id.toString(), resource.spaceId.toString(), resource.kind,
                resource.language, resource.url, resource.title, resource.publishedAt);
    }
}
