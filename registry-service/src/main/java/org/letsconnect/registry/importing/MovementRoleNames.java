package org.letsconnect.registry.importing;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.letsconnect.contracts.registry.MovementRoles;

/**
 * Answers to "What is your role in the movement?" to the six movement role codes. The form words them
 * {@code Paid staff of a Wikimedia affiliate}, {@code Volunteer staff of a Wikimedia affiliate},
 * {@code Volunteer organiser}, {@code Executive Director of an affiliate}, {@code Board member of an affiliate} and
 * {@code Individual editor / contributor}; shorter wordings ({@code Board member}, {@code Individual editor}), US
 * spelling ({@code organizer}) and the codes are accepted, compared with {@link Names#key} without filler words.
 */
final class MovementRoleNames {

    /** The six roles as the form words them, in the form's order. */
    static final Map<String, String> FORM_WORDING = formWording();

    private static final List<String> FILLERS = List.of("a", "an", "of", "the", "wikimedia", "member");
    private static final Map<String, List<String>> NAMES = Map.of(
            MovementRoles.PAID_AFFILIATE_STAFF, List.of("Paid affiliate staff", "Affiliate staff (paid)",
                    "Paid staff", "Staff of an affiliate"),
            MovementRoles.VOLUNTEER_AFFILIATE_STAFF, List.of("Volunteer affiliate staff", "Affiliate staff (volunteer)",
                    "Volunteer staff"),
            MovementRoles.VOLUNTEER_ORGANIZER, List.of("Volunteer organizer", "Organiser", "Organizer",
                    "Community organiser", "Community organizer"),
            MovementRoles.EXECUTIVE_DIRECTOR, List.of("Executive Director", "ED"),
            MovementRoles.BOARD_MEMBER, List.of("Board member", "Board", "Board member of a user group"),
            MovementRoles.INDIVIDUAL_EDITOR, List.of("Individual editor", "Individual contributor", "Editor",
                    "Contributor", "Individual Wikimedian"));
    private static final Map<String, String> INDEX = index();

    private MovementRoleNames() {
    }

    /** The role code for an answer; empty when it is none of the six. */
    static Optional<String> code(String answer) {
        String key = key(answer);
        return key.isEmpty() ? Optional.empty() : Optional.ofNullable(INDEX.get(key));
    }

    private static String key(String text) {
        return Names.keyWithout(text, FILLERS).replace("organiser", "organizer");
    }

    private static Map<String, String> index() {
        Map<String, String> index = new HashMap<>();
        NAMES.forEach((code, names) -> {
            index.put(key(code), code);
            names.forEach(name -> index.put(key(name), code));
        });
        FORM_WORDING.forEach((wording, code) -> index.put(key(wording), code));
        return Map.copyOf(index);
    }

    private static Map<String, String> formWording() {
        Map<String, String> wording = new LinkedHashMap<>();
        wording.put("Paid staff of a Wikimedia affiliate", MovementRoles.PAID_AFFILIATE_STAFF);
        wording.put("Volunteer staff of a Wikimedia affiliate", MovementRoles.VOLUNTEER_AFFILIATE_STAFF);
        wording.put("Volunteer organiser", MovementRoles.VOLUNTEER_ORGANIZER);
        wording.put("Executive Director of an affiliate", MovementRoles.EXECUTIVE_DIRECTOR);
        wording.put("Board member of an affiliate", MovementRoles.BOARD_MEMBER);
        wording.put("Individual editor / contributor", MovementRoles.INDIVIDUAL_EDITOR);
        return java.util.Collections.unmodifiableMap(wording);
    }
}
