package org.letsconnect.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LanguageCodeTest {

    @Test
    void normalise() {
        assertEquals("pt-br", LanguageCode.normalise("pt_BR"));
        assertEquals("pt-br", LanguageCode.normalise(" PT-br "));
        assertEquals("zh-hant", LanguageCode.normalise("zh-Hant"));
        assertEquals("zh-tw", LanguageCode.normalise("zh-Hant-TW"));
        assertEquals("zh-cn", LanguageCode.normalise("zh-Hans-CN"));
        assertEquals("sr-ec", LanguageCode.normalise("sr-Cyrl"));
        assertEquals("sr-el", LanguageCode.normalise("sr-Latn"));
        assertEquals("de-formal", LanguageCode.normalise("de-x-formal"));
        assertEquals("be-tarask", LanguageCode.normalise("be-x-old"));
        assertEquals("en", LanguageCode.normalise("EN"));
        assertEquals("", LanguageCode.normalise(null));
    }

    @Test
    void isValid() {
        assertTrue(LanguageCode.isValid("en"));
        assertTrue(LanguageCode.isValid("pt-br"));
        assertTrue(LanguageCode.isValid("es-419"));
        assertTrue(LanguageCode.isValid("be-tarask"));
        assertTrue(LanguageCode.isValid("zh-hant-tw"));
        assertFalse(LanguageCode.isValid("PT-BR"));
        assertFalse(LanguageCode.isValid("pt_br"));
        assertFalse(LanguageCode.isValid("e"));
        assertFalse(LanguageCode.isValid("english"));
        assertFalse(LanguageCode.isValid("en-"));
        assertFalse(LanguageCode.isValid("../en"));
        assertFalse(LanguageCode.isValid(null));
        assertFalse(LanguageCode.isValid(""));
    }

    @Test
    void bcp47AsMediaWiki() {
        assertEquals("pt-BR", LanguageCode.bcp47("pt-br"));
        assertEquals("zh-Hant", LanguageCode.bcp47("zh-hant"));
        assertEquals("zh-Hans", LanguageCode.bcp47("zh-hans"));
        assertEquals("zh-Hant-TW", LanguageCode.bcp47("zh-tw"));
        assertEquals("sr-Cyrl", LanguageCode.bcp47("sr-ec"));
        assertEquals("sr-Latn", LanguageCode.bcp47("sr-el"));
        assertEquals("de-x-formal", LanguageCode.bcp47("de-formal"));
        assertEquals("be-tarask", LanguageCode.bcp47("be-tarask"));
        assertEquals("be-tarask", LanguageCode.bcp47("be-x-old"));
        assertEquals("es-419", LanguageCode.bcp47("es-419"));
        assertEquals("en", LanguageCode.bcp47("en"));
        assertEquals("ar", LanguageCode.bcp47("ar"));
        assertEquals("kk-Arab-CN", LanguageCode.bcp47("kk-cn"));
    }

    @Test
    void bcp47AndNormaliseRoundTrip() {
        // As MediaWiki's bcp47ToInternal(): the BCP 47 forms of these are read back as MediaWiki's internal codes.
        Map<String, String> aliases = Map.of("cbk", "cbk-zam", "egl", "eml", "sr-cyrl", "sr-ec",
                "sr-latn", "sr-el");
        List<String> mismatches = new ArrayList<>();
        for (String code : LanguageFallbacks.knownLanguages()) {
            String back = LanguageCode.normalise(LanguageCode.bcp47(code));
            if (!back.equals(aliases.getOrDefault(code, code))) {
                mismatches.add(code + " -> " + LanguageCode.bcp47(code) + " -> " + back);
            }
        }
        assertEquals(List.of(), mismatches);
    }

    @Test
    void icuLocale() {
        assertEquals("pt_PT", LanguageCode.toULocale("pt").toString());
        assertEquals("pt_BR", LanguageCode.toULocale("pt-br").toString());
        assertEquals("sr_Cyrl", LanguageCode.toULocale("sr-ec").toString());
    }
}
