package org.letsconnect.matching.suggestion;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.letsconnect.contracts.taxonomy.SkillTree;
import org.letsconnect.matching.candidate.Candidate;

/**
 * The skills whose sharers may serve someone who wants one skill, best relation first (exact, narrower, broader,
 * sibling), then by code: the one order in which a sharer's best related skill is chosen, by the ranking's walk over
 * the index and by a single score alike.
 */
public final class RelatedSkills {

    private final List<String> codes;
    private final List<SkillRelation> relations;
    private final Map<String, Integer> ranks;

    private RelatedSkills(List<String> codes, List<SkillRelation> relations, Map<String, Integer> ranks) {
        this.codes = codes;
        this.relations = relations;
        this.ranks = ranks;
    }

    /** The skills related to {@code skill} in the tree, the skill itself first. */
    public static RelatedSkills of(SkillTree tree, String skill) {
        record Related(String code, SkillRelation relation) {
        }
        List<Related> related = tree.codes().stream()
                .flatMap(code -> SkillRelation.between(tree, skill, code).map(r -> new Related(code, r)).stream())
                .sorted(Comparator.comparing(Related::relation).thenComparing(Related::code))
                .toList();
        Map<String, Integer> ranks = new HashMap<>();
        for (int i = 0; i < related.size(); i++) {
            ranks.put(related.get(i).code(), i);
        }
        return new RelatedSkills(related.stream().map(Related::code).toList(),
                related.stream().map(Related::relation).toList(), Map.copyOf(ranks));
    }

    /** How many skills are related, the skill itself included. */
    public int size() {
        return codes.size();
    }

    /** The code at a rank in the order. */
    public String code(int rank) {
        return codes.get(rank);
    }

    /** How the code at a rank relates to the wanted skill. */
    public SkillRelation relation(int rank) {
        return relations.get(rank);
    }

    /** The rank of the sharer's best related skill, or {@link Integer#MAX_VALUE} when they share none. */
    public int bestRankOf(Candidate sharer) {
        int best = Integer.MAX_VALUE;
        for (String code : sharer.skillsToShare()) {
            Integer rank = ranks.get(code);
            if (rank != null && rank < best) {
                best = rank;
            }
        }
        return best;
    }
}
