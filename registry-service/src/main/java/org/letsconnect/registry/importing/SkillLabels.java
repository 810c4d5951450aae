package org.letsconnect.registry.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.letsconnect.registry.skill.Skill;
import org.letsconnect.registry.skill.SkillTaxonomy;

/**
 * Checkbox answers about skills ({@code "Wikidata, Writing grant proposals, Diversity, equity and inclusion"}) to
 * taxonomy codes. A part is matched by a skill's label in any of the taxonomy's languages (English first), then by
 * an alias; case-, accent- and punctuation-insensitively ({@link Names#key}). Google Forms joins ticked options with
 * ", ", and some labels contain a comma themselves, so the longest run of parts that is a label wins. An alias that
 * several skills share ({@code onboarding}) is ambiguous and matches none.
 */
@ApplicationScoped
public class SkillLabels {

    /** What an answer named: the codes found (each once, in answer order) and the parts that are no skill. */
    public record Match(List<String> codes, List<String> unknown, List<Ambiguous> ambiguous) {
    }

    /** A part that is an alias of several skills. */
    public record Ambiguous(String text, List<String> codes) {
    }

    /** No label has more commas than this; bounds the work for a long answer. */
    private static final int MAX_PARTS_PER_LABEL = 4;

    private final Map<String, String> labels = new HashMap<>();
    private final Map<String, Set<String>> aliases = new HashMap<>();

    @Inject
    public SkillLabels(SkillTaxonomy taxonomy) {
        List<String> languages = new ArrayList<>(taxonomy.requiredLanguages());
        for (Skill skill : taxonomy.all()) { // English labels claim a name before other languages' labels
            labels.putIfAbsent(Names.key(skill.labels().get("en")), skill.code());
        }
        for (String language : languages) {
            for (Skill skill : taxonomy.all()) {
                String label = skill.labels().get(language);
                if (label != null && !label.isBlank()) {
                    labels.putIfAbsent(Names.key(label), skill.code());
                }
            }
        }
        for (Skill skill : taxonomy.all()) {
            labels.putIfAbsent(Names.key(skill.code()), skill.code());
            skill.aliases().values().forEach(names -> names.forEach(alias -> aliases
                    .computeIfAbsent(Names.key(alias), key -> new LinkedHashSet<>()).add(skill.code())));
        }
    }

    /** The skills a checkbox answer names. */
    public Match match(String answer) {
        List<String> codes = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<Ambiguous> ambiguous = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        if (answer != null) {
            for (String part : answer.split("[,;\\n]")) {
                parts.add(part.strip());
            }
        }
        int i = 0;
        while (i < parts.size()) {
            if (parts.get(i).isEmpty()) {
                i++;
                continue;
            }
            int matchedEnd = -1;
            String code = null;
            StringBuilder joined = new StringBuilder();
            for (int j = i; j < parts.size() && j < i + MAX_PARTS_PER_LABEL; j++) {
                if (j > i) {
                    joined.append(", ");
                }
                joined.append(parts.get(j));
                String found = labels.get(Names.key(joined.toString()));
                if (found != null) {
                    matchedEnd = j;
                    code = found;
                }
            }
            if (code != null) {
                if (!codes.contains(code)) {
                    codes.add(code);
                }
                i = matchedEnd + 1;
                continue;
            }
            String part = parts.get(i);
            Set<String> byAlias = aliases.getOrDefault(Names.key(part), Set.of());
            if (byAlias.size() == 1) {
                String only = byAlias.iterator().next();
                if (!codes.contains(only)) {
                    codes.add(only);
                }
            } else if (byAlias.size() > 1) {
                ambiguous.add(new Ambiguous(part, List.copyOf(byAlias)));
            } else {
                unknown.add(part);
            }
            i++;
        }
        return new Match(List.copyOf(codes), List.copyOf(unknown), List.copyOf(ambiguous));
    }
}
