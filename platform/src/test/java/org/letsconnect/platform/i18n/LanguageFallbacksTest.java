package org.letsconnect.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class LanguageFallbacksTest {

    @Test
    void chainsAsMediaWiki() {
        assertEquals(List.of("pt-br", "pt", "en"), LanguageFallbacks.chain("pt-br"));
        assertEquals(List.of("zh-hk", "zh-hant", "zh-hans", "en"), LanguageFallbacks.chain("zh-hk"));
        assertEquals(List.of("zh-tw", "zh-hant", "zh-hans", "en"), LanguageFallbacks.chain("zh-tw"));
        assertEquals(List.of("zh-hant", "zh-hans", "en"), LanguageFallbacks.chain("zh-hant"));
        assertEquals(List.of("zh", "zh-hans", "en"), LanguageFallbacks.chain("zh"));
        assertEquals(List.of("sr-ec", "sr", "en"), LanguageFallbacks.chain("sr-ec"));
        assertEquals(List.of("sr-el", "sr-latn", "en"), LanguageFallbacks.chain("sr-el"));
        assertEquals(List.of("de-ch", "de", "en"), LanguageFallbacks.chain("de-ch"));
        assertEquals(List.of("de-formal", "de", "en"), LanguageFallbacks.chain("de-formal"));
        assertEquals(List.of("es-419", "es", "en"), LanguageFallbacks.chain("es-419"));
        assertEquals(List.of("en-gb", "en"), LanguageFallbacks.chain("en-gb"));
        assertEquals(List.of("arz", "ar", "en"), LanguageFallbacks.chain("arz"));
        assertEquals(List.of("ary", "ar", "en"), LanguageFallbacks.chain("ary"));
        assertEquals(List.of("be-tarask", "be", "en"), LanguageFallbacks.chain("be-tarask"));
        assertEquals(List.of("oc", "ca", "fr", "en"), LanguageFallbacks.chain("oc"));
        assertEquals(List.of("ca", "oc", "en"), LanguageFallbacks.chain("ca"));
        assertEquals(List.of("an", "es", "en"), LanguageFallbacks.chain("an"));
        assertEquals(List.of("ast", "es", "en"), LanguageFallbacks.chain("ast"));
        assertEquals(List.of("ar", "en"), LanguageFallbacks.chain("ar"));
        assertEquals(List.of("en"), LanguageFallbacks.chain("en"));
    }

    @Test
    void galicianFallsBackToPortuguese() {
        // MediaWiki: gl → pt; pt itself → pt-br, but chains are not expanded further.
        assertEquals(List.of("gl", "pt", "en"), LanguageFallbacks.chain("gl"));
    }

    @Test
    void normalisesCaseAndUnderscores() {
        assertEquals(List.of("pt-br", "pt", "en"), LanguageFallbacks.chain("pt_BR"));
        assertEquals(List.of("pt-br", "pt", "en"), LanguageFallbacks.chain(" PT-br "));
        assertEquals(List.of("zh-tw", "zh-hant", "zh-hans", "en"), LanguageFallbacks.chain("zh-Hant-TW"));
        assertEquals(List.of("sr-ec", "sr", "en"), LanguageFallbacks.chain("sr-Cyrl"));
    }

    @Test
    void unknownCodes() {
        assertEquals(List.of("xx", "en"), LanguageFallbacks.chain("xx"));
        assertEquals(List.of("fr-be", "fr", "en"), LanguageFallbacks.chain("fr-be"));
        assertEquals(List.of("fr-ca", "fr", "en"), LanguageFallbacks.chain("fr-CA"));
        assertEquals(List.of("ar-eg", "ar", "en"), LanguageFallbacks.chain("ar-EG"));
        assertEquals(List.of("pt-br-x1", "pt-br", "pt", "en"), LanguageFallbacks.chain("pt-br-x1"));
        assertEquals(List.of("en-us", "en"), LanguageFallbacks.chain("en-US"));
        assertEquals(List.of("en"), LanguageFallbacks.chain(null));
        assertEquals(List.of("en"), LanguageFallbacks.chain(""));
        assertEquals(List.of("en"), LanguageFallbacks.chain("../etc/passwd"));
    }

    @Test
    void everyChainEndsInEnglishWithoutDuplicates() {
        for (String code : LanguageFallbacks.knownLanguages()) {
            List<String> chain = LanguageFallbacks.chain(code);
            assertEquals("en", chain.get(chain.size() - 1), code);
            assertEquals(chain.size(), chain.stream().distinct().count(), code);
            assertTrue(LanguageCode.isValid(code), code);
        }
    }

    @Test
    void fallbacksLeaveOutTheImplicitEnglish() {
        assertEquals(List.of("pt"), LanguageFallbacks.fallbacks("pt-br"));
        assertEquals(List.of(), LanguageFallbacks.fallbacks("xx"));
        assertEquals(List.of("en"), LanguageFallbacks.fallbacks("en-gb"));
        assertTrue(LanguageFallbacks.isKnown("pt-BR"));
    }
}
