package org.letsconnect.matching.connection;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.letsconnect.contracts.taxonomy.SkillTree;
import org.letsconnect.matching.candidate.Candidate;
import org.letsconnect.platform.problem.InvalidField;

/** The checks of request bodies that need no database: skills, texts, codes, times. Each adds what is wrong. */
final class ConnectionChecks {

    static final int MAX_TEXT = 2000;
    static final Set<String> DECLINE_REASONS = Set.of("unavailable", "not-a-fit", "other");
    static final Set<String> CANCEL_REASONS = Set.of("no-longer-needed", "cannot-attend", "no-response", "other");

    private static final SkillTree SKILLS = SkillTree.standard();

    private ConnectionChecks() {
    }

    static void skill(List<InvalidField> invalid, String field, String skill) {
        if (skill == null || skill.isBlank()) {
            invalid.add(new InvalidField(field, "platform-field-required"));
        } else if (!SKILLS.contains(skill)) {
            invalid.add(new InvalidField(field, "matching-connection-unknown-skill", skill));
        }
    }

    static void text(List<InvalidField> invalid, String field, String text) {
        if (text != null && text.length() > MAX_TEXT) {
            invalid.add(new InvalidField(field, "platform-field-too-long", MAX_TEXT));
        }
    }

    static void code(List<InvalidField> invalid, String field, String code, Set<String> allowed) {
        if (code != null && !allowed.contains(code)) {
            invalid.add(new InvalidField(field, "platform-field-unknown-value", code));
        }
    }

    static void future(List<InvalidField> invalid, String field, Instant at, Instant now) {
        if (at != null && !at.isAfter(now)) {
            invalid.add(new InvalidField(field, "matching-connection-time-past"));
        }
    }

    static void timeZone(List<InvalidField> invalid, String field, String zone) {
        if (zone == null || zone.isBlank()) {
            invalid.add(new InvalidField(field, "platform-field-required"));
            return;
        }
        try {
            ZoneId.of(zone);
        } catch (DateTimeException e) {
            invalid.add(new InvalidField(field, "matching-connection-time-zone", zone));
        }
    }

    /**
     * Whether the sharer shares the skill itself or a related one: a broader skill that contains it, or a narrower one
     * within it.
     */
    static boolean sharesRelated(Candidate sharer, String skill) {
        Set<String> related = new HashSet<>(SKILLS.selfAndAncestors(skill));
        related.addAll(SKILLS.selfAndDescendants(skill));
        related.add(skill);
        for (String shared : sharer.skillsToShare()) {
            if (related.contains(shared)) {
                return true;
            }
        }
        return false;
    }
}
