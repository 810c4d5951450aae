package org.letsconnect.registry.importing;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

/**
 * Country answers of the old form to ISO 3166-1 alpha-2 codes, and the time zone a country most likely means.
 *
 * <p>
 * Names come from {@link Locale#getDisplayCountry(Locale)} and ICU's CLDR names in English, Spanish, French and
 * Portuguese ({@code Nigeria}, {@code Nigéria}, {@code Brasil}, {@code Côte d’Ivoire}, {@code Türkiye} and
 * {@code Turkey}…), the part in or before parentheses ({@code Myanmar (Burma)} → {@code Myanmar}, {@code Burma}), the
 * alpha-2 and alpha-3 codes, and a few names people write that CLDR does not have ({@code USA}, {@code DRC},
 * {@code Ivory Coast}, {@code Swaziland}…). Compared with {@link Names#key}.
 */
final class CountryNames {

    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"),
            Locale.FRENCH, Locale.forLanguageTag("pt"));
    private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();

    /** Names CLDR does not give but people write. */
    private static final Map<String, List<String>> ALIASES = Map.ofEntries(
            Map.entry("US", List.of("USA", "U.S.A.", "U.S.", "United States of America", "EEUU", "EE. UU.")),
            Map.entry("GB", List.of("UK", "U.K.", "Great Britain", "Britain", "England", "Scotland", "Wales",
                    "Northern Ireland", "United Kingdom of Great Britain and Northern Ireland")),
            Map.entry("CD", List.of("Democratic Republic of the Congo", "Democratic Republic of Congo", "DR Congo",
                    "DRC", "RDC", "RD Congo", "Congo, Democratic Republic of the", "Congo (DRC)",
                    "République démocratique du Congo", "República Democrática do Congo")),
            Map.entry("CG", List.of("Republic of the Congo", "Republic of Congo", "Congo, Republic of the",
                    "Congo (Republic)", "République du Congo", "República do Congo")),
            Map.entry("CI", List.of("Ivory Coast", "Cote d'Ivoire")),
            Map.entry("PS", List.of("Palestine", "State of Palestine", "Palestine, State of")),
            Map.entry("CZ", List.of("Czech Republic")),
            Map.entry("SZ", List.of("Swaziland")),
            Map.entry("MK", List.of("Macedonia", "Republic of North Macedonia")),
            Map.entry("KR", List.of("Korea", "Republic of Korea", "Korea, Republic of")),
            Map.entry("KP", List.of("Democratic People's Republic of Korea")),
            Map.entry("RU", List.of("Russian Federation")),
            Map.entry("VN", List.of("Viet Nam")),
            Map.entry("TL", List.of("East Timor")),
            Map.entry("TR", List.of("Turkey", "Türkiye")),
            Map.entry("IR", List.of("Iran, Islamic Republic of", "Islamic Republic of Iran")),
            Map.entry("SY", List.of("Syrian Arab Republic")),
            Map.entry("TZ", List.of("United Republic of Tanzania", "Tanzania, United Republic of")),
            Map.entry("BO", List.of("Bolivia, Plurinational State of", "Plurinational State of Bolivia")),
            Map.entry("VE", List.of("Venezuela, Bolivarian Republic of")),
            Map.entry("LA", List.of("Lao People's Democratic Republic", "Lao PDR")),
            Map.entry("MD", List.of("Moldova, Republic of", "Republic of Moldova")),
            Map.entry("GM", List.of("The Gambia")),
            Map.entry("BS", List.of("The Bahamas")),
            Map.entry("HK", List.of("Hong Kong")),
            Map.entry("MO", List.of("Macao", "Macau")),
            Map.entry("CV", List.of("Cabo Verde", "Cape Verde")),
            Map.entry("NL", List.of("Holland", "The Netherlands")));

    /**
     * For countries with several zones, the one most of its people live in: the form never asked for a zone, so
     * this is a guess the participant can correct.
     */
    private static final Map<String, String> MAIN_ZONE = Map.ofEntries(
            Map.entry("US", "America/New_York"), Map.entry("CA", "America/Toronto"),
            Map.entry("BR", "America/Sao_Paulo"), Map.entry("MX", "America/Mexico_City"),
            Map.entry("AR", "America/Argentina/Buenos_Aires"), Map.entry("CL", "America/Santiago"),
            Map.entry("EC", "America/Guayaquil"), Map.entry("RU", "Europe/Moscow"),
            Map.entry("UA", "Europe/Kyiv"), Map.entry("KZ", "Asia/Almaty"), Map.entry("UZ", "Asia/Tashkent"),
            Map.entry("MN", "Asia/Ulaanbaatar"), Map.entry("CN", "Asia/Shanghai"), Map.entry("ID", "Asia/Jakarta"),
            Map.entry("MY", "Asia/Kuala_Lumpur"), Map.entry("AU", "Australia/Sydney"),
            Map.entry("NZ", "Pacific/Auckland"), Map.entry("PG", "Pacific/Port_Moresby"),
            Map.entry("CD", "Africa/Kinshasa"), Map.entry("ES", "Europe/Madrid"), Map.entry("PT", "Europe/Lisbon"),
            Map.entry("DE", "Europe/Berlin"), Map.entry("CY", "Asia/Nicosia"), Map.entry("PS", "Asia/Gaza"),
            Map.entry("GL", "America/Nuuk"), Map.entry("KI", "Pacific/Tarawa"), Map.entry("FM", "Pacific/Pohnpei"),
            Map.entry("PF", "Pacific/Tahiti"), Map.entry("EG", "Africa/Cairo"));

    private static final Map<String, Zone> ZONE_CACHE = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Map<String, String> INDEX = index();
    private static final Map<String, String> CODES = codes();

    private CountryNames() {
    }

    /**
     * The ISO 3166-1 alpha-2 code (upper case) for a country name in English, Spanish, French or Portuguese, or for
     * an alpha-2 or alpha-3 code written in capitals ({@code NG}, {@code NGA}; {@code no} is not Norway).
     */
    static Optional<String> code(String answer) {
        String trimmed = answer == null ? "" : answer.strip();
        if (trimmed.matches("[A-Z]{2,3}") && CODES.containsKey(trimmed)) {
            return Optional.of(CODES.get(trimmed));
        }
        String key = Names.key(trimmed);
        return key.isEmpty() ? Optional.empty() : Optional.ofNullable(INDEX.get(key));
    }

    /** A time zone for a country, and whether it is a guess among several zones. */
    record Zone(String id, boolean guessed) {
    }

    /**
     * The IANA zone of a country with one zone; for one with several, its most populous zone (or the first CLDR
     * lists), marked as a guess; {@code UTC}, a guess too, for a code without zones.
     */
    static Zone zone(String country) {
        return ZONE_CACHE.computeIfAbsent(country, CountryNames::findZone);
    }

    private static Zone findZone(String country) {
        List<String> zones = new ArrayList<>();
        for (String id : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, country, null)) {
            String iana = TimeZone.getIanaID(id);
            String usable = ZONES.contains(iana) ? iana : ZONES.contains(id) ? id : null;
            if (usable != null && !zones.contains(usable)) {
                zones.add(usable);
            }
        }
        if (zones.size() == 1) {
            return new Zone(zones.get(0), false);
        }
        String main = MAIN_ZONE.get(country);
        if (main != null && ZONES.contains(main)) {
            return new Zone(main, true);
        }
        if (main != null && main.equals("Europe/Kyiv") && ZONES.contains("Europe/Kiev")) {
            return new Zone("Europe/Kiev", true);
        }
        return zones.isEmpty() ? new Zone("UTC", true) : new Zone(zones.get(0), true);
    }

    private static Map<String, String> index() {
        Map<String, String> index = new HashMap<>();
        String[] countries = Locale.getISOCountries();
        for (String code : countries) {
            for (String alias : ALIASES.getOrDefault(code, List.of())) {
                put(index, alias, code);
            }
        }
        for (String code : countries) {
            Locale country = new Locale("", code);
            ULocale icuCountry = new ULocale("und_" + code);
            for (Locale language : LANGUAGES) {
                putWithParts(index, country.getDisplayCountry(language), code);
                putWithParts(index, icuCountry.getDisplayCountry(ULocale.forLocale(language)), code);
            }
        }
        return Map.copyOf(index);
    }

    private static Map<String, String> codes() {
        Map<String, String> codes = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            codes.put(code, code);
            try {
                codes.putIfAbsent(new Locale("", code).getISO3Country(), code);
            } catch (java.util.MissingResourceException e) {
                // no alpha-3 code: the names suffice
            }
        }
        return Map.copyOf(codes);
    }

    /** The name, and for {@code Myanmar (Burma)} or {@code Congo - Kinshasa} also its parts. */
    private static void putWithParts(Map<String, String> index, String name, String code) {
        if (name == null || name.isBlank() || name.equals(code)) {
            return;
        }
        put(index, name, code);
        int open = name.indexOf('(');
        int close = name.indexOf(')', open + 1);
        if (open > 0 && close > open) {
            put(index, name.substring(0, open), code);
            put(index, name.substring(open + 1, close), code);
        }
    }

    /** First come, first kept: aliases before CLDR names. */
    private static void put(Map<String, String> index, String name, String code) {
        String key = Names.key(name);
        if (!key.isEmpty()) {
            index.putIfAbsent(key, code);
        }
    }
}
