package org.letsconnect.matching.suggestion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.letsconnect.contracts.registry.LanguageSkill;
import org.letsconnect.contracts.registry.Regions;
import org.letsconnect.platform.i18n.BundleConsistency;
import org.letsconnect.platform.i18n.MessageBundle;
import org.letsconnect.platform.i18n.Messages;

/** The matching messages: consistent for translatewiki.net, and complete where suggestions need them. */
class SuggestionBundleTest {

    private static final String BUNDLE = "i18n/matching";
    private static final List<String> COMPLETE = List.of("fr", "es", "pt", "pt-br", "ar");
    private static final List<String> REASONS = List.of("skill-exact", "skill-related-narrower",
            "skill-related-broader", "skill-related-sibling", "languages", "waking-overlap", "waking-overlap-unknown",
            "load", "region-preference", "responsive", "new-sharer");

    private final Messages messages = new Messages(List.of("i18n/platform", BUNDLE));

    @Test
    void bundleIsConsistent() {
        BundleConsistency.assertConsistent(Path.of("src/main/resources/" + BUNDLE), "matching-");
    }

    @Test
    void everyReasonLevelAndRegionHasAText() {
        Set<String> keys = MessageBundle.load(BUNDLE).keys();
        for (String reason : REASONS) {
            assertTrue(keys.contains("matching-reason-" + reason), reason);
        }
        for (String level : LanguageSkill.LEVELS) {
            assertTrue(keys.contains("matching-level-" + level), level);
        }
        for (String region : Regions.ALL) {
            assertTrue(keys.contains("matching-region-" + region), region);
        }
    }

    @Test
    void theProgrammesLanguagesHaveEveryText() {
        MessageBundle bundle = MessageBundle.load(BUNDLE);
        for (String language : COMPLETE) {
            Set<String> missing = new TreeSet<>(bundle.keys());
            missing.removeAll(bundle.keys(language));
            assertEquals(Set.of(), missing, language);
        }
    }

    @Test
    void pluralsFollowEachLanguagesRules() {
        assertEquals("You are both awake at the same time 1 hour a week.",
                messages.get("en", "matching-reason-waking-overlap", 1));
        assertEquals("You are both awake at the same time 57.75 hours a week.",
                messages.get("en", "matching-reason-waking-overlap", 57.75));
        assertEquals("Vous êtes éveillés en même temps 59,5 heures par semaine.",
                messages.get("fr", "matching-reason-waking-overlap", 59.5));
        assertEquals("تكونان مستيقظَين في الوقت نفسه ساعتين في الأسبوع.",
                messages.get("ar", "matching-reason-waking-overlap", 2));
        assertEquals("Respondeu 1 pedido e deixou 0 vencer.", messages.get("pt-br", "matching-reason-responsive", 1, 0));
    }
}
