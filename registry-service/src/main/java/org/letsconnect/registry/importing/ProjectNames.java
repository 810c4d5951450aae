package org.letsconnect.registry.importing;

import java.util.HashMap;
import java.util.Map;

/**
 * Answers to "Which Wikimedia projects do you contribute to?" to the project names profiles keep: the sister
 * projects by their lower-case name ({@code Wikimedia Commons} → {@code commons}, {@code Meta-Wiki} →
 * {@code meta}); anything else ({@code ha.wikipedia}, a project the list lacks) is kept as written.
 */
final class ProjectNames {

    private static final Map<String, String> INDEX = index();

    private ProjectNames() {
    }

    /** The project name to keep for one ticked or written project. */
    static String normalise(String answer) {
        String known = INDEX.get(Names.key(answer));
        return known != null ? known : answer.strip();
    }

    private static Map<String, String> index() {
        Map<String, String> names = new HashMap<>();
        for (String project : new String[] { "wikipedia", "wikidata", "wikisource", "wiktionary", "wikibooks",
                "wikiquote", "wikivoyage", "wikinews", "wikiversity", "wikispecies", "wikifunctions", "mediawiki" }) {
            names.put(project, project);
        }
        names.put("commons", "commons");
        names.put("wikimedia commons", "commons");
        names.put("meta wiki", "meta");
        names.put("meta", "meta");
        names.put("metawiki", "meta");
        names.put("incubator", "incubator");
        names.put("wikimedia incubator", "incubator");
        names.put("mediawiki org", "mediawiki");
        return Map.copyOf(names);
    }
}
