package org.letsconnect.contracts.taxonomy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The hierarchy of the Let's Connect skills taxonomy ({@value #RESOURCE}): which codes exist and which is broader than
 * which. Codes are Wikidata item ids ({@code Q2013}), compared exactly; at most three levels under seven root
 * categories (CapX's capacity taxonomy), and each skill's labels by language. Descriptions and aliases are in the same
 * file; registry-service serves them all ({@code GET /api/v1/skills}).
 *
 * <p>
 * For consumers of skill codes on the topics (matching-service, partners such as CapX) that need to know, say, that a
 * space teaching SPARQL also serves someone who wants to learn Wikidata. Methods accept any string, {@code null}
 * included, and treat what the taxonomy does not have as unknown. Plain Java, immutable, safe to share.
 */
public final class SkillTree {

    /** The classpath path of the taxonomy's data file (versioned: a breaking change is a new file). */
    public static final String RESOURCE = "/org/letsconnect/contracts/taxonomy/skills-v1.json";

    private static final Pattern CODE = Pattern.compile("^Q[1-9][0-9]*$");

    /** Code → parent code (null for a root), in the file's order. */
    private final Map<String, String> parents;
    private final Map<String, List<String>> children;
    /** Code → language code → label. */
    private final Map<String, Map<String, String>> labels;

    private SkillTree(Map<String, String> parents, Map<String, Map<String, String>> labels) {
        this.parents = Collections.unmodifiableMap(parents);
        this.labels = Collections.unmodifiableMap(labels);
        Map<String, List<String>> children = new LinkedHashMap<>();
        parents.forEach((code, parent) -> {
            if (parent != null) {
                children.computeIfAbsent(parent, p -> new ArrayList<>()).add(code);
            }
        });
        children.replaceAll((code, list) -> List.copyOf(list));
        this.children = children;
    }

    /** The taxonomy of this version of contracts, read from {@link #RESOURCE} once and kept. */
    public static SkillTree standard() {
        return Standard.TREE;
    }

    /** Lazily, so that a class only mentioning SkillTree does not read the file. */
    private static final class Standard {
        static final SkillTree TREE = fromResource(RESOURCE);
    }

    /**
     * A tree read from a taxonomy file on the classpath (the format of {@link #RESOURCE}: {@code skills} entries with a
     * {@code code} and a {@code parent}, null for roots).
     *
     * @throws IllegalStateException if the resource is missing or its hierarchy is inconsistent (the message lists
     *         every problem)
     */
    static SkillTree fromResource(String resource) {
        try (InputStream in = SkillTree.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Skills taxonomy " + resource + " is not on the classpath");
            }
            return read(new ObjectMapper().readTree(in), resource);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the skills taxonomy " + resource, e);
        }
    }

    static SkillTree read(JsonNode root, String source) {
        JsonNode entries = root == null ? null : root.get("skills");
        if (entries == null || !entries.isArray() || entries.isEmpty()) {
            throw inconsistent(source, List.of("\"skills\" is missing, not an array or empty"));
        }
        List<String> problems = new ArrayList<>();
        Map<String, String> parents = new LinkedHashMap<>();
        Map<String, Map<String, String>> labels = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            String code = entry.path("code").isTextual() ? entry.get("code").textValue() : null;
            JsonNode parent = entry.path("parent");
            if (code == null || !CODE.matcher(code).matches()) {
                problems.add("skills[" + i + "]: " + entry.path("code") + " is not a Wikidata item id");
            } else if (parents.containsKey(code)) {
                problems.add(code + ": the code appears more than once");
            } else if (!parent.isMissingNode() && !parent.isNull() && !parent.isTextual()) {
                problems.add(code + ": parent is not a code or null");
            } else {
                parents.put(code, parent.isTextual() ? parent.textValue() : null);
                Map<String, String> byLanguage = new LinkedHashMap<>();
                entry.path("labels").properties().forEach(label -> {
                    if (label.getValue().isTextual()) {
                        byLanguage.put(label.getKey(), label.getValue().textValue());
                    }
                });
                labels.put(code, Collections.unmodifiableMap(byLanguage));
            }
        }
        parents.forEach((code, parent) -> {
            if (parent != null && !parents.containsKey(parent)) {
                problems.add(code + ": parent " + parent + " is not in the taxonomy");
            }
            List<String> chain = new ArrayList<>();
            for (String current = code; current != null; current = parents.get(current)) {
                if (chain.contains(current)) {
                    problems.add(code + ": its parents form a cycle " + String.join(" → ", chain) + " → " + current);
                    break;
                }
                chain.add(current);
            }
        });
        if (!problems.isEmpty()) {
            throw inconsistent(source, problems);
        }
        return new SkillTree(parents, labels);
    }

    private static IllegalStateException inconsistent(String source, List<String> problems) {
        return new IllegalStateException("Skills taxonomy " + source + " is inconsistent:\n  - "
                + String.join("\n  - ", problems));
    }

    /** Whether the taxonomy has this code. */
    public boolean contains(String code) {
        return code != null && parents.containsKey(code);
    }

    /** The code of the next broader skill; empty for a root category and for an unknown code. */
    public Optional<String> parent(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(parents.get(code));
    }

    /**
     * This code first, then every narrower skill below it, depth first in the file's order; empty for an unknown code.
     * Who wants to learn a category is served by a space teaching any of these.
     */
    public Set<String> selfAndDescendants(String code) {
        if (!contains(code)) {
            return Set.of();
        }
        Set<String> codes = new LinkedHashSet<>();
        collect(code, codes);
        return Collections.unmodifiableSet(codes);
    }

    private void collect(String code, Set<String> into) {
        into.add(code);
        for (String child : children.getOrDefault(code, List.of())) {
            collect(child, into);
        }
    }

    /** This code first, then each broader skill up to its root category; empty for an unknown code. */
    public Set<String> selfAndAncestors(String code) {
        if (!contains(code)) {
            return Set.of();
        }
        Set<String> codes = new LinkedHashSet<>();
        for (String current = code; current != null; current = parents.get(current)) {
            codes.add(current);
        }
        return Collections.unmodifiableSet(codes);
    }

    /**
     * The skill's labels by Wikimedia language code, as the file has them (every skill has {@code en}); empty for an
     * unknown code. Pick one along the reader's language fallback chain.
     */
    public Map<String, String> labels(String code) {
        return code == null ? Map.of() : labels.getOrDefault(code, Map.of());
    }

    /** Every code of the taxonomy, in the file's order. */
    public Set<String> codes() {
        return parents.keySet();
    }
}
