package org.letsconnect.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.letsconnect.contracts.registry.LanguageSkill;
import org.letsconnect.contracts.registry.ParticipantProfile;
import org.letsconnect.contracts.registry.Regions;
import org.letsconnect.contracts.taxonomy.SkillTree;
import org.letsconnect.testkit.DevIssuer;

/**
 * The suggestion benchmark's population: public profiles as registry-service publishes them, random with a fixed seed
 * (the same people on every run). Regions weighted as the programme's members are (63 % Sub-Saharan Africa, as
 * registry-service's directory benchmark), each region's countries, time zones (half- and quarter-hour ones among them:
 * Asia/Kolkata, Asia/Kathmandu, Asia/Tehran) and languages: a local language first, then often a second one (en, fr,
 * pt, ar, es, ru); 1–5 skills to learn and 0–4 to share from the taxonomy, skewed so that some skills are popular (weight
 * 1/(rank+1)^0.8, the most wanted not the most offered); 40 % available for 1:1 connections with 1–5 places.
 */
final class SuggestionProfiles {

    /** A region: its share of the members, countries, zones, local languages and second languages. */
    private record Region(String code, double share, List<String> countries, List<String> zones,
            List<String> languages, List<String> second) {
    }

    private static final List<Region> REGIONS = List.of(
            new Region(Regions.SUB_SAHARAN_AFRICA, 0.63, List.of("NG", "GH", "KE", "UG", "TZ", "ZA", "CM", "SN", "CD"),
                    List.of("Africa/Lagos", "Africa/Accra", "Africa/Nairobi", "Africa/Kampala", "Africa/Johannesburg",
                            "Africa/Douala", "Africa/Dakar", "Africa/Kinshasa"),
                    List.of("ha", "yo", "ig", "sw", "tw", "zu", "am", "wo", "lg", "en", "fr"),
                    List.of("en", "en", "fr", "pt", "ar")),
            new Region(Regions.MIDDLE_EAST_NORTH_AFRICA, 0.07, List.of("EG", "MA", "DZ", "TN", "JO", "IR"),
                    List.of("Africa/Cairo", "Africa/Casablanca", "Africa/Algiers", "Asia/Amman", "Asia/Tehran"),
                    List.of("ar", "ar", "arz", "ary", "fa", "kab"), List.of("en", "fr")),
            new Region(Regions.SOUTH_ASIA, 0.08, List.of("IN", "BD", "PK", "NP", "LK"),
                    List.of("Asia/Kolkata", "Asia/Kolkata", "Asia/Dhaka", "Asia/Karachi", "Asia/Kathmandu",
                            "Asia/Colombo"),
                    List.of("hi", "bn", "ur", "ne", "ta", "te", "ml", "mr"), List.of("en")),
            new Region(Regions.EAST_SOUTHEAST_ASIA_PACIFIC, 0.06, List.of("ID", "PH", "JP", "KR", "MY", "AU"),
                    List.of("Asia/Jakarta", "Asia/Manila", "Asia/Tokyo", "Asia/Seoul", "Australia/Sydney",
                            "Australia/Adelaide"),
                    List.of("id", "tl", "ja", "ko", "zh", "ms"), List.of("en")),
            new Region(Regions.CENTRAL_EASTERN_EUROPE_CENTRAL_ASIA, 0.05, List.of("UA", "PL", "RS", "AM", "GE", "KZ"),
                    List.of("Europe/Kyiv", "Europe/Warsaw", "Europe/Belgrade", "Asia/Yerevan", "Asia/Tbilisi",
                            "Asia/Almaty"),
                    List.of("uk", "ru", "pl", "sr", "hy", "ka", "kk"), List.of("en", "ru")),
            new Region(Regions.NORTHERN_WESTERN_EUROPE, 0.04, List.of("DE", "FR", "GB", "NL", "SE", "ES", "PT"),
                    List.of("Europe/Berlin", "Europe/Paris", "Europe/London", "Europe/Amsterdam", "Europe/Madrid",
                            "Europe/Lisbon"),
                    List.of("de", "fr", "en", "nl", "sv", "es", "pt"), List.of("en")),
            new Region(Regions.LATIN_AMERICA_CARIBBEAN, 0.05, List.of("BR", "MX", "AR", "CO", "PE", "HT"),
                    List.of("America/Sao_Paulo", "America/Mexico_City", "America/Argentina/Buenos_Aires",
                            "America/Bogota", "America/Lima", "America/Port-au-Prince"),
                    List.of("pt-br", "pt-br", "es", "es", "qu", "ht"), List.of("en", "es")),
            new Region(Regions.UNITED_STATES_CANADA, 0.02, List.of("US", "CA"),
                    List.of("America/New_York", "America/Chicago", "America/Los_Angeles", "America/Toronto",
                            "America/St_Johns"),
                    List.of("en", "en", "fr", "es"), List.of("fr", "es")));

