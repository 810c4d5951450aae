package org.letsconnect.clinic.space;

import java.util.Map;

import org.letsconnect.platform.i18n.AcceptLanguage;

/** Chooses which of a space's translations a reader gets. */
public final class SpaceTexts {

    private SpaceTexts() {
    }

    /**
     * The language of the text to show: the reader's (Accept-Language, with fallback chains), else the session's,
     * else English, else any there is; null when there is no text at all.
     */
    public static String pick(Map<String, String> texts, String acceptLanguage, String sessionLanguage) {
        if (texts == null || texts.isEmpty()) {
            return null;
        }
        if (!AcceptLanguage.parse(acceptLanguage).isEmpty()) {
            String negotiated = AcceptLanguage.negotiate(acceptLanguage, texts.keySet());
            if (texts.containsKey(negotiated)) {
                return negotiated;
            }
        }
        if (texts.containsKey(sessionLanguage)) {
            return sessionLanguage;
        }
        return texts.containsKey("en") ? "en" : texts.keySet().iterator().next();
    }
}
