package org.letsconnect.notification.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.letsconnect.notification.notification.Channel;
import org.letsconnect.notification.notification.Delivery;
import org.letsconnect.platform.problem.InvalidField;
import org.letsconnect.platform.problem.ProblemException;

/** The delivery log's filters and page, checked: every bad value is named. */
record DeliveryLogFilter(UUID space, UUID recipient, String status, String channel, int page, int size) {

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 200;
    private static final int MAX_PAGE = 100_000;
    static final List<String> STATUSES = List.of(Delivery.PENDING, Delivery.SENT, Delivery.FAILED, Delivery.DEAD,
            Delivery.CANCELLED);

    static DeliveryLogFilter parse(String space, String recipient, String status, String channel, String page,
            String size) {
        List<InvalidField> invalid = new ArrayList<>();
        UUID spaceId = uuid(invalid, "space", space);
        UUID recipientId = uuid(invalid, "recipient", recipient);
        String statusCode = code(invalid, "status", status, STATUSES);
        String channelCode = code(invalid, "channel", channel, Channel.ALL);
        int pageNumber = number(invalid, "page", page, 0, 0, MAX_PAGE);
        int pageSize = number(invalid, "size", size, DEFAULT_SIZE, 1, MAX_SIZE);
        if (!invalid.isEmpty()) {
            throw ProblemException.invalidFields(invalid);
        }
        return new DeliveryLogFilter(spaceId, recipientId, statusCode, channelCode, pageNumber, pageSize);
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

    private static int number(List<InvalidField> invalid, String field, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number < min || number > max) {
                invalid.add(new InvalidField(field, "platform-field-out-of-range", min, max));
                return fallback;
            }
            return number;
        } catch (NumberFormatException e) {
            invalid.add(new InvalidField(field, "platform-field-not-a-number"));
            return fallback;
        }
    }
}
