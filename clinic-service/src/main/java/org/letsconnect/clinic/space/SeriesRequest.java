package org.letsconnect.clinic.space;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * How many more sessions to plan after a space, and by which rule ({@code monthly-first-friday} or
 * {@code weekly}); without a rule, Connectathons repeat on the first Friday of each month and others weekly.
 */
public record SeriesRequest(@NotNull @Min(1) @Max(12) Integer count, String rule) {
}
