package org.letsconnect.notification.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.letsconnect.notification.delivery.OutgoingMessage;
import org.letsconnect.notification.delivery.SendOutcome;

import io.vertx.ext.mail.SMTPException;

/** What the SMTP server's answers make of a delivery. */
class SmtpOutcomeTest {

    private static final OutgoingMessage MESSAGE = new OutgoingMessage(UUID.randomUUID(), null, null, null);

    private static SendOutcome answer(int code, String reply) {
        return EmailChannel.outcome(MESSAGE, new RuntimeException("Unable to send",
                new SMTPException("refused", code, List.of(reply), code >= 500)));
    }

    @Test
    void aTemporaryAnswerIsTriedAgain() {
        SendOutcome outcome = answer(451, "451 4.3.0 Try again later");
        assertEquals(SendOutcome.Kind.TEMPORARY, outcome.kind());
        assertEquals(EmailChannel.SMTP_TEMPORARY, outcome.reason());
    }

    @Test
    void anUnknownAddressFailsForGoodAndTurnsEmailOff() {
        SendOutcome outcome = answer(550, "550 5.1.1 No such user");
        assertEquals(SendOutcome.Kind.PERMANENT, outcome.kind());
        assertEquals(EmailChannel.UNKNOWN_ADDRESS, outcome.reason());
        assertTrue(outcome.turnOff());
        assertTrue(answer(553, "553 mailbox name not allowed").turnOff());
    }

    @Test
    void aRefusedMessageFailsForGoodButLeavesEmailOn() {
        SendOutcome policy = answer(550, "550 5.7.1 Message refused as spam");
        assertEquals(SendOutcome.Kind.PERMANENT, policy.kind());
        assertEquals(EmailChannel.SMTP_REJECTED, policy.reason());
        assertFalse(policy.turnOff());
        assertFalse(answer(554, "554 Transaction failed").turnOff());
    }

    @Test
    void anUnreachableServerIsTriedAgain() {
        SendOutcome outcome = EmailChannel.outcome(MESSAGE, new ConnectException("Connection refused"));
        assertEquals(SendOutcome.Kind.TEMPORARY, outcome.kind());
        assertEquals(EmailChannel.SMTP_UNAVAILABLE, outcome.reason());
    }
}
