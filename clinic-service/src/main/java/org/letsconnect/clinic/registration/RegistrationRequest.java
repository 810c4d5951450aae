package org.letsconnect.clinic.registration;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a signed-in participant may say when registering; the body is optional. */
@Schema(description = "Optional preferences for the reminders and the calendar invitation")
public record RegistrationRequest(
        @Schema(description = "Wikimedia language code for reminders; by default the first known language of "
                + "Accept-Language, else the first language of the registry profile", example = "fr") String language,
        @Schema(description = "IANA time zone to show the session's time in; unset leaves it to the profile", example = "Africa/Abidjan") String timeZone) {

    static final RegistrationRequest NONE = new RegistrationRequest(null, null);
}
