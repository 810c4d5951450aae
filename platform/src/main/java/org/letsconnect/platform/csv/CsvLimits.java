package org.letsconnect.platform.csv;

/**
 * How much an upload may hold.
 *
 * @param maxBytes the largest file accepted, in bytes
 * @param maxRows the most rows accepted below the header, blank lines not counted
 */
public record CsvLimits(long maxBytes, int maxRows) {
}
