package org.letsconnect.registry.export;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of the CapX export, in participant id order.
 *
 * @param format what the profiles are: {@value #FORMAT}
 * @param skills how skills are identified: {@value #SKILLS}
 * @param profiles at most the requested size
 * @param next the cursor of the next page ({@code after=…}); null on the last page
 */
@Schema(description = "A page of profiles in CapX's shape; follow `next` (or the Link header) until it is null")
public record CapxExportPage(String format, String skills, List<CapxProfile> profiles, String next) {

    public static final String FORMAT = "capx-profile-v1";
    public static final String SKILLS = "wikidata";
}
