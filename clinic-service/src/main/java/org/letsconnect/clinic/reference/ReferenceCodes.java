package org.letsconnect.clinic.reference;

import java.time.DateTimeException;
import java.time.ZoneId;

import org.letsconnect.platform.i18n.LanguageCode;
import org.letsconnect.platform.i18n.LanguageFallbacks;

/** Codes defined elsewhere that input must use: Wikimedia language codes and IANA time zones. */
public final class ReferenceCodes {

    private ReferenceCodes() {
    }

    /** A normalised Wikimedia language code this service knows (one with a fallback chain). */
    public static boolean isLanguage(String code) {
        return code != null && LanguageCode.isValid(code) && LanguageFallbacks.isKnown(code);
    }

    /** Region names only (Africa/Lagos) or UTC: fixed offsets and abbreviations say nothing of summer time. */
    public static boolean isTimeZone(String zone) {
        if (zone == null) {
            return false;
        }
        try {
            ZoneId.of(zone);
            return zone.contains("/") || "UTC".equals(zone);
        } catch (DateTimeException e) {
            return false;
        }
    }
}
