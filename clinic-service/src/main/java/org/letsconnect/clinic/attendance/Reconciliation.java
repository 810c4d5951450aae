package org.letsconnect.clinic.attendance;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Who was in the meeting: the report's joins grouped per person (by email, else by name), their intervals merged
 * ({@link Presence}), and each person reconciled to someone known, in this order:
 * <ol>
 * <li>a remembered alias: an organizer confirmed this Zoom email or exact (folded) Zoom name before — a name only for
 * a registrant of this space, or where no one else known is alike to it (else the confirmed person is offered first);
 * <li>email: a guest registrant's or a directory participant's (private) email;
 * <li>names, registrants first: the registrant whose registered name, username or display name is clearly the most
 * alike ({@link NameSimilarity#CLEAR} and ahead of the next by {@link #MARGIN}); then the same over registrants and
 * the whole directory.
 * </ol>
 * Otherwise the attendee is ambiguous, with the alike enough ({@link NameSimilarity#POSSIBLE}) as candidates, or
 * unmatched. Two Zoom identities reconciled to the same person (a phone and a laptop) become one attendee.
 */
final class Reconciliation {

    /** The prefix of an alias remembered for a Zoom email (name aliases are folded names: letters, digits, spaces). */
    static final String EMAIL_ALIAS = "email:";
    /** How far ahead of the next candidate the best must be to be taken without asking. */
    static final double MARGIN = 0.05;
    /** The most candidates offered for an ambiguous attendee. */
    static final int MAX_CANDIDATES = 5;

    enum Status {
        MATCHED("matched"),
        AMBIGUOUS("ambiguous"),
        UNMATCHED("unmatched"),
        /** The meeting's host or a co-host: reported apart, never an attendee. */
        HOST("host");

        final String code;

        Status(String code) {
            this.code = code;
        }
    }

    /**
     * A remembered confirmation: the Zoom name stands for this participant, or for the guest with this email.
     *
     * @param here whether it was confirmed in the space being reconciled
     */
    record Alias(UUID participantId, String guestEmail, boolean here) {
    }

    /**
     * Why an attendee may be a known person.
     *
     * @param matchedOn {@code alias}, {@code email}, {@code registered-name}, {@code username} or {@code display-name}
     * @param similarity how the names compare ({@link NameSimilarity.Kind}), {@code exact} for alias and email
     */
    record Offer(KnownPerson person, String matchedOn, String similarity, double score) {
    }

    /**
     * One person as the report shows them: their joins grouped and merged, not yet reconciled.
     *
     * @param key what identifies them in the report ({@link #key})
     * @param names the names they were in the meeting under
     * @param email the email Zoom reported, lower case, or null
     */
    record Sighting(String key, List<ZoomName> names, String email, boolean guest, Presence presence) {
    }

    /**
     * One attendee.
     *
     * @param key what identifies them in the report ({@link #key})
     * @param names the names they were in the meeting under, as the report writes them
     * @param match the person they are, when matched
     * @param candidates who they may be, when ambiguous
     */
    record Attendee(String key, List<String> names, String email, boolean guest, Presence presence, Status status,
            Offer match, List<Offer> candidates) {
    }

    private Reconciliation() {
    }

    /** The report's joins grouped per person (same email, else same folded name), their intervals merged. */
    static List<Sighting> sightings(List<ZoomReport.Join> joins) {
        Map<String, List<ZoomReport.Join>> byPerson = new LinkedHashMap<>();
        for (ZoomReport.Join join : joins) {
            byPerson.computeIfAbsent(key(join.email(), join.name().shown()), k -> new ArrayList<>()).add(join);
        }
        List<Sighting> sightings = new ArrayList<>();
        byPerson.forEach((key, own) -> {
            Set<ZoomName> names = new LinkedHashSet<>();
            String email = null;
            boolean guest = false;
            List<Presence.Interval> intervals = new ArrayList<>();
            for (ZoomReport.Join join : own) {
                names.add(join.name());
                email = email == null ? join.email() : email;
                guest |= join.guest();
                intervals.add(new Presence.Interval(join.joinedAt(), join.leftAt()));
            }
            sightings.add(new Sighting(key, List.copyOf(names), email, guest, Presence.of(intervals)));
        });
        return sightings;
    }

    /**
     * Reconciles every sighting; those whose Zoom email is one of {@code hostEmails} (the meeting's host, the space's
     * organizers, the programme's accounts) are hosts, reconciled to no one.
     */
    static List<Attendee> reconcile(List<Sighting> sightings, Collection<KnownPerson> people,
            Map<String, Alias> aliases, Set<String> hostEmails) {
        List<KnownPerson> everyone = List.copyOf(people);
        Map<String, Set<KnownPerson>> index = index(everyone);
        List<Attendee> attendees = new ArrayList<>();
        List<Attendee> hosts = new ArrayList<>();
        for (Sighting sighting : sightings) {
            if (sighting.email() != null && hostEmails.contains(sighting.email())) {
                hosts.add(new Attendee(sighting.key(), sighting.names().stream().map(ZoomName::display).distinct()
                        .toList(), sighting.email(), sighting.guest(), sighting.presence(), Status.HOST, null,
                        List.of()));
            } else {
                attendees.add(attendee(sighting, everyone, index, aliases));
            }
        }
        List<Attendee> all = new ArrayList<>(mergeSamePerson(attendees));
        all.addAll(hosts);
        return List.copyOf(all);
    }

    /**
     * People by the beginnings and consonant skeletons of their names' words. Two names can only be alike when some
     * of their words are: the same first letter (initials, and the same word), the same first two letters (nearly
     * every spelling Jaro-Winkler finds alike) or the same skeleton (transliterations). Comparing an attendee only
     * with the people sharing such a key keeps a report against a directory of thousands fast.
     */
    private static Map<String, Set<KnownPerson>> index(List<KnownPerson> people) {
        Map<String, Set<KnownPerson>> index = new HashMap<>();
        for (KnownPerson person : people) {
            for (PersonName name : List.of(person.registeredFolded(), person.usernameFolded(),
                    person.displayFolded())) {
                for (PersonName.Word word : name.words()) {
                    for (String key : indexKeys(word)) {
                        index.computeIfAbsent(key, k -> Collections.newSetFromMap(new IdentityHashMap<>()))
                                .add(person);
                    }
                }
            }
        }
        return index;
    }

    private static List<String> indexKeys(PersonName.Word word) {
        String text = word.text();
        List<String> keys = new ArrayList<>(3);
        keys.add("1:" + text.charAt(0));
        if (text.length() > 1) {
            keys.add("2:" + text.substring(0, 2));
        }
        if (!word.skeleton().isEmpty()) {
            keys.add("s:" + word.skeleton());
        }
        return keys;
    }

    /** The people whose names may be alike to any of these, in their original order. */
    private static List<KnownPerson> mayBeAlike(List<PersonName> names, List<KnownPerson> people,
            Map<String, Set<KnownPerson>> index) {
        Set<KnownPerson> found = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PersonName name : names) {
            for (PersonName.Word word : name.words()) {
                // a full word meets its initial under "1:", an initial meets every word it may stand for there
                List<String> keys = word.isInitial() ? List.of("1:" + word.text()) : indexKeys(word);
                for (String key : keys) {
                    found.addAll(index.getOrDefault(key, Set.of()));
                }
            }
        }
        return people.stream().filter(found::contains).toList();
    }

    /**
     * What identifies a person in a report: their email, else their folded name — as a SHA-256 digest, so that the
     * key (kept to find the attendee again in a later upload) does not spell out who they were once the attendee's
     * names and email are erased. (A digest, not a secret: whoever already has an email can test it against a key.)
     */
    static String key(String email, String shownName) {
        String identity = email != null ? EMAIL_ALIAS + email : "name:" + nameKey(shownName);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(identity.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** A name folded; a name of no letters or digits at all (emoji) as written, in lower case. */
    private static String nameKey(String name) {
        String folded = PersonName.of(name).key();
        return folded.isEmpty() ? name.strip().toLowerCase(Locale.ROOT) : folded;
    }

    private static Attendee attendee(Sighting sighting, List<KnownPerson> people, Map<String, Set<KnownPerson>> index,
            Map<String, Alias> aliases) {
        String key = sighting.key();
        List<ZoomName> names = sighting.names();
        String email = sighting.email();
        boolean guest = sighting.guest();
        Presence presence = sighting.presence();
        List<String> shown = names.stream().map(ZoomName::display).distinct().toList();
        AliasMatch alias = byAlias(names, email, people, aliases);
        // an e-mail is the person wherever it comes; a name is them in the space it was confirmed in, and where they
        // registered
        Offer known = alias != null && (alias.certain() || alias.offer().person().registered()) ? alias.offer() : null;
        if (known == null) {
            known = byEmail(email, people);
        }
        if (known != null) {
            return new Attendee(key, shown, email, guest, presence, Status.MATCHED, known, List.of());
        }
        List<PersonName> folded = names.stream().flatMap(name -> name.all().stream()).map(PersonName::of).toList();
        List<Offer> offers = new ArrayList<>();
        for (KnownPerson person : mayBeAlike(folded, people, index)) {
            Offer offer = byName(folded, person);
            if (offer != null && offer.score() >= NameSimilarity.POSSIBLE) {
                offers.add(offer);
            }
        }
        // ties in a stable order, so that the same report against the same people gives the same candidates
        offers.sort(Comparator.comparingDouble(Offer::score).reversed()
                .thenComparing(offer -> !offer.person().registered())
                .thenComparing(offer -> String.valueOf(offer.person().participantId()))
                .thenComparing(offer -> String.valueOf(offer.person().registrationId())));
        if (alias != null) {
            return byContextualAlias(key, shown, email, guest, presence, names, alias.offer(), offers);
        }
        Offer clear = clearBest(offers.stream().filter(offer -> offer.person().registered()).toList());
        if (clear == null) {
            clear = clearBest(offers);
        }
        if (clear != null) {
            return new Attendee(key, shown, email, guest, presence, Status.MATCHED, clear, List.of());
        }
        List<Offer> candidates = offers.subList(0, Math.min(MAX_CANDIDATES, offers.size()));
        return new Attendee(key, shown, email, guest, presence,
                candidates.isEmpty() ? Status.UNMATCHED : Status.AMBIGUOUS, null, List.copyOf(candidates));
    }

    /** The keys under which an attendee's aliases are remembered: their email, then each name folded. */
    static List<String> aliasKeys(Collection<ZoomName> names, String email) {
        List<String> keys = new ArrayList<>();
        if (email != null) {
            keys.add(EMAIL_ALIAS + email);
        }
        for (ZoomName name : names) {
            for (String text : name.all()) {
                String key = nameKey(text);
                if (!key.isEmpty() && !keys.contains(key)) {
                    keys.add(key);
                }
            }
        }
        return keys;
    }

    /**
     * A remembered alias found for an attendee; {@code certain} when it stands for them by itself whoever else is
     * alike: their e-mail's, or a name's confirmed in this space.
     */
    private record AliasMatch(Offer offer, boolean certain) {
    }

    private static AliasMatch byAlias(List<ZoomName> names, String email, Collection<KnownPerson> people,
            Map<String, Alias> aliases) {
        for (String key : aliasKeys(names, email)) {
            Alias alias = aliases.get(key);
            if (alias != null) {
                KnownPerson person = people.stream()
                        .filter(p -> alias.participantId() != null
                                ? alias.participantId().equals(p.participantId())
                                : p.participantId() == null && alias.guestEmail().equals(p.email()))
                        .min(Comparator.comparing(p -> !p.registered()))
                        .orElse(null);
                if (person != null) {
                    return new AliasMatch(new Offer(person, "alias", NameSimilarity.Kind.EXACT.code, 1),
                            key.startsWith(EMAIL_ALIAS) || alias.here());
                }
            }
        }
        return null;
    }

    /**
     * A name confirmed in another space as someone who is not a registrant of this one: it stands for them by itself only
     * where it is still unambiguous — no one else known is alike to it, and it is not a device's name ("iPhone",
     * "Galaxy A12", which name no one). Otherwise (a bare first name others share) the confirmed person is offered as
     * the first candidate, not applied, so that an alias confirmed in one space does not spread to the wrong person
     * in another.
     */
    private static Attendee byContextualAlias(String key, List<String> shown, String email, boolean guest,
            Presence presence, List<ZoomName> names, Offer aliased, List<Offer> offers) {
        List<Offer> others = offers.stream().filter(offer -> !samePerson(offer.person(), aliased.person())).toList();
        if (others.isEmpty() && names.stream().noneMatch(ZoomName::looksLikeDevice)) {
            return new Attendee(key, shown, email, guest, presence, Status.MATCHED, aliased, List.of());
        }
        List<Offer> candidates = new ArrayList<>();
        candidates.add(aliased);
        others.stream().limit(MAX_CANDIDATES - 1).forEach(candidates::add);
        return new Attendee(key, shown, email, guest, presence, Status.AMBIGUOUS, null, List.copyOf(candidates));
    }

    private static boolean samePerson(KnownPerson a, KnownPerson b) {
        if (a.participantId() != null || b.participantId() != null) {
            return Objects.equals(a.participantId(), b.participantId());
        }
        return Objects.equals(a.registrationId(), b.registrationId());
    }

    private static Offer byEmail(String email, Collection<KnownPerson> people) {
        if (email == null) {
            return null;
        }
        return people.stream().filter(person -> email.equals(person.email()))
                .min(Comparator.comparing(person -> !person.registered()))
                .map(person -> new Offer(person, "email", NameSimilarity.Kind.EXACT.code, 1))
                .orElse(null);
    }

    /** The most alike of the person's names to any of the attendee's (folded), or null when none is alike at all. */
    private static Offer byName(List<PersonName> names, KnownPerson person) {
        Offer best = null;
        for (PersonName name : names) {
            best = better(best, person, "registered-name", NameSimilarity.compare(name, person.registeredFolded()));
            best = better(best, person, "username", NameSimilarity.compare(name, person.usernameFolded()));
            best = better(best, person, "display-name", NameSimilarity.compare(name, person.displayFolded()));
        }
        return best;
    }

    private static Offer better(Offer best, KnownPerson person, String matchedOn, NameSimilarity.Similarity found) {
        if (found.score() > 0 && (best == null || found.score() > best.score())) {
            return new Offer(person, matchedOn, found.kind().code, Math.round(found.score() * 1000) / 1000.0);
        }
        return best;
    }

    /** The first offer (they are sorted) if it is alike enough and clearly ahead of the next; else null. */
    private static Offer clearBest(List<Offer> sorted) {
        if (sorted.isEmpty() || sorted.get(0).score() < NameSimilarity.CLEAR) {
            return null;
        }
        if (sorted.size() > 1 && sorted.get(1).score() > sorted.get(0).score() - MARGIN) {
            return null;
        }
        return sorted.get(0);
    }

    /** Attendees matched to the same person are one attendee: their names and intervals together. */
    private static List<Attendee> mergeSamePerson(List<Attendee> attendees) {
        Map<Object, Attendee> merged = new LinkedHashMap<>();
        for (Attendee attendee : attendees) {
            Object identity = attendee.match() == null ? attendee.key()
                    : List.of(Objects.toString(attendee.match().person().participantId()),
                            Objects.toString(attendee.match().person().registrationId()));
            merged.merge(identity, attendee, Reconciliation::together);
        }
        return List.copyOf(merged.values());
    }

    static Attendee together(Attendee a, Attendee b) {
        // the identity that joined first leads: its key and names come first
        Attendee first = Comparator.comparing((Attendee x) -> x.presence().firstJoinedAt())
                .thenComparing(Attendee::key).compare(a, b) <= 0 ? a : b;
        Attendee second = first == a ? b : a;
        List<String> names = new ArrayList<>(first.names());
        second.names().stream().filter(name -> !names.contains(name)).forEach(names::add);
        Offer match = first.match();
        if (second.match() != null && (match == null || second.match().score() > match.score())) {
            match = second.match();
        }
        return new Attendee(first.key(), List.copyOf(names), first.email() != null ? first.email() : second.email(),
                first.guest() || second.guest(), first.presence().plus(second.presence()), first.status(), match,
                first.candidates());
    }
}
