package org.letsconnect.registry.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.letsconnect.contracts.registry.MovementRoles;
import org.letsconnect.contracts.registry.Regions;
import org.letsconnect.platform.i18n.LanguageCode;
import org.letsconnect.platform.problem.InvalidField;
import org.letsconnect.platform.problem.ProblemException;
import org.letsconnect.registry.participant.ProfileValidator;
import org.letsconnect.registry.skill.SkillTaxonomy;

/**
 * Turns the query parameters of {@code GET /api/v1/participants} into a {@link DirectoryQuery}, or refuses them
 * with one 400 problem naming every query parameter at fault (the {@code field} of each error is the parameter's
 * name: {@code skill}, {@code region}, {@code size} …).
 */
@ApplicationScoped
public class DirectoryQueryParser {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** At most this many {@code skill} parameters (each may stand for many sub-skills). */
    public static final int MAX_SKILLS = 10;
    /** At most this many values of the other repeatable parameters. */
    public static final int MAX_VALUES = 20;
    public static final int MAX_TEXT_LENGTH = 200;

    private final SkillTaxonomy taxonomy;

    public DirectoryQueryParser(SkillTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /** The raw parameters, as the resource receives them (null or empty when absent). */
    public record Parameters(List<String> skill, String mode, List<String> language, List<String> region,
            List<String> country, List<String> role, String available, String q, String page, String size) {
    }

    public DirectoryQuery parse(Parameters raw, boolean publicOnly) {
        List<InvalidField> invalid = new ArrayList<>();

        List<DirectoryQuery.RequestedSkill> skills = new ArrayList<>();
        List<String> skillCodes = values(raw.skill(), MAX_SKILLS, "skill", invalid, code -> code);
        for (String code : skillCodes) {
            if (taxonomy.isKnown(code)) {
                skills.add(new DirectoryQuery.RequestedSkill(code, taxonomy.descendantsAndSelf(code)));
            } else {
                invalid.add(new InvalidField("skill", "registry-skill-unknown-code", code));
            }
        }

        DirectoryQuery.Mode mode = DirectoryQuery.Mode.ANY;
        if (raw.mode() != null && !raw.mode().isBlank()) {
            String value = raw.mode().strip().toLowerCase(Locale.ROOT);
            switch (value) {
                case "learn" -> mode = DirectoryQuery.Mode.LEARN;
                case "share" -> mode = DirectoryQuery.Mode.SHARE;
                case "any" -> mode = DirectoryQuery.Mode.ANY;
                default -> invalid.add(unknown("mode", raw.mode()));
            }
        }

        List<String> languages = new ArrayList<>();
        for (String value : values(raw.language(), MAX_VALUES, "language", invalid, code -> code)) {
            String code = LanguageCode.normalise(value);
            if (ProfileValidator.isLanguage(code)) {
                if (!languages.contains(code)) {
                    languages.add(code);
                }
            } else {
                invalid.add(unknown("language", value));
            }
        }

        List<String> regions = known(values(raw.region(), MAX_VALUES, "region", invalid, code -> code), "region",
                Set.copyOf(Regions.ALL), invalid);
        List<String> countries = known(values(raw.country(), MAX_VALUES, "country", invalid,
                code -> code.toUpperCase(Locale.ROOT)), "country", ProfileValidator.COUNTRIES, invalid);
        List<String> roles = known(values(raw.role(), MAX_VALUES, "role", invalid, code -> code), "role",
                Set.copyOf(MovementRoles.ALL), invalid);

        boolean availableOnly = false;
        if (raw.available() != null && !raw.available().isBlank()) {
            String value = raw.available().strip().toLowerCase(Locale.ROOT);
            if (value.equals("true")) {
                availableOnly = true;
            } else if (!value.equals("false")) {
                invalid.add(unknown("available", raw.available()));
            }
        }

        String text = raw.q() == null || raw.q().isBlank() ? null : raw.q().strip();
        if (text != null && text.codePointCount(0, text.length()) > MAX_TEXT_LENGTH) {
            invalid.add(new InvalidField("q", "platform-field-too-long", MAX_TEXT_LENGTH));
            text = null;
        }

        int page = number(raw.page(), "page", 0, 0, Integer.MAX_VALUE, invalid);
        int size = number(raw.size(), "size", DEFAULT_SIZE, 1, MAX_SIZE, invalid);

        if (!invalid.isEmpty()) {
            throw ProblemException.invalidFields(invalid);
        }
        return new DirectoryQuery(skills, mode, languages, regions, countries, roles, availableOnly, text, publicOnly,
                page, size);
    }

    /** The distinct, stripped, non-blank values of a repeatable parameter; too many is an error. */
    private static List<String> values(List<String> raw, int max, String field, List<InvalidField> invalid,
            java.util.function.UnaryOperator<String> canonical) {
        Set<String> values = new LinkedHashSet<>();
        if (raw != null) {
            for (String value : raw) {
                if (value != null && !value.isBlank()) {
                    values.add(canonical.apply(value.strip()));
                }
            }
        }
        if (values.size() > max) {
            invalid.add(new InvalidField(field, "platform-field-too-many", max));
            return List.of();
        }
        return List.copyOf(values);
    }

    private static List<String> known(List<String> values, String field, Set<String> allowed,
            List<InvalidField> invalid) {
        for (String value : values) {
            if (!allowed.contains(value)) {
                invalid.add(unknown(field, value));
            }
        }
        return values;
    }

    private static int number(String raw, String field, int absent, int min, int max, List<InvalidField> invalid) {
        if (raw == null || raw.isBlank()) {
            return absent;
        }
        long value;
        try {
            value = Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            invalid.add(new InvalidField(field, "platform-field-not-a-number"));
            return absent;
        }
        if (value < min) {
            invalid.add(new InvalidField(field, "platform-field-too-small", min));
            return absent;
        }
        if (value > max) {
            invalid.add(new InvalidField(field, "platform-field-too-large", max));
            return absent;
        }
        return (int) value;
    }

    private static InvalidField unknown(String field, String value) {
        return new InvalidField(field, "platform-field-unknown-value", value);
    }
}
