package org.letsconnect.platform.i18n;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The messages of a service in the caller's language: the bundles named in {@code letsconnect.i18n.bundles}
 * (comma-separated classpath directories, {@code i18n/platform} by default; a service appends its own, as in
 * {@code letsconnect.i18n.bundles=i18n/platform,i18n/registry}). A later bundle overrides an earlier one's text for
 * the same key and language.
 *
 * <p>
 * {@link #get(String, String, Object...)} walks the language's {@linkplain LanguageFallbacks#chain(String)
 * fallback chain} ({@code pt-br → pt → en}) and formats the first text found with {@link MessageFormatter}, in the
 * language the text is written in (its plural forms are that language's). A parameter that is a {@link Message} is
 * rendered first, in the same language. A key found nowhere gives {@code ⧼key⧽}, MediaWiki's sign of a missing
 * message, and is logged once at WARNING.
 *
 * <p>
 * For bundle discovery see {@link MessageBundle}: files are probed by language code, never listed, with the
 * thread context class loader. Tests build one without CDI: {@code new Messages(List.of("i18n/platform"))}.
 */
@ApplicationScoped
public class Messages {

    private static final System.Logger LOG = System.getLogger(Messages.class.getName());

    private final List<MessageBundle> bundles;
    private final Set<String> availableLanguages;
    private final MessageFormatter formatter = new MessageFormatter();
    private final Set<String> reportedMissing = ConcurrentHashMap.newKeySet();

    /** The CDI constructor: the bundles from configuration, comma-separated, earliest first. */
    @Inject
    public Messages(@ConfigProperty(name = "letsconnect.i18n.bundles", defaultValue = "i18n/platform") String bundles) {
        this(load(split(bundles)));
    }

    /** Bundles loaded with the thread context class loader, earliest first (later ones override). */
    public Messages(List<String> bundleDirectories) {
        this(load(bundleDirectories));
    }

    private Messages(MessageBundle[] bundles) {
        this.bundles = List.of(bundles);
        Set<String> languages = new TreeSet<>();
        for (MessageBundle bundle : this.bundles) {
            languages.addAll(bundle.languages());
        }
        this.availableLanguages = Collections.unmodifiableSet(languages);
    }

    /** Messages from bundles already loaded, earliest first. */
    public static Messages of(MessageBundle... bundles) {
        return new Messages(bundles.clone());
    }

    /**
     * The message for a key in a language (a Wikimedia code, or any tag {@link LanguageCode#normalise(String)}
     * accepts; {@code null} means {@code en}), formatted with the parameters; {@code ⧼key⧽} if no bundle has it.
     */
    public String get(String language, String key, Object... params) {
        for (String candidate : LanguageFallbacks.chain(language)) {
            Optional<String> text = raw(candidate, key);
            if (text.isPresent()) {
                return formatter.format(candidate, text.get(), rendered(language, params));
            }
        }
        if (reportedMissing.add(key)) {
            LOG.log(Level.WARNING, "Message key \"{0}\" is in none of the bundles {1}", key, directories());
        }
        return "⧼" + key + "⧽";
    }

    /** The parameters, each {@link Message} among them put into words in the language. */
    private Object[] rendered(String language, Object[] params) {
        Object[] rendered = params;
        for (int i = 0; params != null && i < params.length; i++) {
            if (params[i] instanceof Message message) {
                if (rendered == params) {
                    rendered = params.clone();
                }
                rendered[i] = get(language, message.key(), message.params().toArray());
            }
        }
        return rendered;
    }

    /** The message in the language an {@code Accept-Language} header negotiates to among {@link #availableLanguages()}. */
    public String forRequest(String acceptLanguageHeader, String key, Object... params) {
        return get(negotiate(acceptLanguageHeader), key, params);
    }

    /** The language to answer an {@code Accept-Language} header in: one of {@link #availableLanguages()}, else en. */
    public String negotiate(String acceptLanguageHeader) {
        return AcceptLanguage.negotiate(acceptLanguageHeader, availableLanguages);
    }

    /** Languages for which any bundle has a file ({@code qqq} excluded). */
    public Set<String> availableLanguages() {
        return availableLanguages;
    }

    /** Whether any bundle's source ({@code en.json}) has the key. */
    public boolean has(String key) {
        for (MessageBundle bundle : bundles) {
            if (bundle.keys().contains(key)) {
                return true;
            }
        }
        return false;
    }

    /** The text of a key in exactly this language, the latest bundle's; no fallback, no formatting. */
    public Optional<String> raw(String language, String key) {
        for (int i = bundles.size() - 1; i >= 0; i--) {
            Optional<String> text = bundles.get(i).raw(language, key);
            if (text.isPresent()) {
                return text;
            }
        }
        return Optional.empty();
    }

    /** The bundles, earliest first. */
    public List<MessageBundle> bundles() {
        return bundles;
    }

    /** The formatter this uses, for texts that do not come from a bundle. */
    public MessageFormatter formatter() {
        return formatter;
    }

    private List<String> directories() {
        List<String> directories = new ArrayList<>();
        for (MessageBundle bundle : bundles) {
            directories.add(bundle.directory());
        }
        return directories;
    }

    private static List<String> split(String bundles) {
        List<String> directories = new ArrayList<>();
        if (bundles != null) {
            for (String directory : bundles.split(",")) {
                if (!directory.isBlank() && !directories.contains(directory.trim())) {
                    directories.add(directory.trim());
                }
            }
        }
        return directories;
    }

    private static MessageBundle[] load(List<String> directories) {
        List<MessageBundle> bundles = new ArrayList<>();
        for (String directory : directories) {
            bundles.add(MessageBundle.load(directory));
        }
        return bundles.toArray(new MessageBundle[0]);
    }
}
