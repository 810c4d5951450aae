package org.letsconnect.clinic.resource;

import java.util.List;

/**
 * A space's resources, the caller's languages first. Not paged: a session has a handful of resources per language.
 */
public record LearningResourceList(List<LearningResourceView> items, long total) {
}
