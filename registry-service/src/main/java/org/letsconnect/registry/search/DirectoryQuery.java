package org.letsconnect.registry.search;

import java.util.List;

/**
 * A checked directory search: every code is known, every list de-duplicated, paging within bounds.
 *
 * @param skills the requested skills, each with its sub-skills ({@code descendantsAndSelf}), in request order
 * @param mode where a skill must be: {@code learn}, {@code share} or {@code any}
 * @param languages normalised Wikimedia language codes; a profile matches when it speaks any of them
 * @param regions Wikimedia region codes; any of them
 * @param countries ISO 3166-1 alpha-2 codes, upper case; any of them
 * @param roles movement role codes; any of them
 * @param availableOnly only people open to 1:1 connections
 * @param text free text over display name, username and bio, or null
 * @param publicOnly only public profiles ({@code visibility = 'public'}), for a caller
 *        {@link org.letsconnect.registry.participant.ProfileVisibility#publicOnly()} shows no others
 * @param page 0-based page
 * @param size page size, 1–{@value DirectoryQueryParser#MAX_SIZE}
 */
public record DirectoryQuery(List<RequestedSkill> skills, Mode mode, List<String> languages, List<String> regions,
        List<String> countries, List<String> roles, boolean availableOnly, String text, boolean publicOnly, int page,
        int size) {

    /** Where the requested skills are looked for. */
    public enum Mode {
        LEARN,
        SHARE,
        ANY;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A requested skill code and the codes it stands for (itself and every sub-skill). */
    public record RequestedSkill(String code, List<String> codes) {
        public RequestedSkill {
            codes = List.copyOf(codes);
        }
    }

    public DirectoryQuery {
        skills = List.copyOf(skills);
        languages = List.copyOf(languages);
        regions = List.copyOf(regions);
        countries = List.copyOf(countries);
        roles = List.copyOf(roles);
    }

    /** Rows to skip before the page. */
    public long offset() {
        return (long) page * size;
    }

    /** Every code any requested skill stands for, without duplicates. */
    public List<String> allSkillCodes() {
        return skills.stream().flatMap(skill -> skill.codes().stream()).distinct().toList();
    }
}
