package org.letsconnect.contracts.registry;

import java.util.List;

/** The Wikimedia regions, as codes. */
public final class Regions {
    public static final String SUB_SAHARAN_AFRICA = "sub-saharan-africa";
    public static final String MIDDLE_EAST_NORTH_AFRICA = "middle-east-north-africa";
    public static final String SOUTH_ASIA = "south-asia";
    public static final String EAST_SOUTHEAST_ASIA_PACIFIC = "east-southeast-asia-pacific";
    public static final String CENTRAL_EASTERN_EUROPE_CENTRAL_ASIA = "central-eastern-europe-central-asia";
    public static final String NORTHERN_WESTERN_EUROPE = "northern-western-europe";
    public static final String LATIN_AMERICA_CARIBBEAN = "latin-america-caribbean";
    public static final String UNITED_STATES_CANADA = "united-states-canada";
    public static final List<String> ALL = List.of(SUB_SAHARAN_AFRICA, MIDDLE_EAST_NORTH_AFRICA, SOUTH_ASIA,
            EAST_SOUTHEAST_ASIA_PACIFIC, CENTRAL_EASTERN_EUROPE_CENTRAL_ASIA, NORTHERN_WESTERN_EUROPE,
            LATIN_AMERICA_CARIBBEAN, UNITED_STATES_CANADA);

    private Regions() {
    }
}
