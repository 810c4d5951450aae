package org.letsconnect.bench;

import java.time.Instant;

/**
 * One message as the SMTP receiver logged it, once per envelope recipient.
 *
 * @param receivedAt when the receiver had read it
 * @param messageId its {@code Message-ID} header, with the angle brackets ("-" when it had none)
 * @param recipient the envelope recipient
 * @param size its size in bytes, or -1 when the receiver did not measure it
 */
record ReceivedMail(Instant receivedAt, String messageId, String recipient, long size) {

    static ReceivedMail parse(String line) {
        String[] fields = line.split("\t", -1);
        long micros = Long.parseLong(fields[0]);
        return new ReceivedMail(Instant.ofEpochSecond(micros / 1_000_000, (micros % 1_000_000) * 1_000), fields[1],
                fields[2], Long.parseLong(fields[3]));
    }

    /** The part of the Message-ID before the {@code @}: the delivery id in the service's mails. */
    String localPart() {
        String id = messageId.startsWith("<") ? messageId.substring(1) : messageId;
        int at = id.indexOf('@');
        return at < 0 ? id : id.substring(0, at);
    }
}
