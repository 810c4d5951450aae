package org.letsconnect.clinic.attendance;

import java.util.UUID;

/**
 * Someone an attendee may be: a registrant of the space (a participant or a guest) or a participant of the
 * directory who did not register. A registered participant is one known person, with both ids.
 *
 * @param participantId the directory participant, or null for a guest
 * @param registrationId the registration for this space, or null
 * @param registeredName the name given when registering, or null
 * @param username the Wikimedia username, or null for a guest
 * @param displayName the directory's display name, or null
 * @param email the guest's or the participant's email (private), lower case, or null
 */
record KnownPerson(UUID participantId, UUID registrationId, String registeredName, String username,
        String displayName, String email, PersonName registeredFolded, PersonName usernameFolded,
        PersonName displayFolded) {

    static KnownPerson of(UUID participantId, UUID registrationId, String registeredName, String username,
            String displayName, String email) {
        return new KnownPerson(participantId, registrationId, registeredName, username, displayName,
                email == null || email.isBlank() ? null : email.strip().toLowerCase(java.util.Locale.ROOT),
                PersonName.of(registeredName), PersonName.of(username), PersonName.of(displayName));
    }

    boolean registered() {
        return registrationId != null;
    }

    /** The name to show an organizer. */
    String name() {
        if (displayName != null) {
            return displayName;
        }
        return registeredName != null ? registeredName : username;
    }
}
