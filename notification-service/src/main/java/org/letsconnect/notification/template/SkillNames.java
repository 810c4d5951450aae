package org.letsconnect.notification.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.letsconnect.platform.i18n.LanguageFallbacks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The skills' labels from the shared taxonomy file in {@code contracts}, along the reader's fallback chain. */
@ApplicationScoped
public class SkillNames {

    static final String TAXONOMY = "org/letsconnect/contracts/taxonomy/skills-v1.json";

    private final Map<String, Map<String, String>> labels = new HashMap<>();

    public SkillNames() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = (loader != null ? loader : SkillNames.class.getClassLoader())
                .getResourceAsStream(TAXONOMY)) {
            if (in == null) {
                throw new IllegalStateException("The taxonomy " + TAXONOMY + " is not on the classpath");
            }
            for (JsonNode skill : new ObjectMapper().readTree(in).path("skills")) {
                Map<String, String> byLanguage = new HashMap<>();
                skill.path("labels").properties().forEach(label -> byLanguage.put(label.getKey(), label.getValue().asText()));
                labels.put(skill.path("code").asText(), byLanguage);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The label in the language, else along its chain; the code itself when the taxonomy does not know it. */
    public String label(String code, String language) {
        Map<String, String> byLanguage = labels.get(code);
        if (byLanguage != null) {
            for (String candidate : LanguageFallbacks.chain(language)) {
                String label = byLanguage.get(candidate);
                if (label != null) {
                    return label;
                }
            }
        }
        return code;
    }
}
