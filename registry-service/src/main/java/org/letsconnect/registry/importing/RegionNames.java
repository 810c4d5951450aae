package org.letsconnect.registry.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.letsconnect.contracts.registry.Regions;

/**
 * Region answers of the old form to the codes of the eight Wikimedia regions. The form showed them as
 * {@code Sub-Saharan Africa}, {@code Middle East and North Africa (MENA)}, {@code South Asia},
 * {@code East, Southeast Asia and the Pacific (ESEAP)}, {@code Central and Eastern Europe and Central Asia (CEE)},
 * {@code Northern and Western Europe}, {@code Latin America and the Caribbean (LAC)} and
 * {@code United States and Canada}; the name with or without its acronym, the acronym alone and the code are
 * accepted, compared with {@link Names#key} without the words "and", "the" and "of".
 */
final class RegionNames {

    /** The eight regions as the form words them, in the form's order. */
    static final Map<String, String> FORM_WORDING = orderedWording();

    private static final List<String> FILLERS = List.of("and", "the", "of");
    private static final Map<String, List<String>> NAMES = Map.of(
            Regions.SUB_SAHARAN_AFRICA, List.of("Sub-Saharan Africa", "SSA", "Subsaharan Africa"),
            Regions.MIDDLE_EAST_NORTH_AFRICA, List.of("Middle East and North Africa", "MENA"),
            Regions.SOUTH_ASIA, List.of("South Asia"),
            Regions.EAST_SOUTHEAST_ASIA_PACIFIC, List.of("East, Southeast Asia and the Pacific",
                    "East, Southeast Asia and Pacific", "ESEAP"),
            Regions.CENTRAL_EASTERN_EUROPE_CENTRAL_ASIA, List.of("Central and Eastern Europe and Central Asia",
                    "Central & Eastern Europe", "CEE", "CEECA"),
            Regions.NORTHERN_WESTERN_EUROPE, List.of("Northern and Western Europe", "NWE"),
            Regions.LATIN_AMERICA_CARIBBEAN, List.of("Latin America and the Caribbean", "LAC", "LATAM"),
            Regions.UNITED_STATES_CANADA, List.of("United States and Canada", "US and Canada", "USCA",
                    "North America"));
    private static final Map<String, String> INDEX = index();

    private RegionNames() {
    }

    /** The region code for an answer: the name, the name with its acronym in parentheses, the acronym or the code. */
    static Optional<String> code(String answer) {
        if (answer == null || answer.isBlank()) {
            return Optional.empty();
        }
        String whole = INDEX.get(Names.keyWithout(answer, FILLERS));
        if (whole != null) {
            return Optional.of(whole);
        }
        int open = answer.indexOf('(');
        int close = answer.indexOf(')', open + 1);
        if (open > 0 && close > open) {
            String name = INDEX.get(Names.keyWithout(answer.substring(0, open), FILLERS));
            String acronym = INDEX.get(Names.keyWithout(answer.substring(open + 1, close), FILLERS));
            if (name != null && (acronym == null || acronym.equals(name))) {
                return Optional.of(name);
            }
            if (name == null && acronym != null) {
                return Optional.of(acronym);
            }
        }
        return Optional.empty();
    }

    private static Map<String, String> index() {
        Map<String, String> index = new HashMap<>();
        NAMES.forEach((code, names) -> {
            index.put(Names.keyWithout(code, FILLERS), code);
            names.forEach(name -> index.put(Names.keyWithout(name, FILLERS), code));
        });
        FORM_WORDING.forEach((wording, code) -> index.put(Names.keyWithout(wording, FILLERS), code));
        return Map.copyOf(index);
    }

    private static Map<String, String> orderedWording() {
        Map<String, String> wording = new java.util.LinkedHashMap<>();
        wording.put("Sub-Saharan Africa", Regions.SUB_SAHARAN_AFRICA);
        wording.put("Middle East and North Africa (MENA)", Regions.MIDDLE_EAST_NORTH_AFRICA);
        wording.put("South Asia", Regions.SOUTH_ASIA);
        wording.put("East, Southeast Asia and the Pacific (ESEAP)", Regions.EAST_SOUTHEAST_ASIA_PACIFIC);
        wording.put("Central and Eastern Europe and Central Asia (CEE)", Regions.CENTRAL_EASTERN_EUROPE_CENTRAL_ASIA);
        wording.put("Northern and Western Europe", Regions.NORTHERN_WESTERN_EUROPE);
        wording.put("Latin America and the Caribbean (LAC)", Regions.LATIN_AMERICA_CARIBBEAN);
        wording.put("United States and Canada", Regions.UNITED_STATES_CANADA);
        return java.util.Collections.unmodifiableMap(wording);
    }
}
