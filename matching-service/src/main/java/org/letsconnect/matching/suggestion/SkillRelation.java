package org.letsconnect.matching.suggestion;

import java.util.Objects;
import java.util.Optional;

import org.letsconnect.contracts.taxonomy.SkillTree;

/**
 * How a skill a sharer shares relates to the skill a learner wants, through the taxonomy's hierarchy; best first.
 * Skills with none of these relations do not make the sharer a candidate.
 */
public enum SkillRelation {
    /** The very skill. */
    EXACT,
    /** A more specific skill under the wanted one, at any depth (wanted Wikidata, shared SPARQL). */
    NARROWER,
    /** A broader skill the wanted one belongs to, at any height (wanted SPARQL, shared Wikidata). */
    BROADER,
    /** Another skill under the same parent (wanted SPARQL, shared data modelling); roots have no siblings. */
    SIBLING;

    /** The code reasons carry: {@code exact}, {@code narrower}, {@code broader}, {@code sibling}. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** How {@code shared} relates to {@code wanted}; empty if it does not, or if either is not in the taxonomy. */
    public static Optional<SkillRelation> between(SkillTree tree, String wanted, String shared) {
        if (!tree.contains(wanted) || !tree.contains(shared)) {
            return Optional.empty();
        }
        if (wanted.equals(shared)) {
            return Optional.of(EXACT);
        }
        if (isBelow(tree, shared, wanted)) {
            return Optional.of(NARROWER);
        }
        if (isBelow(tree, wanted, shared)) {
            return Optional.of(BROADER);
        }
        String parent = tree.parent(wanted).orElse(null);
        if (parent != null && Objects.equals(parent, tree.parent(shared).orElse(null))) {
            return Optional.of(SIBLING);
        }
        return Optional.empty();
    }

    /** Whether {@code code} lies somewhere under {@code ancestor} (walking up: the tree is at most a few levels deep). */
    private static boolean isBelow(SkillTree tree, String code, String ancestor) {
        for (String up = tree.parent(code).orElse(null); up != null; up = tree.parent(up).orElse(null)) {
            if (up.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }
}
