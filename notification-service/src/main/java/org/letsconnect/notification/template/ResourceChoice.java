package org.letsconnect.notification.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.letsconnect.notification.space.KnownResource;
import org.letsconnect.platform.i18n.LanguageFallbacks;

/**
 * Which of a session's resources a reader gets: per kind (recording, slides, summary, other), the one in their
 * language, else the first along their fallback chain, else the first published.
 */
final class ResourceChoice {

    private ResourceChoice() {
    }

    static List<KnownResource> forReader(List<KnownResource> resources, String language) {
        List<String> chain = LanguageFallbacks.chain(language);
        Map<String, KnownResource> best = new LinkedHashMap<>();
        for (KnownResource resource : resources) {
            KnownResource current = best.get(resource.kind);
            if (current == null || rank(chain, resource.language) < rank(chain, current.language)) {
                best.put(resource.kind, resource);
            }
        }
        return new ArrayList<>(best.values());
    }

    private static int rank(List<String> chain, String language) {
        int index = chain.indexOf(language);
        return index < 0 ? chain.size() : index;
    }
}
