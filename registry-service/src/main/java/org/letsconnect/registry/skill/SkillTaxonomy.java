package org.letsconnect.registry.skill;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

import org.letsconnect.platform.i18n.LanguageCode;
import org.letsconnect.platform.i18n.LanguageFallbacks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.Startup;

/**
 * The skills taxonomy: the skills people can learn or share, identified by Wikidata item ids, in at most three
 * levels under seven root categories (CapX's capacity taxonomy). Read once at start from the versioned data file
 * {@value #RESOURCE}, which {@code contracts} ships for partners and the other services too (its
 * {@link org.letsconnect.contracts.taxonomy.SkillTree} reads the hierarchy alone); the service does not start if
 * the file is inconsistent (the message lists every problem).
 *
 * <p>
 * Codes are compared exactly ({@code Q2013}, not {@code q2013}). Methods that take a code accept any string,
 * including {@code null}, and treat what the taxonomy does not have as unknown rather than failing. Texts are chosen
 * along the language's Wikimedia {@linkplain LanguageFallbacks#chain(String) fallback chain}
 * ({@code pt-br → pt → en}); every entry has an English label and description, so a text is always found.
 *
 * <p>
 * Tests and tools build one without CDI: {@link #fromResource(String)}.
 */
@ApplicationScoped
@Startup
public class SkillTaxonomy {

    /**
     * The classpath resource the service reads: contracts'
     * {@link org.letsconnect.contracts.taxonomy.SkillTree#RESOURCE}, as a class loader names it.
     */
    public static final String RESOURCE = "org/letsconnect/contracts/taxonomy/skills-v1.json";
    /** Root categories are level 1; nothing is deeper than this. */
    public static final int MAX_LEVEL = 3;

    private static final Pattern CODE = Pattern.compile("^Q[1-9][0-9]*$");
    private static final Pattern CATEGORY_KEY = Pattern.compile("^[a-z][a-z-]*$");
    private static final ObjectMapper JSON = new ObjectMapper();

    private volatile Data data;

    /** For CDI; the data is read in {@link #load()}. */
    public SkillTaxonomy() {
    }

    private SkillTaxonomy(Data data) {
        this.data = data;
    }

    @PostConstruct
    void load() {
        data = Data.read(readResource(RESOURCE), RESOURCE);
    }

    /** A taxonomy read from a classpath resource, checked as at start; for tests and tools. */
    public static SkillTaxonomy fromResource(String resource) {
        return new SkillTaxonomy(Data.read(readResource(resource), resource));
    }

    /** A taxonomy read from JSON text; {@code source} names it in error messages. */
    static SkillTaxonomy fromJson(String json, String source) {
        return new SkillTaxonomy(Data.read(json.getBytes(StandardCharsets.UTF_8), source));
    }

    /** Whether the taxonomy has this code. */
    public boolean isKnown(String code) {
        return code != null && data.skills.containsKey(code);
    }

