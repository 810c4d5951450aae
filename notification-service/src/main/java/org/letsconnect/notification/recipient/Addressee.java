package org.letsconnect.notification.recipient;

import java.util.UUID;

/**
 * The person a delivery goes to, at the moment it is sent: whoever they are (participant or guest), the name to
 * greet them by, the language and zone to write in, and their address (private; never logged).
 *
 * @param participantId null for a guest
 * @param email null when the person has no address (then e-mail fails with {@code no-address})
 */
public record Addressee(RecipientKind kind, UUID recipientId, UUID participantId, String name, String language,
        String timeZone, String email) {

    public static Addressee of(Recipient recipient) {
        String name = recipient.displayName != null ? recipient.displayName : recipient.username;
        return new Addressee(RecipientKind.PARTICIPANT, recipient.participantId, recipient.participantId, name,
                recipient.language, recipient.timeZone, recipient.email);
    }

    public static Addressee of(Guest guest) {
        return new Addressee(RecipientKind.GUEST, guest.registrationId, null, guest.name, guest.language,
                guest.timeZone, guest.email);
    }
}
