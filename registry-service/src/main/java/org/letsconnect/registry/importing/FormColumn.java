package org.letsconnect.registry.importing;

import java.util.List;

import org.letsconnect.platform.csv.CsvColumn;

/**
 * The columns of the old registration form's Google Forms export: "Timestamp" and "Email Address", which Google
 * adds, then one column per question, headed by the question as the form asked it. A header is recognised by
 * {@link Names#key} (case, accents and punctuation do not matter) against the question and a few shorter forms.
 */
enum FormColumn implements CsvColumn {

    TIMESTAMP(true, "Timestamp", "Marca temporal", "Horodateur", "Carimbo de data/hora"),
    EMAIL(false, "Email Address", "Email", "Dirección de correo electrónico", "Adresse e-mail", "Endereço de e-mail"),
    USERNAME(true, "What is your Wikimedia username?", "Wikimedia username", "Username"),
    FULL_NAME(true, "Full name", "Name", "Your name"),
    PRONOUNS(false, "Pronouns", "What are your pronouns?"),
    REGION(true, "Which region are you from?", "Region"),
    COUNTRY(true, "Country", "Which country are you from?", "Country of residence"),
    LANGUAGES(true, "Which languages do you speak?", "Languages"),
    AFFILIATION(false, "Affiliation", "Which affiliate or user group are you part of?", "Affiliations"),
    ROLE(true, "What is your role in the movement?", "Role in the movement", "Movement role", "Role"),
    JOINED(false, "What year did you join the Wikimedia movement?", "Year joined"),
    PROJECTS(false, "Which Wikimedia projects do you contribute to?", "Projects", "Wikimedia projects"),
    SKILLS_TO_LEARN(false, "Which skills would you like to learn?", "Skills to learn"),
    SKILLS_TO_SHARE(false, "Which skills can you share?", "Skills to share"),
    CONNECTIONS(false, "Would you like to be contacted for 1:1 connections?", "1:1 connections"),
    BIO(false, "Tell us a little about yourself", "About you", "Bio");

    private final boolean required;
    private final String header;
    private final List<String> keys;

    FormColumn(boolean required, String header, String... otherHeaders) {
        this.required = required;
        this.header = header;
        List<String> all = new java.util.ArrayList<>();
        all.add(Names.key(header));
        for (String other : otherHeaders) {
            all.add(Names.key(other));
        }
        this.keys = List.copyOf(all);
    }

    /** Whether an export without this column is refused. */
    @Override
    public boolean required() {
        return required;
    }

    /** The header as the form's export has it. */
    @Override
    public String header() {
        return header;
    }

    /** Whether a header cell names this column. */
    @Override
    public boolean matches(String headerCell) {
        return keys.contains(Names.key(headerCell));
    }
}
