package org.letsconnect.notification.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.letsconnect.notification.space.KnownResource;

class ResourceChoiceTest {

    private static final List<KnownResource> RESOURCES = List.of(resource("recording", "en"),
            resource("summary", "en"), resource("summary", "pt"), resource("summary", "ar"),
            resource("slides", "fr"));

    @Test
    void perKindTheReadersLanguageElseAlongTheChainElseTheFirstPublished() {
        // pt-br → pt → en: the Portuguese summary, the only recording and the only slides (in French)
        assertEquals(List.of("recording/en", "summary/pt", "slides/fr"),
                names(ResourceChoice.forReader(RESOURCES, "pt-br")));
        assertEquals(List.of("recording/en", "summary/ar", "slides/fr"),
                names(ResourceChoice.forReader(RESOURCES, "ar")));
        // Hausa has none of its own: English, where there is one
        assertEquals(List.of("recording/en", "summary/en", "slides/fr"),
                names(ResourceChoice.forReader(RESOURCES, "ha")));
    }

    private static List<String> names(List<KnownResource> chosen) {
        return chosen.stream().map(r -> r.kind + "/" + r.language).toList();
    }

    private static KnownResource resource(String kind, String language) {
        KnownResource resource = new KnownResource();
        resource.resourceId = UUID.randomUUID();
        resource.kind = kind;
        resource.language = language;
        resource.url = "https://meta.wikimedia.org/wiki/" + kind + "/" + language;
        resource.publishedAt = Instant.parse("2025-12-06T10:00:00Z");
        return resource;
    }
}
