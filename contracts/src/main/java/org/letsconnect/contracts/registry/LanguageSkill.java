package org.letsconnect.contracts.registry;

import java.util.List;

/**
 * A language a participant speaks.
 *
 * @param code Wikimedia language code (BCP 47 style, lower case: {@code pt-br}, {@code sr-ec}, {@code zh-hant})
 * @param level one of {@link #LEVELS}: {@code native}, {@code advanced}, {@code intermediate}, {@code basic}
 *        (the registration form's four levels; roughly native, C1–C2, B1–B2, A1–A2)
 */
public record LanguageSkill(String code, String level) {

    public static final String NATIVE = "native";
    public static final String ADVANCED = "advanced";
    public static final String INTERMEDIATE = "intermediate";
    public static final String BASIC = "basic";
    public static final List<String> LEVELS = List.of(NATIVE, ADVANCED, INTERMEDIATE, BASIC);
}