    /** The skill with this code. */
    public Optional<Skill> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(data.skills.get(code));
    }

    /**
     * The codes the taxonomy does not have, in input order, each once ({@code null} and blank codes count as
     * unknown and are reported as given). Empty if every code is known.
     */
    public List<String> unknown(Collection<String> codes) {
        if (codes == null || codes.isEmpty()) {
            return List.of();
        }
        List<String> unknown = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String code : codes) {
            if (!isKnown(code) && seen.add(code)) {
                unknown.add(code);
            }
        }
        return Collections.unmodifiableList(unknown);
    }

    /** The root category first, then each narrower skill down to this one (included); empty for an unknown code. */
    public List<String> ancestorsAndSelf(String code) {
        if (!isKnown(code)) {
            return List.of();
        }
        List<String> path = new ArrayList<>();
        for (String current = code; current != null; current = data.skills.get(current).parent()) {
            path.add(0, current);
        }
        return List.copyOf(path);
    }

    /**
     * This code first, then every narrower skill below it, depth first in the taxonomy's order; empty for an
     * unknown code. Searching a category with these codes also finds people with its sub-skills.
     */
    public List<String> descendantsAndSelf(String code) {
        if (!isKnown(code)) {
            return List.of();
        }
        List<String> codes = new ArrayList<>();
        collect(code, codes);
        return List.copyOf(codes);
    }

    private void collect(String code, List<String> into) {
        into.add(code);
        for (String child : children(code)) {
            collect(child, into);
        }
    }

    /** The codes of the narrower skills, in the taxonomy's order; empty for a leaf or an unknown code. */
    public List<String> children(String code) {
        return code == null ? List.of() : data.children.getOrDefault(code, List.of());
    }

    /** The codes of the seven root categories, in the taxonomy's order. */
    public List<String> roots() {
        return data.roots;
    }

    /** The codes of the skills without narrower skills, in the taxonomy's order. */
    public List<String> leafCodes() {
        return data.leaves;
    }

    /** Every skill, in the taxonomy's order (each parent before its children). */
    public List<Skill> all() {
        return List.copyOf(data.skills.values());
    }

    /**
     * The label of a skill in a language (a Wikimedia code or any tag {@link LanguageCode#normalise(String)}
     * accepts; {@code null} means {@code en}), walking the language's fallback chain ({@code pt-br → pt → en}).
     * For an unknown code, the code itself, so that a profile keeping a code a later version dropped still renders.
     */
    public String label(String code, String language) {
        Skill skill = isKnown(code) ? data.skills.get(code) : null;
        return skill == null ? code : localized(skill.labels(), language).text();
    }

    /** The description of a skill in a language, chosen like {@link #label(String, String)}; the code if unknown. */
    public String description(String code, String language) {
        Skill skill = isKnown(code) ? data.skills.get(code) : null;
        return skill == null ? code : localized(skill.descriptions(), language).text();
    }

    /**
     * The whole taxonomy as a tree with texts in a language (each text chosen along the language's fallback chain,
     * its node saying which language it is in).
     */
    public List<SkillNode> tree(String language) {
        List<SkillNode> nodes = new ArrayList<>();
        for (String root : data.roots) {
            nodes.add(node(root, language));
        }
        return List.copyOf(nodes);
    }

    private SkillNode node(String code, String language) {
        Skill skill = data.skills.get(code);
        Text label = localized(skill.labels(), language);
        List<SkillNode> children = new ArrayList<>();
        for (String child : children(code)) {
            children.add(node(child, language));
        }
        return new SkillNode(code, label.text(), localized(skill.descriptions(), language).text(), label.language(),
                skill.level(), skill.category(), aliases(skill, language), List.copyOf(children));
    }

    /** One skill with its path from the root category and its narrower skills; empty for an unknown code. */
    public Optional<SkillDetail> detail(String code, String language) {
        if (!isKnown(code)) {
            return Optional.empty();
        }
        Skill skill = data.skills.get(code);
        Text label = localized(skill.labels(), language);
        List<SkillDetail.SkillRef> path = ancestorsAndSelf(code).stream().map(c -> ref(c, language)).toList();
        List<SkillDetail.SkillRef> children = children(code).stream().map(c -> ref(c, language)).toList();
        return Optional.of(new SkillDetail(code, label.text(), localized(skill.descriptions(), language).text(),
                label.language(), skill.level(), skill.category(), skill.provisional(), aliases(skill, language), path,
                children));
    }

    private SkillDetail.SkillRef ref(String code, String language) {
        Text label = localized(data.skills.get(code).labels(), language);
        return new SkillDetail.SkillRef(code, label.text(), label.language());
    }

    /** The aliases along the language's fallback chain, the language's own first, without duplicates. */
    private static List<String> aliases(Skill skill, String language) {
        Set<String> aliases = new LinkedHashSet<>();
        for (String candidate : LanguageFallbacks.chain(language)) {
            aliases.addAll(skill.aliases().getOrDefault(candidate, List.of()));
        }
        return List.copyOf(aliases);
    }

    private static Text localized(Map<String, String> texts, String language) {
        for (String candidate : LanguageFallbacks.chain(language)) {
            String text = texts.get(candidate);
            if (text != null && !text.isBlank()) {
                return new Text(text, candidate);
            }
        }
        // Unreachable for a loaded taxonomy: every entry has English texts.
        return new Text(texts.get(LanguageFallbacks.DEFAULT), LanguageFallbacks.DEFAULT);
    }

    private record Text(String text, String language) {
    }

    /** The version of the data file ({@code 1.0.0}). */
    public String version() {
        return data.version;
    }

    /** The data file's note on where the taxonomy comes from and which codes are provisional. */
    public String source() {
        return data.source;
    }

    /** The first 12 hex digits of the data file's SHA-256: changes whenever the file does, even without a new version. */
    public String fingerprint() {
        return data.fingerprint;
    }

    /** Every language that some label is written in (Wikimedia codes), for content negotiation. */
    public Set<String> languages() {
        return data.languages;
    }

    /** The languages every entry has a label and description in, as the data file declares them. */
    public List<String> requiredLanguages() {
        return data.requiredLanguages;
    }

    private static byte[] readResource(String resource) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = SkillTaxonomy.class.getClassLoader();
        }
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Skills taxonomy " + resource + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the skills taxonomy " + resource, e);
        }
    }

    /** The checked, immutable content of a data file. */
    private static final class Data {
        final String version;
        final String source;
        final String fingerprint;
        final List<String> requiredLanguages;
        final Set<String> languages;
        final Map<String, Skill> skills;
        final Map<String, List<String>> children;
        final List<String> roots;
        final List<String> leaves;

        private Data(String version, String source, String fingerprint, List<String> requiredLanguages,
                Map<String, Skill> skills) {
            this.version = version;
            this.source = source;
            this.fingerprint = fingerprint;
            this.requiredLanguages = List.copyOf(requiredLanguages);
            this.skills = Collections.unmodifiableMap(skills);
            Map<String, List<String>> children = new LinkedHashMap<>();
            List<String> roots = new ArrayList<>();
            Set<String> languages = new TreeSet<>();
            for (Skill skill : skills.values()) {
                languages.addAll(skill.labels().keySet());
                if (skill.parent() == null) {
                    roots.add(skill.code());
                } else {
                    children.computeIfAbsent(skill.parent(), p -> new ArrayList<>()).add(skill.code());
                }
            }
            children.replaceAll((code, list) -> List.copyOf(list));
            this.children = Collections.unmodifiableMap(children);
            this.roots = List.copyOf(roots);
            this.leaves = skills.keySet().stream().filter(code -> !children.containsKey(code)).toList();
            this.languages = Collections.unmodifiableSet(languages);
        }

        static Data read(byte[] bytes, String source) {
            JsonNode root;
            try {
                root = JSON.readTree(bytes);
            } catch (IOException e) {
                throw new IllegalStateException("Skills taxonomy " + source + " is not valid JSON: " + e.getMessage(), e);
            }
            List<String> problems = new ArrayList<>();
            if (root == null || !root.isObject()) {
                throw inconsistent(source, List.of("the file is not a JSON object"));
            }
            String version = text(root.get("version"));
            if (version == null || version.isBlank()) {
                problems.add("\"version\" is missing or blank");
            }
            String note = text(root.get("source"));
            if (note == null || note.isBlank()) {
                problems.add("\"source\" (where the taxonomy comes from) is missing or blank");
            }
            List<String> required = requiredLanguages(root.get("languages"), problems);

            JsonNode entries = root.get("skills");
            if (entries == null || !entries.isArray() || entries.isEmpty()) {
                problems.add("\"skills\" is missing, not an array or empty");
                throw inconsistent(source, problems);
            }
            // First pass: each entry on its own.
            record Raw(String code, String parent, String key, boolean provisional, Map<String, String> labels,
                    Map<String, String> descriptions, Map<String, List<String>> aliases) {
            }
            Map<String, Raw> raws = new LinkedHashMap<>();
            for (int i = 0; i < entries.size(); i++) {
                JsonNode entry = entries.get(i);
                String code = text(entry.get("code"));
                String where = code != null ? code : "skills[" + i + "]";
                if (code == null || !CODE.matcher(code).matches()) {
                    problems.add(where + ": code " + (code == null ? "is missing" : "\"" + code + "\"")
                            + " is not a Wikidata item id (Q followed by digits, no leading zero)");
                    continue;
                }
                if (raws.containsKey(code)) {
                    problems.add(code + ": the code appears more than once");
                    continue;
                }
                JsonNode parentNode = entry.get("parent");
                String parent = parentNode == null || parentNode.isNull() ? null : text(parentNode);
                if (parentNode != null && !parentNode.isNull() && parent == null) {
                    problems.add(code + ": parent is not a string or null");
                }
                String key = text(entry.get("key"));
                JsonNode provisional = entry.get("provisional");
                if (provisional != null && !provisional.isBoolean()) {
                    problems.add(code + ": provisional is not true or false");
                }
                Map<String, String> labels = texts(code, "labels", entry.get("labels"), required, problems);
                Map<String, String> descriptions = texts(code, "descriptions", entry.get("descriptions"), required,
                        problems);
                Map<String, List<String>> aliases = aliases(code, entry.get("aliases"), problems);
                raws.put(code, new Raw(code, parent, key, provisional != null && provisional.asBoolean(), labels,
                        descriptions, aliases));
            }
            // Second pass: the hierarchy.
            Map<String, Integer> levels = new LinkedHashMap<>();
            Map<String, String> categories = new LinkedHashMap<>();
            Set<String> keys = new HashSet<>();
            for (Raw raw : raws.values()) {
                if (raw.parent() == null) {
                    if (raw.key() == null || !CATEGORY_KEY.matcher(raw.key()).matches()) {
                        problems.add(raw.code() + ": a root category needs a \"key\" of lowercase letters");
                    } else if (!keys.add(raw.key())) {
                        problems.add(raw.code() + ": the root key \"" + raw.key() + "\" is used twice");
                    }
                } else if (raw.key() != null) {
                    problems.add(raw.code() + ": only root categories have a \"key\"");
                }
                List<String> chain = new ArrayList<>();
                String current = raw.code();
                String rootCode = null;
                while (current != null) {
                    if (chain.contains(current)) {
                        problems.add(raw.code() + ": its parents form a cycle " + String.join(" → ", chain) + " → "
                                + current);
                        break;
                    }
                    chain.add(current);
                    Raw at = raws.get(current);
                    if (at == null) {
                        // Reported once, for the entry that names the missing parent.
                        if (chain.size() == 2) {
                            problems.add(raw.code() + ": parent " + current + " is not in the taxonomy");
                        }
                        break;
                    }
                    if (at.parent() == null) {
                        rootCode = current;
                    }
                    current = at.parent();
                }
                if (rootCode != null) {
                    levels.put(raw.code(), chain.size());
                    categories.put(raw.code(), raws.get(rootCode).key());
                    if (chain.size() > MAX_LEVEL) {
                        List<String> topDown = new ArrayList<>(chain);
                        Collections.reverse(topDown);
                        problems.add(raw.code() + ": level " + chain.size() + " is deeper than " + MAX_LEVEL + " ("
                                + String.join(" → ", topDown) + ")");
                    }
                }
            }
            if (!problems.isEmpty()) {
                throw inconsistent(source, problems);
            }
            Map<String, Skill> skills = new LinkedHashMap<>();
            for (Raw raw : raws.values()) {
                skills.put(raw.code(), new Skill(raw.code(), raw.parent(), levels.get(raw.code()), raw.labels(),
                        raw.descriptions(), raw.aliases(), categories.get(raw.code()), raw.provisional()));
            }
            // Each skill followed by its descendants, so that all() reads top-down whatever the file's order.
            return new Data(version, note, fingerprint(bytes), required, depthFirst(skills));
        }

        /** Reorders so that each skill is followed by its descendants, siblings in file order. */
        private static Map<String, Skill> depthFirst(Map<String, Skill> skills) {
            Map<String, List<Skill>> byParent = new LinkedHashMap<>();
            List<Skill> roots = new ArrayList<>();
            for (Skill skill : skills.values()) {
                if (skill.parent() == null) {
                    roots.add(skill);
                } else {
                    byParent.computeIfAbsent(skill.parent(), p -> new ArrayList<>()).add(skill);
                }
            }
            Map<String, Skill> ordered = new LinkedHashMap<>();
            for (Skill root : roots) {
                add(root, byParent, ordered);
            }
            return ordered;
        }

        private static void add(Skill skill, Map<String, List<Skill>> byParent, Map<String, Skill> into) {
            into.put(skill.code(), skill);
            for (Skill child : byParent.getOrDefault(skill.code(), List.of())) {
                add(child, byParent, into);
            }
        }

        private static List<String> requiredLanguages(JsonNode node, List<String> problems) {
            List<String> required = new ArrayList<>();
            if (node == null || !node.isArray() || node.isEmpty()) {
                problems.add("\"languages\" (the languages every entry is written in) is missing or empty");
            } else {
                for (JsonNode item : node) {
                    String code = text(item);
                    if (code == null || !isWikimediaCode(code)) {
                        problems.add("\"languages\": " + item + " is not a Wikimedia language code");
                    } else if (!required.contains(code)) {
                        required.add(code);
                    }
                }
            }
            if (!required.contains(LanguageFallbacks.DEFAULT)) {
                required.add(0, LanguageFallbacks.DEFAULT);
                if (node != null && node.isArray() && !node.isEmpty()) {
                    problems.add("\"languages\" must include " + LanguageFallbacks.DEFAULT
                            + ", where every fallback chain ends");
                }
            }
            return required;
        }

        private static Map<String, String> texts(String code, String field, JsonNode node, List<String> required,
                List<String> problems) {
            Map<String, String> texts = new LinkedHashMap<>();
            if (node == null || !node.isObject()) {
                problems.add(code + ": \"" + field + "\" is missing or not an object");
                return texts;
            }
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                String language = entry.getKey();
                if (!isWikimediaCode(language)) {
                    problems.add(code + ": " + field + " has \"" + language
                            + "\", which is not a lowercase Wikimedia language code");
                } else if (!entry.getValue().isTextual()) {
                    problems.add(code + ": " + field + "." + language + " is not a string");
                } else {
                    texts.put(language, entry.getValue().textValue());
                }
            }
            for (String language : required) {
                String text = texts.get(language);
                if (text == null || text.isBlank()) {
                    problems.add(code + ": " + field + "." + language + " is missing or blank");
                }
            }
            return texts;
        }

        private static Map<String, List<String>> aliases(String code, JsonNode node, List<String> problems) {
            Map<String, List<String>> aliases = new LinkedHashMap<>();
            if (node == null || node.isNull()) {
                return aliases;
            }
            if (!node.isObject()) {
                problems.add(code + ": \"aliases\" is not an object of language → list of names");
                return aliases;
            }
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                if (!isWikimediaCode(entry.getKey()) || !entry.getValue().isArray()) {
                    problems.add(code + ": aliases." + entry.getKey()
                            + " is not a list under a lowercase Wikimedia language code");
                    continue;
                }
                List<String> names = new ArrayList<>();
                for (JsonNode name : entry.getValue()) {
                    if (!name.isTextual() || name.textValue().isBlank()) {
                        problems.add(code + ": aliases." + entry.getKey() + " has an empty or non-text name");
                    } else {
                        names.add(name.textValue());
                    }
                }
                aliases.put(entry.getKey(), List.copyOf(names));
            }
            return aliases;
        }

        /** A file's language keys are Wikimedia codes exactly as written: lowercase, no BCP 47 forms. */
        private static boolean isWikimediaCode(String code) {
            return LanguageCode.isValid(code) && LanguageCode.normalise(code).equals(code);
        }

        private static String text(JsonNode node) {
            return node != null && node.isTextual() ? node.textValue() : null;
        }

        private static String fingerprint(byte[] bytes) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
                return HexFormat.of().formatHex(digest, 0, 6);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is not available", e);
            }
        }

        private static IllegalStateException inconsistent(String source, List<String> problems) {
            return new IllegalStateException("Skills taxonomy " + source + " is inconsistent ("
                    + problems.size() + (problems.size() == 1 ? " problem" : " problems") + "):\n  - "
                    + String.join("\n  - ", problems));
        }
    }
}
