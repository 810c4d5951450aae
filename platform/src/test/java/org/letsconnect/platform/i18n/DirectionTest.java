package org.letsconnect.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DirectionTest {

    @ParameterizedTest
    @ValueSource(strings = { "ar", "he", "fa", "ur", "ps", "ckb", "sd", "ug", "yi", "dv", "ks", "azb", "mzn", "glk",
            "lrc", "pnb", "arz", "ary", "prs", "ar-EG", "ar_SA", "fa-af", "ku-arab", "ms-arab", "kk-cn", "skr-arab",
            "nqo", "syc" })
    void rightToLeft(String code) {
        assertEquals(Direction.RTL, Direction.of(code));
        assertEquals("rtl", Direction.of(code).htmlValue());
    }

    @ParameterizedTest
    @ValueSource(strings = { "en", "pt", "pt-br", "fr", "es", "zh-hant", "ru", "sr-ec", "ku", "ku-latn", "ug-latn",
            "ks-deva", "ha", "sw", "am", "hi", "xx", "", "not a code" })
    void leftToRight(String code) {
        assertEquals(Direction.LTR, Direction.of(code));
    }

    @Test
    void nullIsLeftToRight() {
        assertEquals(Direction.LTR, Direction.of(null));
    }
}
