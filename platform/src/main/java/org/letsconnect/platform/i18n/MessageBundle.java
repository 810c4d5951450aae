package org.letsconnect.platform.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One bundle of messages in the translatewiki.net / banana-i18n layout: a classpath directory with one JSON file
 * per language ({@code en.json} the source, {@code qqq.json} the documentation for translators, {@code pt-br.json}
 * …), each an object of {@code "key": "text"} plus an ignored {@code "@metadata"} object ({@code authors} …).
 *
 * <p>
 * <b>How files are found.</b> Resources inside a jar cannot be listed reliably through a class loader (and
 * Quarkus' class loaders do not list at all), so a bundle is not listed: for every code
 * {@link LanguageFallbacks#knownLanguages()} knows, plus {@code qqq}, the loader asks for
 * the file named by the code inside the bundle's directory ({@code i18n/platform/pt-br.json}) and keeps the ones
 * that exist. No index file to maintain: translatewiki.net exports
 * just drop files in. A file for a code that {@code fallbacks.json} does not know is therefore not seen; add the
 * code to the {@code languages} list there (the {@code BundleConsistency} test check catches such a file). The
 * class loader is the thread context class loader (Quarkus' application class loader at runtime), else this
 * class's.
 */
public final class MessageBundle {

    /** The source language: every key exists here. */
    public static final String SOURCE = "en";
    /** translatewiki.net's pseudo-language for message documentation. */
    public static final String DOCUMENTATION = "qqq";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String directory;
    private final Map<String, Map<String, String>> messagesByLanguage;

    private MessageBundle(String directory, Map<String, Map<String, String>> messagesByLanguage) {
        this.directory = directory;
        this.messagesByLanguage = messagesByLanguage;
    }

    /** Loads a bundle directory (for example {@code i18n/platform}) with the thread context class loader. */
    public static MessageBundle load(String directory) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return load(directory, loader != null ? loader : MessageBundle.class.getClassLoader());
    }

    /** Loads a bundle directory with the given class loader; fails if the directory has no {@code en.json}. */
    public static MessageBundle load(String directory, ClassLoader loader) {
        String dir = trimSlashes(directory);
        Set<String> candidates = new LinkedHashSet<>();
        candidates.add(SOURCE);
        candidates.add(DOCUMENTATION);
        candidates.addAll(LanguageFallbacks.knownLanguages());
        Map<String, Map<String, String>> byLanguage = new TreeMap<>();
        for (String language : candidates) {
            String resource = dir + "/" + language + ".json";
            URL url = loader.getResource(resource);
            if (url != null) {
                byLanguage.put(language, read(resource, url));
            }
        }
        if (!byLanguage.containsKey(SOURCE)) {
            throw new IllegalStateException("Message bundle " + dir + " has no " + SOURCE + ".json on the classpath");
        }
        return new MessageBundle(dir, Collections.unmodifiableMap(byLanguage));
    }

    /** The classpath directory this bundle was loaded from. */
    public String directory() {
        return directory;
    }

    /** The text of a key in exactly this language (no fallback); empty if that language's file lacks it. */
    public Optional<String> raw(String language, String key) {
        Map<String, String> messages = messagesByLanguage.get(fileCode(language));
        return messages == null ? Optional.empty() : Optional.ofNullable(messages.get(key));
    }

    /** The languages with a file in this bundle, {@code qqq} excluded. */
    public Set<String> languages() {
        Set<String> languages = new TreeSet<>(messagesByLanguage.keySet());
        languages.remove(DOCUMENTATION);
        return Collections.unmodifiableSet(languages);
    }

    /** The keys of the source language, {@code en.json}. */
    public Set<String> keys() {
        return Collections.unmodifiableSet(messagesByLanguage.get(SOURCE).keySet());
    }

    /** The keys one language's file has (empty if there is no file); {@code qqq} allowed. */
    public Set<String> keys(String language) {
        Map<String, String> messages = messagesByLanguage.get(fileCode(language));
        return messages == null ? Set.of() : Collections.unmodifiableSet(messages.keySet());
    }

    /** Whether this bundle has a file for exactly this language ({@code qqq} included). */
    public boolean hasFile(String language) {
        return messagesByLanguage.containsKey(fileCode(language));
    }

    /** A file name's code: lowercase, {@code -} separated; no BCP 47 mapping, the file names are Wikimedia codes. */
    private static String fileCode(String language) {
        return language == null ? "" : language.trim().replace('_', '-').toLowerCase(Locale.ROOT);
    }

    private static Map<String, String> read(String resource, URL url) {
        JsonNode root;
        try (InputStream in = url.openStream()) {
            root = JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read message file " + resource, e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalStateException("Message file " + resource + " is not a JSON object");
        }
        Map<String, String> messages = new HashMap<>();
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            if (field.getKey().equals("@metadata")) {
                continue;
            }
            if (!field.getValue().isTextual()) {
                throw new IllegalStateException(
                        "Message file " + resource + ": the value of \"" + field.getKey() + "\" is not a string");
            }
            messages.put(field.getKey(), field.getValue().textValue());
        }
        return Collections.unmodifiableMap(new TreeMap<>(messages));
    }

    private static String trimSlashes(String directory) {
        String dir = directory == null ? "" : directory.trim();
        while (dir.startsWith("/")) {
            dir = dir.substring(1);
        }
        while (dir.endsWith("/")) {
            dir = dir.substring(0, dir.length() - 1);
        }
        if (dir.isEmpty()) {
            throw new IllegalArgumentException("A message bundle needs a classpath directory, e.g. i18n/platform");
        }
        return dir;
    }
}
