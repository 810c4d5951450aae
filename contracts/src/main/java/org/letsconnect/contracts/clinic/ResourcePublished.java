package org.letsconnect.contracts.clinic;

import java.time.Instant;

/**
 * {@code resource.published.v1}.
 *
 * @param kind {@code recording}, {@code slides}, {@code summary} or {@code other}
 * @param language Wikimedia language code of the resource
 * @param url an absolute https/http URL
 */
public record ResourcePublished(String spaceId, String resourceId, String kind, String language, String url,
        String title, Instant publishedAt) {

    public static final String RECORDING = "recording";
    public static final String SLIDES = "slides";
    public static final String SUMMARY = "summary";
    public static final String OTHER = "other";
}
