package org.letsconnect.notification.talkpage;

import java.time.Duration;

/** What became of one talk-page post: the delivery worker maps it onto its own outcome. */
public sealed interface TalkPageOutcome {

    /** The new section is saved as this revision. */
    record Posted(long revisionId) implements TalkPageOutcome {
    }

    /** The page already carries this delivery's marker (an earlier try went through): nothing posted, count as sent. */
    record AlreadyPosted() implements TalkPageOutcome {
    }

    /** The wiki asks to wait ({@code maxlag} with {@code Retry-After}). */
    record RetryAfter(Duration delay) implements TalkPageOutcome {
    }

    /**
     * Never worth retrying: {@code nosuchuser}, {@code blocked}, {@code protectedpage} and the other refusals of this
     * page or account (the API's error code), {@code disabled} (no bot token configured).
     */
    record Permanent(String reason) implements TalkPageOutcome {
    }

    /** Try again later: {@code ratelimited}, {@code readonly}, 5xx, no connection, no answer in time. */
    record Temporary(String reason) implements TalkPageOutcome {
    }
}