    private static final List<String> LEVELS = List.of(LanguageSkill.NATIVE, LanguageSkill.ADVANCED,
            LanguageSkill.INTERMEDIATE, LanguageSkill.BASIC);
    private static final Instant REGISTERED = Instant.parse("2026-01-05T09:00:00Z");

    private final Random random;
    private final List<String> byDemand;
    private final double[] demandWeights;
    private final List<String> bySupply;
    private final double[] supplyWeights;

    SuggestionProfiles(long seed) {
        this.random = new Random(seed);
        List<String> codes = new ArrayList<>(SkillTree.standard().codes());
        byDemand = shuffled(codes, random);
        bySupply = shuffled(codes, random);
        demandWeights = cumulativeSkew(codes.size());
        supplyWeights = cumulativeSkew(codes.size());
    }

    /** The next profile; {@code index} makes the username and the participant id (a name-based UUID) unique. */
    ParticipantProfile next(int index, long seed) {
        Region region = region();
        String username = "Suggestion bench " + seed + "-" + index;
        String id = UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8)).toString();
        List<LanguageSkill> languages = languages(region);
        List<String> learns = skills(1 + random.nextInt(5), byDemand, demandWeights, Set.of());
        List<String> shares = skills(random.nextInt(5), bySupply, supplyWeights, Set.copyOf(learns));
        boolean available = random.nextDouble() < 0.40;
        int capacity = available ? 1 + random.nextInt(5) : 0;
        Instant updated = REGISTERED.plus(Duration.ofMinutes(random.nextInt(300 * 24 * 60)));
        return new ParticipantProfile(id, DevIssuer.subjectFor(username), username, username, null, region.code(),
                pick(region.countries()), pick(region.zones()), languages, List.of(), "individual-editor",
                2010 + random.nextInt(16), List.of(), null, learns, shares, available, capacity,
                ParticipantProfile.VISIBILITY_PUBLIC, languages.get(0).code(), List.of(), REGISTERED, updated);
    }

    private Region region() {
        double pick = random.nextDouble();
        double sum = 0;
        for (Region region : REGIONS) {
            sum += region.share();
            if (pick < sum) {
                return region;
            }
        }
        return REGIONS.get(REGIONS.size() - 1);
    }

    /** 1–3 languages: a local one first (native), then often a second one and sometimes a third, with levels. */
    private List<LanguageSkill> languages(Region region) {
        Set<String> codes = new LinkedHashSet<>();
        codes.add(pick(region.languages()));
        if (random.nextDouble() < 0.75) {
            codes.add(pick(region.second()));
        }
        if (random.nextDouble() < 0.25) {
            codes.add(pick(List.of("en", "fr", "es", "pt", "ar", "sw", "ha", "ru")));
        }
        List<LanguageSkill> languages = new ArrayList<>();
        for (String code : codes) {
            String level = languages.isEmpty() ? LanguageSkill.NATIVE : LEVELS.get(1 + random.nextInt(3));
            languages.add(new LanguageSkill(code, level));
        }
        return languages;
    }

    private List<String> skills(int count, List<String> ranked, double[] cumulative, Set<String> except) {
        Set<String> skills = new LinkedHashSet<>();
        for (int attempts = 0; skills.size() < count && attempts < 50; attempts++) {
            double pick = random.nextDouble() * cumulative[cumulative.length - 1];
            int rank = 0;
            while (cumulative[rank] <= pick) {
                rank++;
            }
            if (!except.contains(ranked.get(rank))) {
                skills.add(ranked.get(rank));
            }
        }
        return List.copyOf(skills);
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static List<String> shuffled(List<String> codes, Random random) {
        List<String> copy = new ArrayList<>(codes);
        Collections.shuffle(copy, random);
        return List.copyOf(copy);
    }

    private static double[] cumulativeSkew(int size) {
        double[] cumulative = new double[size];
        double sum = 0;
        for (int rank = 0; rank < size; rank++) {
            sum += 1 / Math.pow(rank + 1, 0.8);
            cumulative[rank] = sum;
        }
        return cumulative;
    }
}
