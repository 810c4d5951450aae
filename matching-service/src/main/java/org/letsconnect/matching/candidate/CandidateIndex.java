package org.letsconnect.matching.candidate;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Every participant matching knows, in memory, with the sharers of each skill at hand: suggestions over 100,000
 * profiles read this instead of a database. {@link CandidateFeed} fills it from {@code registry.participants.v1} on
 * every replica. Safe for concurrent readers while the feed writes; a reader sees each candidate whole.
 */
@ApplicationScoped
public class CandidateIndex {

    private final Map<String, Candidate> byId = new ConcurrentHashMap<>();
    private final Map<String, String> idBySubject = new ConcurrentHashMap<>();
    /**
     * Skill code → the people who can share exactly that skill and take 1:1 connections, by id: the candidates of a
     * suggestion, at hand without a look-up per person (most profiles take no connections and are not in it).
     */
    private final Map<String, Map<String, Candidate>> sharersBySkill = new ConcurrentHashMap<>();

    /** Takes a profile in, replacing what was known of the person unless the known profile is newer. */
    public void keep(Candidate candidate) {
        byId.compute(candidate.participantId(), (id, known) -> {
            if (known != null && known.updatedAt() != null && candidate.updatedAt() != null
                    && known.updatedAt().isAfter(candidate.updatedAt())) {
                return known;
            }
            if (known != null) {
                unindex(known);
                if (known.subject() != null && !known.subject().equals(candidate.subject())) {
                    idBySubject.remove(known.subject(), id);
                }
            }
            if (candidate.sharesConnections()) {
                for (String skill : candidate.skillsToShare()) {
                    sharersBySkill.computeIfAbsent(skill, s -> new ConcurrentHashMap<>()).put(id, candidate);
                }
            }
            if (candidate.subject() != null) {
                idBySubject.put(candidate.subject(), id);
            }
            return candidate;
        });
    }

    /** Forgets the person (erasure, a tombstone): they are suggested to no one from now on. */
    public void forget(String participantId) {
        byId.computeIfPresent(participantId, (id, known) -> {
            unindex(known);
            if (known.subject() != null) {
                idBySubject.remove(known.subject(), id);
            }
            return null;
        });
    }

    public Optional<Candidate> byId(String participantId) {
        return participantId == null ? Optional.empty() : Optional.ofNullable(byId.get(participantId));
    }

    /** The participant of a signed-in caller, by their Wikimedia central user id. */
    public Optional<Candidate> bySubject(String subject) {
        return subject == null ? Optional.empty()
                : Optional.ofNullable(idBySubject.get(subject)).map(byId::get);
    }

    /**
     * The people who can share exactly this skill code (sub- or broader skills are other codes) and take 1:1
     * connections; a live view, safe to iterate while the feed writes.
     */
    public Collection<Candidate> sharersOf(String skill) {
        Map<String, Candidate> sharers = skill == null ? null : sharersBySkill.get(skill);
        return sharers == null ? List.of() : Collections.unmodifiableCollection(sharers.values());
    }

    public Collection<Candidate> all() {
        return byId.values();
    }

    public int size() {
        return byId.size();
    }

    private void unindex(Candidate known) {
        for (String skill : known.skillsToShare()) {
            Map<String, Candidate> sharers = sharersBySkill.get(skill);
            if (sharers != null) {
                sharers.remove(known.participantId());
            }
        }
    }
}
