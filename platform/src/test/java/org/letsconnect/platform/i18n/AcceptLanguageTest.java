package org.letsconnect.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class AcceptLanguageTest {

    private static final Set<String> PLATFORM = Set.of("en", "es", "fr", "pt", "ar");

    @Test
    void parseOrdersByQualityKeepingHeaderOrderForTies() {
        assertEquals(List.of("fr", "pt-br", "en", "de"),
                AcceptLanguage.parse("de;q=0.3, fr, pt_BR;q=0.9, EN;Q=0.5"));
        assertEquals(List.of("da", "en-gb", "en"), AcceptLanguage.parse("da, en-gb;q=0.8, en;q=0.7"));
        assertEquals(List.of("zh-tw", "zh-hant"), AcceptLanguage.parse("zh-Hant-TW, zh-Hant;q=0.9"));
    }

    @Test
    void parseDropsRefusedAndInvalidEntries() {
        assertEquals(List.of("en"), AcceptLanguage.parse("fr;q=0, en"));
        assertEquals(List.of("en"), AcceptLanguage.parse("fr;q=0.000, en;q=1.000"));
        assertEquals(List.of("en"), AcceptLanguage.parse("fr;q=2, de;q=abc, en"));
        assertEquals(List.of("en"), AcceptLanguage.parse("!!!, , en, 12345"));
        assertEquals(List.of("*", "en"), AcceptLanguage.parse("*, en;q=0.1"));
        assertEquals(List.of(), AcceptLanguage.parse(null));
        assertEquals(List.of(), AcceptLanguage.parse("   "));
    }

    @Test
    void fallbackChainOfAHigherTagBeatsALowerTag() {
        assertEquals("pt", AcceptLanguage.negotiate("pt-BR, en;q=0.5", Set.of("en", "pt")));
        assertEquals("pt", AcceptLanguage.negotiate("gl, es;q=0.9", PLATFORM));
        assertEquals("ar", AcceptLanguage.negotiate("ar-EG", PLATFORM));
        assertEquals("ar", AcceptLanguage.negotiate("arz, en;q=0.8", PLATFORM));
        assertEquals("fr", AcceptLanguage.negotiate("oc", PLATFORM));
        assertEquals("es", AcceptLanguage.negotiate("es-419,es;q=0.9,en;q=0.8", PLATFORM));
        assertEquals("fr", AcceptLanguage.negotiate("fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5", PLATFORM));
    }

    @Test
    void theImplicitEnglishComesLast() {
        // xx is unknown: its chain is [xx, en], but the requested French must win over that implicit English.
        assertEquals("fr", AcceptLanguage.negotiate("xx, fr;q=0.5", PLATFORM));
        assertEquals("es", AcceptLanguage.negotiate("de-CH, es;q=0.1", PLATFORM));
    }

    @Test
    void exactMatchWins() {
        assertEquals("pt-br", AcceptLanguage.negotiate("pt-BR", Set.of("en", "pt", "pt-br")));
        assertEquals("en", AcceptLanguage.negotiate("en-US,en;q=0.9", PLATFORM));
    }

    @Test
    void refusedLanguagesAreNotChosen() {
        assertEquals("es", AcceptLanguage.negotiate("fr;q=0, es;q=0.5", PLATFORM));
        assertEquals("en", AcceptLanguage.negotiate("fr;q=0", PLATFORM));
    }

    @Test
    void wildcard() {
        assertEquals("en", AcceptLanguage.negotiate("*", PLATFORM));
        assertEquals("fr", AcceptLanguage.negotiate("fr, *;q=0.1", PLATFORM));
        assertEquals("fr", AcceptLanguage.negotiate("de, *;q=0.5", Set.of("fr", "pt")));
    }

    @Test
    void garbageGivesEnglish() {
        assertEquals("en", AcceptLanguage.negotiate(null, PLATFORM));
        assertEquals("en", AcceptLanguage.negotiate("", PLATFORM));
        assertEquals("en", AcceptLanguage.negotiate(";;;,,,q=1", PLATFORM));
        assertEquals("en", AcceptLanguage.negotiate("<script>alert(1)</script>", PLATFORM));
        assertEquals("en", AcceptLanguage.negotiate("de, ja", PLATFORM));
        assertEquals("en", AcceptLanguage.negotiate("fr", null));
        assertEquals("en", AcceptLanguage.negotiate("x".repeat(100_000), PLATFORM));
    }

    @Test
    void availableLanguagesAreComparedNormalised() {
        assertEquals("pt-br", AcceptLanguage.negotiate("pt-br", Set.of("en", "pt_BR")));
    }
}
