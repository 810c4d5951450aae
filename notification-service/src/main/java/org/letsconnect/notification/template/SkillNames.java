package org.letsconnect.notification.template;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.letsconnect.contracts.taxonomy.SkillTree;
import org.letsconnect.platform.i18n.LanguageFallbacks;

/** The skills' labels from the shared taxonomy in {@code contracts}, along the reader's fallback chain. */
@ApplicationScoped
public class SkillNames {

    private final SkillTree taxonomy = SkillTree.standard();

    /** The label in the language, else along its chain; the code itself when the taxonomy does not know it. */
    public String label(String code, String language) {
        Map<String, String> byLanguage = taxonomy.labels(code);
        for (String candidate : LanguageFallbacks.chain(language)) {
            String label = byLanguage.get(candidate);
            if (label != null) {
                return label;
            }
        }
        return code;
    }
}
