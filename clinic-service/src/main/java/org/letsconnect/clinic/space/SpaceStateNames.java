package org.letsconnect.clinic.space;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.letsconnect.platform.i18n.LanguageCode;
import org.letsconnect.platform.i18n.Messages;

import com.ibm.icu.text.ListFormatter;

/** Lifecycle states as words of the reader's language, for problem details ("un espace à l'état reporté …"). */
@ApplicationScoped
public class SpaceStateNames {

    private final Messages messages;

    public SpaceStateNames(Messages messages) {
        this.messages = messages;
    }

    public String name(String acceptLanguage, String state) {
        return messages.get(messages.negotiate(acceptLanguage), "clinic-state-" + state);
    }

    /** Several states as the language lists things ("a, b and c", "a, b y c", "a وb وc"). */
    public String list(String acceptLanguage, List<String> states) {
        String language = messages.negotiate(acceptLanguage);
        List<String> names = states.stream().map(state -> messages.get(language, "clinic-state-" + state)).toList();
        return ListFormatter.getInstance(LanguageCode.toULocale(language)).format(names);
    }
}
