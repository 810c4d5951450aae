package org.letsconnect.platform.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Checks a message bundle's source directory (for example {@code src/main/resources/i18n/platform}) the way
 * translatewiki.net expects it to be:
 * <ul>
 * <li>{@code en.json} and {@code qqq.json} exist; every file is {@code <code>.json} for a valid Wikimedia code that
 * {@link LanguageFallbacks} knows, so that {@link MessageBundle} (which probes, never lists) finds it;</li>
 * <li>every file is a JSON object with {@code @metadata.authors} and string values;</li>
 * <li>every key of {@code en.json} is documented (non-blank) in {@code qqq.json}, and {@code qqq.json} documents
 * no other key; every translation only has keys {@code en.json} has, with no parameter ({@code $n}) the English
 * text does not have;</li>
 * <li>every key starts with the given prefix ({@code platform-}, {@code registry-} …), if one is given;</li>
 * <li>every text formats in its language without leaving {@code {{PLURAL:} / {@code {{GENDER:} unresolved.</li>
 * </ul>
 * Services reuse it from their own tests through platform's {@code test-jar}, which holds only this class
 * ({@code <type>test-jar</type>}, test scope): {@code BundleConsistency.assertConsistent(
 * Path.of("src/main/resources/i18n/registry"), "registry-")}.
 */
public final class BundleConsistency {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PARAMETER = Pattern.compile("\\$(\\d+)");
    private static final Pattern FILE = Pattern.compile("(.+)\\.json");

    private BundleConsistency() {
    }

    /** Fails with every problem found, one per line. */
    public static void assertConsistent(Path directory, String keyPrefix) {
        List<String> problems = problems(directory, keyPrefix);
        if (!problems.isEmpty()) {
            throw new AssertionError("Message bundle " + directory + " is not consistent:\n  "
                    + String.join("\n  ", problems));
        }
    }

    /** The problems found; empty if the bundle is consistent. {@code keyPrefix} may be null. */
    public static List<String> problems(Path directory, String keyPrefix) {
        List<String> problems = new ArrayList<>();
        Map<String, Map<String, String>> files = new TreeMap<>();
        if (!Files.isDirectory(directory)) {
            return List.of("no directory " + directory.toAbsolutePath());
        }
        try (Stream<Path> paths = Files.list(directory)) {
            for (Path path : (Iterable<Path>) paths.sorted()::iterator) {
                String name = path.getFileName().toString();
                Matcher file = FILE.matcher(name);
                if (!file.matches()) {
                    problems.add(name + ": not a <language>.json file");
                    continue;
                }
                String code = file.group(1);
                if (!code.equals(MessageBundle.DOCUMENTATION)) {
                    if (!LanguageCode.isValid(code)) {
                        problems.add(name + ": \"" + code + "\" is not a valid Wikimedia language code");
                    } else if (!LanguageFallbacks.knownLanguages().contains(code)) {
                        problems.add(name + ": \"" + code + "\" is unknown to LanguageFallbacks, so the file is never"
                                + " loaded; add it to fallbacks.json");
                    }
                }
                Map<String, String> messages = read(path, problems);
                if (messages != null) {
                    files.put(code, messages);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> source = files.get(MessageBundle.SOURCE);
        Map<String, String> documentation = files.get(MessageBundle.DOCUMENTATION);
        if (source == null) {
            problems.add("no en.json");
            return problems;
        }
        if (documentation == null) {
            problems.add("no qqq.json");
            documentation = Map.of();
        }
        for (String key : source.keySet()) {
            if (keyPrefix != null && !key.startsWith(keyPrefix)) {
                problems.add("en.json: key " + key + " does not start with " + keyPrefix);
            }
            String doc = documentation.get(key);
            if (doc == null || doc.isBlank()) {
                problems.add("qqq.json: key " + key + " is not documented");
            }
        }
        for (String key : documentation.keySet()) {
            if (!source.containsKey(key)) {
                problems.add("qqq.json: documents " + key + ", which en.json does not have");
            }
        }
        MessageFormatter formatter = new MessageFormatter();
        for (Map.Entry<String, Map<String, String>> file : files.entrySet()) {
            String language = file.getKey();
            if (language.equals(MessageBundle.DOCUMENTATION)) {
                continue;
            }
            for (Map.Entry<String, String> message : file.getValue().entrySet()) {
                String key = message.getKey();
                String text = message.getValue();
                String where = language + ".json: " + key;
                if (!source.containsKey(key)) {
                    problems.add(where + " is not in en.json");
                    continue;
                }
                if (text.isBlank()) {
                    problems.add(where + " is blank");
                }
                Set<String> extra = parameters(text);
                extra.removeAll(parameters(source.get(key)));
                if (!extra.isEmpty()) {
                    problems.add(where + " uses " + extra + ", which the English text does not");
                }
                for (Object sample : new Object[] { 0, 1, 2, 3, 11, 100, 1.5 }) {
                    Object[] params = { sample, sample, sample, sample, sample, sample, sample, sample, sample };
                    String formatted;
                    try {
                        formatted = formatter.format(language, text, params);
                    } catch (RuntimeException e) {
                        problems.add(where + " cannot be formatted: " + e);
                        break;
                    }
                    String upper = formatted.toUpperCase(Locale.ROOT);
                    if (upper.contains("{{PLURAL:") || upper.contains("{{GENDER:")) {
                        problems.add(where + " has an unclosed or broken PLURAL/GENDER");
                        break;
                    }
                }
            }
        }
        return problems;
    }

    private static Map<String, String> read(Path path, List<String> problems) {
        String name = path.getFileName().toString();
        JsonNode root;
        try {
            root = JSON.readTree(path.toFile());
        } catch (IOException e) {
            problems.add(name + ": not valid JSON: " + e.getMessage());
            return null;
        }
        if (root == null || !root.isObject()) {
            problems.add(name + ": not a JSON object");
            return null;
        }
        JsonNode authors = root.path("@metadata").path("authors");
        if (!authors.isArray()) {
            problems.add(name + ": no @metadata.authors list");
        }
        Map<String, String> messages = new TreeMap<>();
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            if (field.getKey().equals("@metadata")) {
                continue;
            }
            if (!field.getValue().isTextual()) {
                problems.add(name + ": the value of " + field.getKey() + " is not a string");
                continue;
            }
            messages.put(field.getKey(), field.getValue().textValue());
        }
        return messages;
    }

    private static Set<String> parameters(String text) {
        Set<String> parameters = new TreeSet<>();
        Matcher matcher = PARAMETER.matcher(text);
        while (matcher.find()) {
            parameters.add("$" + matcher.group(1));
        }
        return parameters;
    }
}
