package org.letsconnect.matching.connection;

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
import org.letsconnect.platform.i18n.BundleConsistency;
import org.letsconnect.platform.i18n.Messages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The connection problems' messages: every key the code names exists, in every language the programme publishes. */
class ConnectionMessagesTest {

    private static final Path BUNDLE = Path.of("src/main/resources/i18n/matching");
    private static final Path CODE = Path.of("src/main/java/org/letsconnect/matching/connection");
    private static final Pattern KEY = Pattern.compile("\"(matching-connection-[a-z-]+)\"");

    @Test
    void theBundleIsConsistent() {
        BundleConsistency.assertConsistent(BUNDLE, "matching-");
    }

    @Test
    void everyKeyTheCodeNamesIsTranslatedInTheProgrammesLanguages() throws IOException {
        Set<String> named = new TreeSet<>();
        try (Stream<Path> files = Files.list(CODE)) {
            for (Path file : files.toList()) {
                Matcher matcher = KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    named.add(matcher.group(1));
                }
            }
        }
        assertTrue(named.size() > 15, named.toString());
        ObjectMapper json = new ObjectMapper();
        for (String language : List.of("en", "qqq", "fr", "es", "pt", "ar")) {
            JsonNode file = json.readTree(BUNDLE.resolve(language + ".json").toFile());
            for (String key : named) {
                assertTrue(file.hasNonNull(key), language + ".json lacks " + key);
            }
        }
    }

    @Test
    void pluralsFollowTheLanguage() {
        Messages messages = new Messages(List.of("i18n/platform", "i18n/matching"));
        assertEquals("You have no free place: you already have 1 active connection, as many as your profile allows.",
                messages.get("en", "matching-connection-capacity-reached", 1));
        assertEquals("Vous avez déjà 3 demandes en attente : attendez une réponse ou annulez-en une d'abord.",
                messages.get("fr", "matching-connection-too-many-open", 3));
    }
}
