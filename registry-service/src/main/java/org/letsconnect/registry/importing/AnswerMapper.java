package org.letsconnect.registry.importing;

import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.letsconnect.contracts.registry.MovementRoles;
import org.letsconnect.registry.importing.FormFile.FormAnswer;
import org.letsconnect.registry.participant.ProfileRequest;

/**
 * Reads one answer of the old form into profile fields. What a profile cannot do without (username, region,
 * country, a language) makes the answer a problem; what it can (an unknown skill or language, an odd year) is left
 * out with a warning. The limits are {@link ProfileRequest}'s.
 */
@ApplicationScoped
class AnswerMapper {

    static final int MAX_DISPLAY_NAME = 100;
    static final int MAX_PRONOUNS = 40;
    static final int MAX_LANGUAGES = 20;
    static final int MAX_AFFILIATIONS = 20;
    static final int MAX_AFFILIATION = 120;
    static final int MAX_PROJECTS = 30;
    static final int MAX_PROJECT = 60;
    static final int MAX_BIO = 1000;
    static final int MAX_SKILLS = 50;
    static final int MAX_EMAIL = 254;
    static final int FIRST_YEAR = 2001;

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");
    private static final Pattern USER_PREFIX = Pattern.compile("^(?i:user|usuario|usuário|utilisateur|utilizador):\\s*");
    private static final List<String> YES = List.of("yes", "y", "si", "oui", "sim", "true", "1");
    private static final List<String> NO = List.of("no", "n", "non", "nao", "false", "0");

    private final SkillLabels skills;

    AnswerMapper(SkillLabels skills) {
        this.skills = skills;
    }

    Draft map(FormAnswer answer) {
        String timestamp = answer.get(FormColumn.TIMESTAMP);
        Optional<Instant> submittedAt = FormTimestamp.parse(timestamp);
        Draft draft = new Draft(answer.row(), submittedAt.orElse(null), username(answer.get(FormColumn.USERNAME)));
        if (submittedAt.isEmpty()) {
            draft.warn("timestamp", timestamp, "timestamp-invalid", timestamp);
        }
        if (draft.username == null) {
            draft.problems.add(Reason.of("username-missing"));
        }
        email(draft, answer.get(FormColumn.EMAIL));
        displayName(draft, answer.get(FormColumn.FULL_NAME));
        pronouns(draft, answer.get(FormColumn.PRONOUNS));
        region(draft, answer.get(FormColumn.REGION));
        country(draft, answer.get(FormColumn.COUNTRY));
        languages(draft, answer.get(FormColumn.LANGUAGES));
        affiliations(draft, answer.get(FormColumn.AFFILIATION));
        role(draft, answer.get(FormColumn.ROLE));
        joined(draft, answer.get(FormColumn.JOINED));
        projects(draft, answer.get(FormColumn.PROJECTS));
        skills(draft, "skillsToLearn", answer.get(FormColumn.SKILLS_TO_LEARN), draft.skillsToLearn);
        skills(draft, "skillsToShare", answer.get(FormColumn.SKILLS_TO_SHARE), draft.skillsToShare);
        connections(draft, answer.get(FormColumn.CONNECTIONS));
        bio(draft, answer.get(FormColumn.BIO));
        return draft;
    }

    /**
     * The username to look up: as written, without a {@code User:} prefix, an {@code @} or a wiki link's address,
     * underscores read as spaces (as MediaWiki does); null when blank.
     */
    static String username(String answer) {
        if (answer == null) {
            return null;
        }
        String name = answer.strip();
        int slash = name.lastIndexOf('/');
        if (name.contains("://") && slash >= 0) {
            name = java.net.URLDecoder.decode(name.substring(slash + 1), java.nio.charset.StandardCharsets.UTF_8);
        }
        name = USER_PREFIX.matcher(name).replaceFirst("");
        if (name.startsWith("@")) {
            name = name.substring(1);
        }
        name = name.replace('_', ' ').replaceAll("\\s+", " ").strip();
        return name.isEmpty() ? null : name;
    }

    private static void email(Draft draft, String answer) {
        if (answer.isEmpty()) {
            return;
        }
        if (answer.length() <= MAX_EMAIL && EMAIL.matcher(answer).matches()) {
            draft.email = answer;
        } else {
            draft.warn("email", answer, "email-invalid", answer);
        }
    }

    private static void displayName(Draft draft, String answer) {
        if (answer.isEmpty()) {
            draft.warn("displayName", answer, "display-name-missing");
            return;
        }
        draft.displayName = cut(draft, "displayName", answer, MAX_DISPLAY_NAME);
    }

    private static void pronouns(Draft draft, String answer) {
        draft.pronouns = dropIfLong(draft, "pronouns", answer, MAX_PRONOUNS);
    }

    private static void region(Draft draft, String answer) {
        if (answer.isEmpty()) {
            draft.problems.add(Reason.of("region-missing"));
            return;
        }
        Optional<String> code = RegionNames.code(answer);
        if (code.isPresent()) {
            draft.region = code.get();
        } else {
            draft.problems.add(Reason.of("region-unknown", answer));
        }
    }

