package org.letsconnect.notification.delivery;

/** The reasons the delivery log and {@code delivery.failed} give that the worker itself decides. */
final class DeliveryReasons {

    /** The recipient erased their profile (a guest is purged only after their tombstone's grace). */
    static final String RECIPIENT_GONE = "recipient-gone";
    /**
     * A guest's contact data arrives on its own topic and may come after the registration that notifies them: tried
     * again later, like a temporary failure.
     */
    static final String RECIPIENT_NOT_YET_KNOWN = "recipient-not-yet-known";
    /** Held back by the recipient's quiet hours. */
    static final String QUIET_HOURS = "quiet-hours";
    /** Held for the recipient's daily or weekly digest, which sends it. */
    static final String DIGEST = "digest";
    /** No channel of that name runs in this service (yet). */
    static final String CHANNEL_UNAVAILABLE = "channel-unavailable";
    /** The message could not be put into words; tried again like a temporary failure. */
    static final String RENDER_FAILED = "render-failed";
    /** The channel failed in a way it did not explain; tried again like a temporary failure. */
    static final String CHANNEL_ERROR = "channel-error";
    /** Claimed more often than attempts are allowed without an outcome (the worker kept crashing mid-send). */
    static final String ATTEMPTS_EXHAUSTED = "attempts-exhausted";

    private DeliveryReasons() {
    }
}
