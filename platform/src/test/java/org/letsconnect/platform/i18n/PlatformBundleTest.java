package org.letsconnect.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The platform's own messages, i18n/platform, as the problem responses use them. */
class PlatformBundleTest {

    private static final Path SOURCE = Path.of("src/main/resources/i18n/platform");

    private final Messages messages = new Messages("i18n/platform");

    @Test
    void bundleIsConsistent() {
        BundleConsistency.assertConsistent(SOURCE, "platform-");
    }

    @Test
    void everyFileOnDiskIsFoundOnTheClasspath() throws IOException {
        Set<String> onDisk = new TreeSet<>();
        try (Stream<Path> files = Files.list(SOURCE)) {
            files.map(path -> path.getFileName().toString().replaceFirst("\\.json$", "")).forEach(onDisk::add);
        }
        onDisk.remove("qqq");
        assertEquals(onDisk, messages.availableLanguages());
        assertTrue(messages.availableLanguages().containsAll(Set.of("en", "es", "fr", "pt", "ar")));
    }

    @Test
    void consistencyCheckFindsProblems(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("en.json"), "{\"@metadata\": {\"authors\": []}, \"x-a\": \"A $1\", "
                + "\"y-b\": \"B\"}");
        Files.writeString(dir.resolve("qqq.json"), "{\"@metadata\": {\"authors\": []}, \"x-a\": \"Doc\", "
                + "\"x-gone\": \"Doc\"}");
        Files.writeString(dir.resolve("fr.json"), "{\"x-a\": \"A $1 $2\", \"x-new\": \"N\", "
                + "\"y-b\": \"{{PLURAL:$1|b\"}");
        Files.writeString(dir.resolve("zz.json"), "{\"@metadata\": {\"authors\": []}}");
        List<String> problems = BundleConsistency.problems(dir, "x-");
        assertTrue(problems.contains("en.json: key y-b does not start with x-"), problems::toString);
        assertTrue(problems.contains("qqq.json: key y-b is not documented"), problems::toString);
        assertTrue(problems.contains("qqq.json: documents x-gone, which en.json does not have"), problems::toString);
        assertTrue(problems.contains("fr.json: no @metadata.authors list"), problems::toString);
        assertTrue(problems.contains("fr.json: x-new is not in en.json"), problems::toString);
        assertTrue(problems.contains("fr.json: x-a uses [$2], which the English text does not"), problems::toString);
        assertTrue(problems.contains("fr.json: y-b uses [$1], which the English text does not"), problems::toString);
        assertTrue(problems.contains("fr.json: y-b has an unclosed or broken PLURAL/GENDER"), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("zz.json: \"zz\" is unknown")), problems::toString);
        assertEquals(9, problems.size(), problems::toString);
    }

    @Test
    void problemTexts() {
        assertEquals("Some fields are not valid", messages.get("en", "platform-problem-validation"));
        assertEquals("One field is not valid.", messages.get("en", "platform-problem-validation-detail", 1));
        assertEquals("3 fields are not valid.", messages.get("en", "platform-problem-validation-detail", 3));
        assertEquals("Use at most 1,000 characters.", messages.get("en", "platform-field-too-long", 1000));
        assertEquals("Use at most 1 character.", messages.get("en", "platform-field-too-long", 1));
        assertEquals("Use a value between 1 and 10.", messages.get("en", "platform-field-out-of-range", 1, 10));
        assertEquals("Nothing was found at /programmes/7.",
                messages.get("en", "platform-problem-not-found-detail", "/programmes/7"));
        assertEquals("Sign-in required", messages.get("en", "platform-problem-unauthorized"));
        assertEquals("Service temporarily unavailable", messages.get("en", "platform-problem-unavailable"));
        assertEquals("This field is required.", messages.get("en", "platform-field-required"));
        assertEquals("Too many requests. Please try again in 1 second.",
                messages.get("en", "platform-problem-too-many-requests-detail", 1));
        assertEquals("Too many requests. Please try again in 3,600 seconds.",
                messages.get("en", "platform-problem-too-many-requests-detail", 3600));
    }

    @Test
    void translations() {
        assertEquals("0 champ n’est pas valide.", messages.get("fr", "platform-problem-validation-detail", 0));
        assertEquals("2 champs ne sont pas valides.", messages.get("fr", "platform-problem-validation-detail", 2));
        assertEquals("Un campo no es válido.", messages.get("es", "platform-problem-validation-detail", 1));
        assertEquals("Um campo não é válido.", messages.get("pt-br", "platform-problem-validation-detail", 1));
        assertEquals("Este campo é obrigatório.", messages.get("gl", "platform-field-required"));
        assertEquals("حقلان غير صالحين.", messages.get("ar", "platform-problem-validation-detail", 2));
        assertEquals("استخدم 50 حرفًا على الأكثر.", messages.get("ar-EG", "platform-field-too-long", 50));
        assertEquals("استخدم 5 أحرف على الأكثر.", messages.get("ar", "platform-field-too-long", 5));
        assertEquals("Este campo es obligatorio.", messages.forRequest("es-419,es;q=0.9", "platform-field-required"));
        assertEquals("This field is required.", messages.forRequest("de-DE", "platform-field-required"));
        assertFalse(messages.get("ar", "platform-problem-unauthorized").startsWith("⧼"));
        assertEquals("Trop de requêtes. Veuillez réessayer dans 30 secondes.",
                messages.get("fr", "platform-problem-too-many-requests-detail", 30));
        assertEquals("طلبات كثيرة جدًا. يُرجى المحاولة مرة أخرى بعد ثانيتين.",
                messages.get("ar", "platform-problem-too-many-requests-detail", 2));
    }
}
