package org.letsconnect.notification.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.letsconnect.notification.notification.Channel;
import org.letsconnect.notification.notification.Delivery;
import org.letsconnect.platform.paging.PageNumbers;
import org.letsconnect.platform.problem.InvalidField;
import org.letsconnect.platform.problem.ProblemException;

/** The delivery log's filters and page, checked: every bad value is named. */
record DeliveryLogFilter(UUID space, UUID recipient, String status, String channel, int page, int size) {

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 200;
    static final List<String> STATUSES = List.of(Delivery.PENDING, Delivery.SENT, Delivery.FAILED, Delivery.DEAD,
            Delivery.CANCELLED);

    static DeliveryLogFilter parse(String space, String recipient, String status, String channel, String page,
            String size) {
        List<InvalidField> invalid = new ArrayList<>();
        UUID spaceId = uuid(invalid, "space", space);
        UUID recipientId = uuid(invalid, "recipient", recipient);
        String statusCode = code(invalid, "status", status, STATUSES);
        String channelCode = code(invalid, "channel", channel, Channel.ALL);
        PageNumbers.Page paging = PageNumbers.parse(invalid, page, size, DEFAULT_SIZE, MAX_SIZE);
        if (!invalid.isEmpty()) {
            throw ProblemException.invalidFields(invalid);
        }
        return new DeliveryLogFilter(spaceId, recipientId, statusCode, channelCode, paging.page(), paging.size());
    }

    private static UUID uuid(List<InvalidField> invalid, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            invalid.add(new InvalidField(field, "platform-field-invalid"));
            return null;
        }
    }

    private static String code(List<InvalidField> invalid, String field, String value, List<String> allowed) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!allowed.contains(value.trim())) {
            invalid.add(new InvalidField(field, "platform-field-unknown-value", value));
            return null;
        }
        return value.trim();
    }
}
