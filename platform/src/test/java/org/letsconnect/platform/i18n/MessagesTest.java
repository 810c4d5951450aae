package org.letsconnect.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bundles written to a temporary directory and loaded through a class loader, as from a jar. */
class MessagesTest {

    @TempDir
    Path root;

    private ClassLoader loader;

    @BeforeEach
    void writeBundles() throws IOException {
        write("i18n/base/en.json", """
                {"@metadata": {"authors": ["A"]},
                 "base-hello": "Hello, $1!",
                 "base-fields": "{{PLURAL:$1|One field|$1 fields}}",
                 "base-only-english": "Only in English",
                 "base-overridden": "Base text"}""");
        write("i18n/base/qqq.json", """
                {"@metadata": {"authors": ["A"]}, "base-hello": "Greeting. $1 - a name"}""");
        write("i18n/base/pt.json", """
                {"@metadata": {"authors": ["B"]},
                 "base-hello": "Olá, $1!",
                 "base-fields": "{{PLURAL:$1|Um campo|$1 campos}}"}""");
        write("i18n/base/ar.json", """
                {"@metadata": {"authors": ["C"]},
                 "base-fields": "{{PLURAL:$1|صفر|واحد|اثنان|قليل|كثير|آخر}}"}""");
        write("i18n/base/README.txt", "not a bundle file");
        write("i18n/base/zz.json", "{\"base-hello\": \"never loaded: zz is no known language\"}");
        write("i18n/service/en.json", """
                {"@metadata": {"authors": ["D"]},
                 "service-bye": "Goodbye",
                 "base-overridden": "Service text"}""");
        write("i18n/service/fr.json", """
                {"@metadata": {"authors": ["E"]}, "service-bye": "Au revoir"}""");
        write("i18n/broken/en.json", """
                {"key": {"not": "a string"}}""");
        loader = new URLClassLoader(new URL[] { root.toUri().toURL() }, null);
    }

    private void write(String path, String content) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private Messages messages() {
        return Messages.of(MessageBundle.load("i18n/base", loader), MessageBundle.load("/i18n/service/", loader));
    }

    @Test
    void bundleFindsTheFilesOfKnownLanguages() {
        MessageBundle bundle = MessageBundle.load("i18n/base", loader);
        assertEquals(Set.of("en", "pt", "ar"), bundle.languages());
        assertTrue(bundle.hasFile("qqq"));
        assertFalse(bundle.hasFile("zz"));
        assertEquals(Set.of("base-hello", "base-fields", "base-only-english", "base-overridden"), bundle.keys());
        assertEquals(Optional.of("Olá, $1!"), bundle.raw("pt", "base-hello"));
        assertEquals(Optional.of("Olá, $1!"), bundle.raw("PT", "base-hello"));
        assertEquals(Optional.empty(), bundle.raw("pt", "base-only-english"));
        assertEquals(Optional.empty(), bundle.raw("fr", "base-hello"));
        assertEquals(Optional.of("Greeting. $1 - a name"), bundle.raw("qqq", "base-hello"));
    }

    @Test
    void bundleWithoutEnglishOrWithBadValuesFails() {
        assertThrows(IllegalStateException.class, () -> MessageBundle.load("i18n/nothing-here", loader));
        assertThrows(IllegalStateException.class, () -> MessageBundle.load("i18n/broken", loader));
        assertThrows(IllegalArgumentException.class, () -> MessageBundle.load(" / ", loader));
    }

    @Test
    void getFormatsInTheRequestedLanguage() {
        Messages messages = messages();
        assertEquals("Olá, Ana!", messages.get("pt", "base-hello", "Ana"));
        assertEquals("Hello, Ana!", messages.get("en", "base-hello", "Ana"));
        assertEquals("Au revoir", messages.get("fr", "service-bye"));
    }

    @Test
    void keyMissingInPortugueseFallsBackToEnglish() {
        Messages messages = messages();
        assertEquals("Olá, Ana!", messages.get("pt-br", "base-hello", "Ana"));
        assertEquals("Only in English", messages.get("pt-br", "base-only-english"));
        assertEquals("Only in English", messages.get("pt", "base-only-english"));
        assertEquals("Goodbye", messages.get("pt-br", "service-bye"));
        assertEquals("Hello, Ana!", messages.get("xx", "base-hello", "Ana"));
        assertEquals("Hello, Ana!", messages.get(null, "base-hello", "Ana"));
    }

    @Test
    void pluralRulesAreThoseOfTheLanguageTheTextIsIn() {
        Messages messages = messages();
        // arz has no text of its own; the Arabic text is formatted with Arabic rules.
        assertEquals("اثنان", messages.get("arz", "base-fields", 2));
        assertEquals("كثير", messages.get("ar", "base-fields", 11));
        // Wikimedia's pt is European Portuguese: 0 is plural (CLDR's Brazilian pt would make it singular).
        assertEquals("0 campos", messages.get("pt", "base-fields", 0));
        // de has no text: the English one, with English rules.
        assertEquals("One field", messages.get("de", "base-fields", 1));
    }

    @Test
    void aMessageGivenAsAParameterIsRenderedInTheSameLanguage() {
        Messages messages = messages();
        assertEquals("Hello, Au revoir!", messages.get("fr", "base-hello", Message.of("service-bye")),
                "the parameter in French, though the text falls back to English");
        assertEquals("Olá, Goodbye!", messages.get("pt", "base-hello", Message.of("service-bye")),
                "each message falls back on its own: pt has no service-bye");
        assertEquals("Hello, 2 fields!", messages.get("en", "base-hello", Message.of("base-fields", 2)));
        assertEquals("Hello, ⧼no-such-key⧽!", messages.get("en", "base-hello", Message.of("no-such-key")));
        assertEquals(Message.of("base-fields", 2), Message.of("base-fields", 2));
    }

    @Test
    void laterBundlesOverrideEarlierOnes() {
        assertEquals("Service text", messages().get("en", "base-overridden"));
        assertEquals("Service text", messages().get("pt", "base-overridden"));
        assertEquals("Base text",
                Messages.of(MessageBundle.load("i18n/base", loader)).get("en", "base-overridden"));
    }

    @Test
    void missingKeyIsShownInBrackets() {
        Messages messages = messages();
        assertEquals("⧼no-such-key⧽", messages.get("pt", "no-such-key"));
        assertEquals("⧼no-such-key⧽", messages.get("pt", "no-such-key"));
        assertFalse(messages.has("no-such-key"));
        assertTrue(messages.has("service-bye"));
    }

    @Test
    void availableLanguagesAndNegotiation() {
        Messages messages = messages();
        assertEquals(Set.of("en", "pt", "ar", "fr"), messages.availableLanguages());
        assertEquals("pt", messages.negotiate("pt-BR, en;q=0.5"));
        assertEquals("Olá, Ana!", messages.forRequest("pt-BR,pt;q=0.9,en;q=0.8", "base-hello", "Ana"));
        assertEquals("Au revoir", messages.forRequest("fr-CA", "service-bye"));
        assertEquals("Goodbye", messages.forRequest(null, "service-bye"));
    }

    @Test
    void configuredBundlesAreLoadedWithTheContextClassLoader() {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            Messages messages = new Messages(" i18n/base , i18n/service,,i18n/base ");
            assertEquals(List.of("i18n/base", "i18n/service"),
                    messages.bundles().stream().map(MessageBundle::directory).toList());
            assertEquals("Goodbye", messages.get("en", "service-bye"));
            assertEquals("Olá, Ana!", new Messages(List.of("i18n/base")).get("pt", "base-hello", "Ana"));
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
