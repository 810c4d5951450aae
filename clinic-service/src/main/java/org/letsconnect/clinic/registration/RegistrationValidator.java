package org.letsconnect.clinic.registration;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.letsconnect.clinic.reference.ReferenceCodes;
import org.letsconnect.platform.i18n.AcceptLanguage;
import org.letsconnect.platform.i18n.LanguageCode;
import org.letsconnect.platform.i18n.LanguageFallbacks;
import org.letsconnect.platform.problem.InvalidField;
import org.letsconnect.platform.problem.ProblemException;

/**
 * Checks registration input. Guest registration is open to anyone without signing in, so it is checked hard: every
 * field at fault is named in one answer, and nothing unchecked reaches the database.
 */
final class RegistrationValidator {

    static final int MAX_NAME = 200;
    /** RFC 5321's limit on a forward path, less its angle brackets. */
    static final int MAX_EMAIL = 254;
    private static final int MAX_LOCAL_PART = 64;
    private static final String ATOM = "[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+";
    private static final String LABEL = "[\\p{L}\\p{N}]([\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?";
    /**
     * An address as people type it: a dot-atom local part and a domain of at least two labels. Letters may be any
     * script's (internationalised addresses, RFC 6531); quoted local parts and IP literals are refused.
     */
    private static final Pattern EMAIL = Pattern.compile(ATOM + "(\\." + ATOM + ")*@" + LABEL + "(\\." + LABEL + ")+");

    /** A checked guest registration: trimmed, the language normalised to its Wikimedia code. */
    record ValidGuest(String name, String email, String language, String timeZone) {
    }

    /** Checked preferences: a Wikimedia language code and an IANA zone, each possibly null. */
    record Preferences(String language, String timeZone) {
    }

    private RegistrationValidator() {
    }

    static ValidGuest guest(GuestRegistrationRequest request) {
        List<InvalidField> invalid = new ArrayList<>();
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty()) {
            invalid.add(new InvalidField("name", "platform-field-required"));
        } else if (name.length() > MAX_NAME) {
            invalid.add(new InvalidField("name", "platform-field-too-long", MAX_NAME));
        } else if (name.codePoints().anyMatch(Character::isISOControl)) {
            invalid.add(new InvalidField("name", "platform-field-invalid"));
        }
        String email = request.email() == null ? "" : request.email().strip();
        if (email.isEmpty()) {
            invalid.add(new InvalidField("email", "platform-field-required"));
        } else if (email.length() > MAX_EMAIL) {
            invalid.add(new InvalidField("email", "platform-field-too-long", MAX_EMAIL));
        } else if (!isEmail(email)) {
            invalid.add(new InvalidField("email", "clinic-field-email"));
        }
        String language = request.language() == null ? null : LanguageCode.normalise(request.language());
        if (language == null || language.isEmpty()) {
            invalid.add(new InvalidField("language", "platform-field-required"));
        } else {
            language(invalid, language, request.language());
        }
        if (request.timeZone() == null || request.timeZone().isBlank()) {
            invalid.add(new InvalidField("timeZone", "platform-field-required"));
        } else {
            zone(invalid, request.timeZone());
        }
        if (!invalid.isEmpty()) {
            throw ProblemException.invalidFields(invalid);
        }
        return new ValidGuest(name, email, language, request.timeZone());
    }

    static Preferences preferences(RegistrationRequest request) {
        List<InvalidField> invalid = new ArrayList<>();
        String language = request.language() == null ? null : LanguageCode.normalise(request.language());
        if (language != null) {
            language(invalid, language, request.language());
        }
        if (request.timeZone() != null) {
            zone(invalid, request.timeZone());
        }
        if (!invalid.isEmpty()) {
            throw ProblemException.invalidFields(invalid);
        }
        return new Preferences(language, request.timeZone());
    }

    /** The first language of an Accept-Language header that Wikimedia knows, directly or by its fallbacks. */
    static String preferredLanguage(String acceptLanguage) {
        for (String requested : AcceptLanguage.parse(acceptLanguage)) {
            if (ReferenceCodes.isLanguage(requested)) {
                return requested;
            }
            for (String fallback : LanguageFallbacks.fallbacks(requested)) {
                if (ReferenceCodes.isLanguage(fallback)) {
                    return fallback;
                }
            }
        }
        return null;
    }

    static boolean isEmail(String email) {
        int at = email.lastIndexOf('@');
        return at > 0 && at <= MAX_LOCAL_PART && EMAIL.matcher(email).matches();
    }

    private static void language(List<InvalidField> invalid, String code, String given) {
        if (!ReferenceCodes.isLanguage(code)) {
            invalid.add(new InvalidField("language", "clinic-field-language", given));
        }
    }

    private static void zone(List<InvalidField> invalid, String zone) {
        if (!ReferenceCodes.isTimeZone(zone)) {
            invalid.add(new InvalidField("timeZone", "clinic-field-time-zone", zone));
        }
    }
}
