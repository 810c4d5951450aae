package org.letsconnect.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.letsconnect.contracts.registry.LanguageSkill;
import org.letsconnect.contracts.registry.Regions;
import org.letsconnect.platform.i18n.BundleConsistency;
import org.letsconnect.platform.i18n.MessageBundle;
import org.letsconnect.platform.i18n.Messages;

/**
 * matching-service's messages: consistent for translatewiki.net, every key the code names or builds there, and complete
 * in the programme's languages.
 */
class MatchingMessagesTest {

    private static final String BUNDLE = "i18n/matching";
    private static final Path CODE = Path.of("src/main/java/org/letsconnect/matching");
    /** A whole key written in the code (those it builds from a prefix end in a dash and are listed below). */
    private static final Pattern KEY = Pattern.compile("\"(matching-[a-z]+-[a-z0-9-]*[a-z0-9])\"");
    private static final List<String> COMPLETE = List.of("fr", "es", "pt", "pt-br", "ar");
    private static final List<String> REASONS = List.of("skill-exact", "skill-related-narrower",
            "skill-related-broader", "skill-related-sibling", "languages", "waking-overlap", "waking-overlap-unknown",
            "load", "region-preference", "responsive", "new-sharer");

    private final MessageBundle bundle = MessageBundle.load(BUNDLE);

    @Test
    void theBundleIsConsistent() {
        BundleConsistency.assertConsistent(Path.of("src/main/resources/" + BUNDLE), "matching-");
    }

    @Test
    void everyKeyTheCodeNamesOrBuildsExists() throws IOException {
        Set<String> named = new TreeSet<>();
        try (Stream<Path> files = Files.walk(CODE)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher matcher = KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    named.add(matcher.group(1));
                }
            }
        }
        assertTrue(named.size() > 30, named.toString());
        REASONS.forEach(reason -> named.add("matching-reason-" + reason));
        LanguageSkill.LEVELS.forEach(level -> named.add("matching-level-" + level));
        Regions.ALL.forEach(region -> named.add("matching-region-" + region));
        Set<String> missing = new TreeSet<>(named);
        missing.removeAll(bundle.keys());
        assertEquals(Set.of(), missing);
    }

    @Test
    void theProgrammesLanguagesHaveEveryText() {
        for (String language : COMPLETE) {
            Set<String> missing = new TreeSet<>(bundle.keys());
            missing.removeAll(bundle.keys(language));
            assertEquals(Set.of(), missing, language);
        }
    }

    @Test
    void pluralsFollowEachLanguagesRules() {
        Messages messages = new Messages(List.of("i18n/platform", BUNDLE));
        assertEquals("You are both awake at the same time 1 hour a week.",
                messages.get("en", "matching-reason-waking-overlap", 1));
        assertEquals("You are both awake at the same time 57.75 hours a week.",
                messages.get("en", "matching-reason-waking-overlap", 57.75));
        assertEquals("Vous êtes éveillés en même temps 59,5 heures par semaine.",
                messages.get("fr", "matching-reason-waking-overlap", 59.5));
        assertEquals("تكونان مستيقظَين في الوقت نفسه ساعتين في الأسبوع.",
                messages.get("ar", "matching-reason-waking-overlap", 2));
        assertEquals("Respondeu 1 pedido e deixou 0 vencer.", messages.get("pt-br", "matching-reason-responsive", 1, 0));
        assertEquals("You have no free place: you already have 1 active connection, as many as your profile allows.",
                messages.get("en", "matching-connection-capacity-reached", 1));
        assertEquals("Vous avez déjà 3 demandes en attente : attendez une réponse ou annulez-en une d'abord.",
                messages.get("fr", "matching-connection-too-many-open", 3));
    }
}