    private static void country(Draft draft, String answer) {
        if (answer.isEmpty()) {
            draft.problems.add(Reason.of("country-missing"));
            return;
        }
        Optional<String> code = CountryNames.code(answer);
        if (code.isEmpty()) {
            draft.problems.add(Reason.of("country-unknown", answer));
            return;
        }
        draft.country = code.get();
        CountryNames.Zone zone = CountryNames.zone(code.get());
        draft.timeZone = zone.id();
        if (zone.guessed()) {
            draft.warn("timeZone", answer, "time-zone-guessed", zone.id(), answer);
        }
    }

    private static void languages(Draft draft, String answer) {
        for (String part : Names.list(answer)) {
            Optional<LanguageNames.Spoken> spoken = LanguageNames.spoken(part);
            if (spoken.isEmpty()) {
                draft.warn("languages", part, "language-unknown", part);
            } else if (draft.languages.stream().noneMatch(l -> l.code().equals(spoken.get().code()))) {
                if (draft.languages.size() == MAX_LANGUAGES) {
                    draft.warn("languages", part, "too-many", MAX_LANGUAGES);
                } else {
                    draft.languages.add(new ProfileRequest.LanguageEntry(spoken.get().code(), spoken.get().level()));
                }
            }
        }
        if (draft.languages.isEmpty()) {
            draft.problems.add(Reason.of("languages-none"));
        }
    }

    /** Affiliation names may contain commas ("Wikimedians of Lagos, Nigeria"): only semicolons and lines split. */
    private static void affiliations(Draft draft, String answer) {
        for (String part : answer.split("[;\\n]")) {
            String name = dropIfLong(draft, "affiliations", part.strip(), MAX_AFFILIATION);
            if (name != null && !draft.affiliations.contains(name)) {
                if (draft.affiliations.size() == MAX_AFFILIATIONS) {
                    draft.warn("affiliations", name, "too-many", MAX_AFFILIATIONS);
                } else {
                    draft.affiliations.add(name);
                }
            }
        }
    }

    /**
     * The role is required by the event contract; an answer that is none of the six (an "Other:" text) or none at
     * all is imported as individual editor, with a warning.
     */
    private static void role(Draft draft, String answer) {
        Optional<String> code = MovementRoleNames.code(answer);
        if (code.isPresent()) {
            draft.movementRole = code.get();
            return;
        }
        draft.movementRole = MovementRoles.INDIVIDUAL_EDITOR;
        if (answer.isEmpty()) {
            draft.warn("movementRole", answer, "role-missing");
        } else {
            draft.warn("movementRole", answer, "role-unknown", answer);
        }
    }

    private static void joined(Draft draft, String answer) {
        if (answer.isEmpty()) {
            return;
        }
        int thisYear = Year.now().getValue();
        Matcher matcher = YEAR.matcher(answer);
        if (matcher.find()) {
            int year = Integer.parseInt(matcher.group(1));
            if (year >= FIRST_YEAR && year <= thisYear && !matcher.find()) {
                draft.joinedYear = year;
                return;
            }
        }
        draft.warn("joinedYear", answer, "year-invalid", answer, String.valueOf(FIRST_YEAR),
                String.valueOf(thisYear));
    }

    private static void projects(Draft draft, String answer) {
        for (String part : Names.list(answer)) {
            String project = dropIfLong(draft, "projects", ProjectNames.normalise(part), MAX_PROJECT);
            if (project != null && !draft.projects.contains(project)) {
                if (draft.projects.size() == MAX_PROJECTS) {
                    draft.warn("projects", project, "too-many", MAX_PROJECTS);
                } else {
                    draft.projects.add(project);
                }
            }
        }
    }

    private void skills(Draft draft, String field, String answer, List<String> into) {
        SkillLabels.Match match = skills.match(answer);
        for (String code : match.codes()) {
            if (into.size() == MAX_SKILLS) {
                draft.warn(field, code, "too-many", MAX_SKILLS);
                break;
            }
            into.add(code);
        }
        match.unknown().forEach(text -> draft.warn(field, text, "skill-unknown", text));
        match.ambiguous().forEach(a -> draft.warn(field, a.text(), "skill-ambiguous", a.text(),
                String.join(", ", a.codes())));
    }

    private static void connections(Draft draft, String answer) {
        if (answer.isEmpty()) {
            return;
        }
        String first = Names.key(answer).split(" ")[0];
        if (YES.contains(first)) {
            draft.availableForConnections = true;
        } else if (!NO.contains(first)) {
            draft.warn("availableForConnections", answer, "connections-unknown", answer);
        }
    }

    private static void bio(Draft draft, String answer) {
        draft.bio = answer.isEmpty() ? null : cut(draft, "bio", answer, MAX_BIO);
    }

    /** The text, cut to {@code max} characters (never inside a surrogate pair) with a warning when longer. */
    private static String cut(Draft draft, String field, String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        draft.warn(field, text, "too-long-cut", max);
        return text.substring(0, end).strip();
    }

    /** The text, or null with a warning when longer than {@code max}; null when blank. */
    private static String dropIfLong(Draft draft, String field, String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > max) {
            draft.warn(field, text, "too-long-dropped", max);
            return null;
        }
        return text.strip();
    }
}
