package org.letsconnect.registry.search;

import java.util.List;

import org.letsconnect.contracts.registry.LanguageSkill;

/**
 * One person in the directory, as a search result shows them: enough to decide whom to contact, never contact
 * data (the full profile is {@code GET /api/v1/participants/{id}}).
 *
 * @param bio the beginning of the bio, cut at a word boundary with an ellipsis when longer than a card holds
 */
public record DirectoryCard(String id, String username, String displayName, String pronouns, String region,
        String country, List<LanguageSkill> languages, String movementRole, List<String> skillsToLearn,
        List<String> skillsToShare, boolean availableForConnections, String bio) {

    /** Bios longer than this (in characters, not UTF-16 units) are shortened on cards. */
    static final int BIO_LENGTH = 160;

    /** The first {@link #BIO_LENGTH} characters of a bio, cut after the last whole word if there is one. */
    static String shortBio(String bio) {
        if (bio == null) {
            return null;
        }
        String text = bio.strip();
        if (text.codePointCount(0, text.length()) <= BIO_LENGTH) {
            return text;
        }
        int end = text.offsetByCodePoints(0, BIO_LENGTH);
        String cut = text.substring(0, end);
        int space = cut.lastIndexOf(' ');
        if (space > BIO_LENGTH / 2) {
            cut = cut.substring(0, space);
        }
        return cut.stripTrailing() + "…";
    }
}
