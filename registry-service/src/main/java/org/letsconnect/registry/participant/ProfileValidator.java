package org.letsconnect.registry.participant;

import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.letsconnect.contracts.registry.LanguageSkill;
import org.letsconnect.contracts.registry.MovementRoles;
import org.letsconnect.contracts.registry.ParticipantProfile;
import org.letsconnect.contracts.registry.Regions;
import org.letsconnect.platform.i18n.LanguageCode;
import org.letsconnect.platform.i18n.LanguageFallbacks;
import org.letsconnect.platform.problem.InvalidField;
import org.letsconnect.platform.problem.ProblemException;
import org.letsconnect.registry.skill.SkillTaxonomy;

/**
 * Checks the codes of a profile against their reference lists (Wikimedia regions, ISO 3166-1 countries, IANA
 * zones, Wikimedia language codes, the skills taxonomy…) and names every field at fault at once.
 */
@ApplicationScoped
public class ProfileValidator {

    /** ISO 3166-1 alpha-2 codes, upper case: the countries a profile (and a directory filter) may name. */
    public static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    static final Set<String> ZONES = ZoneId.getAvailableZoneIds();
    static final List<String> VISIBILITIES = List.of(ParticipantProfile.VISIBILITY_PUBLIC,
            ParticipantProfile.VISIBILITY_MEMBERS);

    private final SkillTaxonomy skills;

    public ProfileValidator(SkillTaxonomy skills) {
        this.skills = skills;
    }

    /** Throws a 400 problem naming each invalid code; returns normally when every code is known. */
    public void check(ProfileRequest request) {
        List<InvalidField> invalid = new ArrayList<>();
        oneOf(invalid, "region", request.region(), Regions.ALL);
        if (request.country() != null && !COUNTRIES.contains(request.country())) {
            invalid.add(unknown("country", request.country()));
        }
        if (request.timeZone() != null && !ZONES.contains(request.timeZone())) {
            invalid.add(unknown("timeZone", request.timeZone()));
        }
        if (request.languages() != null) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < request.languages().size(); i++) {
                ProfileRequest.LanguageEntry language = request.languages().get(i);
                if (language == null || language.code() == null || language.level() == null) {
                    continue; // bean validation names these
                }
                String code = LanguageCode.normalise(language.code());
                if (!isLanguage(code)) {
                    invalid.add(unknown("languages[" + i + "].code", language.code()));
                } else if (!seen.add(code)) {
                    invalid.add(new InvalidField("languages[" + i + "].code", "registry-field-duplicate", language.code()));
                }
                oneOf(invalid, "languages[" + i + "].level", language.level(), LanguageSkill.LEVELS);
            }
        }
        if (request.movementRole() != null) {
            oneOf(invalid, "movementRole", request.movementRole(), MovementRoles.ALL);
        }
        if (request.joinedYear() != null && request.joinedYear() > Year.now().getValue()) {
            invalid.add(new InvalidField("joinedYear", "platform-field-too-large", Year.now().getValue()));
        }
        skillCodes(invalid, "skillsToLearn", request.skillsToLearnOrEmpty());
        skillCodes(invalid, "skillsToShare", request.skillsToShareOrEmpty());
        if (request.visibility() != null) {
            oneOf(invalid, "visibility", request.visibility(), VISIBILITIES);
        }
        if (request.notificationLanguage() != null && !isLanguage(LanguageCode.normalise(request.notificationLanguage()))) {
            invalid.add(unknown("notificationLanguage", request.notificationLanguage()));
        }
        if (!request.availableForConnections() && request.maxConnections() > 0) {
            invalid.add(new InvalidField("maxConnections", "registry-field-connections-without-availability"));
        }
        if (!invalid.isEmpty()) {
            throw ProblemException.invalidFields(invalid);
        }
    }

    /** Whether a normalised code is a Wikimedia language code this service knows. */
    public static boolean isLanguage(String code) {
        return LanguageCode.isValid(code) && LanguageFallbacks.isKnown(code);
    }

    private void skillCodes(List<InvalidField> invalid, String field, List<String> codes) {
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            if (code != null && !code.isBlank() && !skills.isKnown(code)) {
                invalid.add(new InvalidField(field + "[" + i + "]", "registry-skill-unknown-code", code));
            }
        }
    }

    private static void oneOf(List<InvalidField> invalid, String field, String value, List<String> allowed) {
        if (value != null && !value.isBlank() && !allowed.contains(value)) {
            invalid.add(unknown(field, value));
        }
    }

    private static InvalidField unknown(String field, String value) {
        return new InvalidField(field, "platform-field-unknown-value", value);
    }
}
