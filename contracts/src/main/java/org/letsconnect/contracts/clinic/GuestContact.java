package org.letsconnect.contracts.clinic;

import java.time.Instant;

/**
 * {@code guest-contact.changed.v1} on the RESTRICTED topic {@code clinic.guests.v1}: a guest's current contact data
 * (whole state, compacted by registration id). A guest registers for one space with a name and an e-mail address and
 * has no profile; the registration is the guest. A tombstone for the registration id follows its cancellation.
 *
 * @param registrationId the guest's registration, the key
 * @param spaceId the space the guest registered for
 * @param name how the guest wants to be called
 * @param email the address the guest gave; reminders go there
 * @param language the Wikimedia language code the guest chose for reminders, as clinic-service stores it
 * @param timeZone the IANA time zone the guest chose to see the session's time in, as clinic-service stores it
 * @param updatedAt when the contact data was last written
 */
public record GuestContact(String registrationId, String spaceId, String name, String email, String language,
        String timeZone, Instant updatedAt) {
}
