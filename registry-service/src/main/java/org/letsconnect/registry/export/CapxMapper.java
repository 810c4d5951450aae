package org.letsconnect.registry.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.letsconnect.contracts.registry.LanguageSkill;
import org.letsconnect.registry.participant.Participant;

/**
 * Our profile onto CapX's ({@link CapxProfile}):
 *
 * <pre>
 * Let's Connect                  CapX (users.Profile / ProfileSerializer)
 * username                       user.username
 * email (organizers only)        user.email
 * displayName                    display_name
 * pronouns "she/her" …           pronoun she-her | he-him | they-them | other (absent if none)
 * bio                            about ("" if none)
 * country NG                     territory ["ng"]  (Territory.territory_acronym)
 * languages [{ha, native}]       language [{language_code: "ha", proficiency: "n"}]
 *   native/advanced/intermediate/basic → n/3/2/1
 * affiliations                   affiliation (Organization names)
 * projects                       wikimedia_project (codes as kept)
 * skillsToShare                  skills_known and skills_available (Wikidata ids)
 * skillsToLearn                  skills_wanted (Wikidata ids)
 * updatedAt                      last_update
 * id, subject, region, country, time zone, movement role, joined year, 1:1 availability, visibility,
 * notification language, registeredAt, pronouns as written → letsconnect { … }
 * </pre>
 *
 * <p>
 * Skills: CapX identifies a capacity by its own database id, and keeps the capacity's Wikidata item in
 * {@code Skill.skill_wikidata_item}. Our taxonomy's codes are those Wikidata items (its seven roots are CapX's root
 * capacities), so the export gives Wikidata ids, and CapX's importer looks each up by {@code skill_wikidata_item}.
 */
final class CapxMapper {

    private CapxMapper() {
    }

    static CapxProfile map(Participant p, boolean withEmail) {
        List<CapxProfile.Language> languages = new ArrayList<>();
        p.languages.forEach(language -> languages.add(new CapxProfile.Language(language.code(),
                proficiency(language.level()))));
        return new CapxProfile(
                new CapxProfile.User(p.username, withEmail ? p.email : null),
                p.displayName,
                pronoun(p.pronouns),
                p.bio == null ? "" : p.bio,
                p.country == null ? List.of() : List.of(p.country.toLowerCase(Locale.ROOT)),
                List.copyOf(languages),
                List.copyOf(p.affiliations),
                List.copyOf(p.projects),
                List.copyOf(p.skillsToShare),
                List.copyOf(p.skillsToShare),
                List.copyOf(p.skillsToLearn),
                p.updatedAt,
                new CapxProfile.LetsConnect(p.id.toString(), p.subject, p.pronouns, p.region, p.country, p.timeZone,
                        p.movementRole, p.joinedYear, p.availableForConnections, p.maxConnections, p.visibility,
                        p.notificationLanguage, p.registeredAt));
    }

    /** CapX's proficiency for our level: native {@code n}, advanced 3, intermediate 2, basic 1. */
    static String proficiency(String level) {
        if (level == null) {
            return "";
        }
        return switch (level) {
            case LanguageSkill.NATIVE -> "n";
            case LanguageSkill.ADVANCED -> "3";
            case LanguageSkill.INTERMEDIATE -> "2";
            case LanguageSkill.BASIC -> "1";
            default -> "";
        };
    }

    /** CapX's pronoun choice for free text: {@code she/her} → {@code she-her} …, anything else {@code other}. */
    static String pronoun(String pronouns) {
        if (pronouns == null || pronouns.isBlank()) {
            return null;
        }
        String key = pronouns.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]+", " ").strip();
        return switch (key) {
            case "she her", "she", "she her hers" -> "she-her";
            case "he him", "he", "he him his" -> "he-him";
            case "they them", "they", "they them theirs" -> "they-them";
            default -> "other";
        };
    }
}
