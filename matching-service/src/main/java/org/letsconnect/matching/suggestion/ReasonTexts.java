package org.letsconnect.matching.suggestion;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.letsconnect.contracts.taxonomy.SkillTree;
import org.letsconnect.platform.i18n.LanguageCode;
import org.letsconnect.platform.i18n.LanguageFallbacks;
import org.letsconnect.platform.i18n.Message;
import org.letsconnect.platform.i18n.Messages;

import com.ibm.icu.util.ULocale;

/**
 * Puts reasons, skills and languages into words in the reader's language: each reason's sentence is the message
 * {@code matching-reason-<code>} (a related skill's {@code matching-reason-skill-related-<relation>}) with its
 * parameters in order, skills named by the taxonomy's labels, languages by ICU's display names, levels and regions by
 * their own messages.
 */
@ApplicationScoped
public class ReasonTexts {

    private final Messages messages;
    private final SkillTree tree = SkillTree.standard();

    public ReasonTexts(Messages messages) {
        this.messages = messages;
    }

    /** The reason's sentence in the language. */
    public String text(Reason reason, String language) {
        String key = "matching-reason-" + reason.code();
        if (reason.code().equals(Reason.SKILL_RELATED)) {
            key += "-" + reason.params().get("relation");
        }
        List<Object> params = new ArrayList<>();
        for (Map.Entry<String, Object> param : reason.params().entrySet()) {
            params.add(switch (param.getKey()) {
                case "skill", "via" -> skillLabel((String) param.getValue(), language);
                case "language" -> languageName((String) param.getValue(), language);
                case "learnerLevel", "sharerLevel" -> Message.of("matching-level-" + param.getValue());
                case "region" -> Message.of("matching-region-" + param.getValue());
                default -> param.getValue();
            });
        }
        return messages.get(language, key, params.toArray());
    }

    /** The skill's label along the language's fallback chain; the code if the taxonomy does not know it. */
    public String skillLabel(String code, String language) {
        Map<String, String> labels = tree.labels(code);
        for (String candidate : LanguageFallbacks.chain(language)) {
            String label = labels.get(candidate);
            if (label != null) {
                return label;
            }
        }
        return code;
    }

    /** A language's name in the reader's language ({@code pt-br} in French: « portugais (Brésil) »). */
    public String languageName(String code, String language) {
        ULocale named = ULocale.forLanguageTag(LanguageCode.bcp47(code));
        String name = named.getDisplayName(LanguageCode.toULocale(language));
        return name == null || name.isBlank() ? code : name;
    }
}
