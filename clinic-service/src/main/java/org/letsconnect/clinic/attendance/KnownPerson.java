package org.letsconnect.clinic.attendance;

import java.util.Locale;
import java.util.UUID;

/**
 * Someone an attendee may be: a registrant of the space (a participant or a guest) or a participant of the
 * directory who did not register. A registered participant is one known person, with both ids. Their names are
 * folded on first comparison — on the worker thread that reconciles, not on the event loop that read them.
 */
final class KnownPerson {

    private final UUID participantId;
    private final UUID registrationId;
    private final String registeredName;
    private final String username;
    private final String displayName;
    private final String email;
    private PersonName registeredFolded;
    private PersonName usernameFolded;
    private PersonName displayFolded;

    /**
     * @param participantId the directory participant, or null for a guest
     * @param registrationId the registration for this space, or null
     * @param registeredName the name given when registering, or null
     * @param username the Wikimedia username, or null for a guest
     * @param displayName the directory's display name, or null
     * @param email the guest's or the participant's email (private), or null
     */
    private KnownPerson(UUID participantId, UUID registrationId, String registeredName, String username,
            String displayName, String email) {
        this.participantId = participantId;
        this.registrationId = registrationId;
        this.registeredName = registeredName;
        this.username = username;
        this.displayName = displayName;
        this.email = email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    static KnownPerson of(UUID participantId, UUID registrationId, String registeredName, String username,
            String displayName, String email) {
        return new KnownPerson(participantId, registrationId, registeredName, username, displayName, email);
    }

    UUID participantId() {
        return participantId;
    }

    UUID registrationId() {
        return registrationId;
    }

    String username() {
        return username;
    }

    /** Lower case. */
    String email() {
        return email;
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

    PersonName registeredFolded() {
        if (registeredFolded == null) {
            registeredFolded = PersonName.of(registeredName);
        }
        return registeredFolded;
    }

    PersonName usernameFolded() {
        if (usernameFolded == null) {
            usernameFolded = PersonName.of(username);
        }
        return usernameFolded;
    }

    PersonName displayFolded() {
        if (displayFolded == null) {
            displayFolded = PersonName.of(displayName);
        }
        return displayFolded;
    }

    @Override
    public String toString() {
        return "KnownPerson[participant " + participantId + ", registration " + registrationId + "]";
    }
}
