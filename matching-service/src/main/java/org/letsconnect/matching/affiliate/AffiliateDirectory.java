package org.letsconnect.matching.affiliate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.letsconnect.contracts.taxonomy.SkillTree;
import org.letsconnect.matching.candidate.Candidate;
import org.letsconnect.matching.candidate.CandidateIndex;
import org.letsconnect.matching.suggestion.SharerStanding;
import org.letsconnect.matching.suggestion.SharerStandings;
import org.letsconnect.matching.suggestion.SkillRelation;

import io.smallrye.mutiny.Uni;

/**
 * Affiliates as the candidate index tells them (each person's affiliations, free text grouped by
 * {@link AffiliateNames#key}), and which of them could teach a skill: their members who share it, exactly or through
 * the taxonomy as suggestions count it, with or without a free place.
 */
@ApplicationScoped
public class AffiliateDirectory {

    static final int MAX_LIAISONS = 5;

    private final CandidateIndex index;
    private final SharerStandings standings;
    private final SkillTree tree = SkillTree.standard();

    public AffiliateDirectory(CandidateIndex index, SharerStandings standings) {
        this.index = index;
        this.standings = standings;
    }

    /** The affiliate of that name (compared by key), if anyone names it. */
    Optional<Affiliate> find(String name) {
        String key = AffiliateNames.key(name);
        return key == null ? Optional.empty() : Optional.ofNullable(all().get(key));
    }

    /** Whether the person shares the skill or one related to it through the taxonomy. */
    boolean sharesRelated(Candidate person, String skill) {
        return person.skillsToShare().stream()
                .anyMatch(shared -> SkillRelation.between(tree, skill, shared).isPresent());
    }

    /**
     * The affiliates other than {@code forName} with a member sharing the skill: most members sharing it with a free
     * place first, then most sharing it at all, then by name.
     */
    Uni<List<AffiliateCandidate>> candidates(String skill, String forName) {
        String excluded = AffiliateNames.key(forName);
        List<Affiliate> teaching = all().values().stream().filter(affiliate -> !affiliate.key().equals(excluded))
                .filter(affiliate -> affiliate.members().stream().anyMatch(member -> sharesRelated(member, skill)))
                .toList();
        return standings.current().map(current -> teaching.stream()
                .map(affiliate -> candidate(affiliate, skill, current))
                .sorted(Comparator.comparingInt(AffiliateCandidate::membersSharingWithFreePlace).reversed()
                        .thenComparing(Comparator.comparingInt(AffiliateCandidate::membersSharing).reversed())
                        .thenComparing(AffiliateCandidate::name))
                .toList());
    }

    private AffiliateCandidate candidate(Affiliate affiliate, String skill, SharerStandings.Snapshot standings) {
        List<AffiliateCandidate.Liaison> members = new ArrayList<>();
        for (Candidate member : affiliate.members()) {
            SharerStanding standing = standings.of(member.participantId());
            boolean freePlace = member.sharesConnections()
                    && standing.activeConnections() < member.maxConnections();
            members.add(new AffiliateCandidate.Liaison(member.participantId(), member.username(),
                    sharesRelated(member, skill), freePlace));
        }
        int sharing = (int) members.stream().filter(AffiliateCandidate.Liaison::sharesSkill).count();
        int sharingFree = (int) members.stream().filter(m -> m.sharesSkill() && m.freePlace()).count();
        List<AffiliateCandidate.Liaison> liaisons = members.stream()
                .sorted(Comparator.comparing((AffiliateCandidate.Liaison m) -> !(m.sharesSkill() && m.freePlace()))
                        .thenComparing(m -> !m.sharesSkill())
                        .thenComparing(m -> !m.freePlace())
                        .thenComparing(AffiliateCandidate.Liaison::username,
                                Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(AffiliateCandidate.Liaison::participantId))
                .limit(MAX_LIAISONS).toList();
        return new AffiliateCandidate(affiliate.name(), sharingFree, sharing, liaisons);
    }

    /** Every affiliate someone names, by key; read from the index on each call (it changes with every profile). */
    private Map<String, Affiliate> all() {
        Map<String, Map<String, Candidate>> members = new HashMap<>();
        Map<String, Map<String, Integer>> spellings = new HashMap<>();
        for (Candidate person : index.all()) {
            for (String written : person.affiliations()) {
                String key = AffiliateNames.key(written);
                if (key == null) {
                    continue;
                }
                if (members.computeIfAbsent(key, k -> new LinkedHashMap<>()).putIfAbsent(person.participantId(),
                        person) == null) {
                    spellings.computeIfAbsent(key, k -> new HashMap<>()).merge(written.strip().replaceAll("\\s+", " "),
                            1, Integer::sum);
                }
            }
        }
        Map<String, Affiliate> affiliates = new HashMap<>(members.size() * 2);
        members.forEach((key, people) -> affiliates.put(key, new Affiliate(key,
                AffiliateNames.mostWritten(spellings.get(key)), List.copyOf(people.values()))));
        return affiliates;
    }
}
