package org.letsconnect.clinic.report;

import java.util.List;

import io.smallrye.config.ConfigMapping;

/** What the reports count as what. */
@ConfigMapping(prefix = "letsconnect.clinic.reports")
public interface ReportConfig {

    /** Regions whose sharers the programme wants more of (registry region codes). */
    List<String> underrepresentedRegions();

    /** The period a programme report covers when the caller names none, counted back from today. */
    int defaultPeriodDays();
}
