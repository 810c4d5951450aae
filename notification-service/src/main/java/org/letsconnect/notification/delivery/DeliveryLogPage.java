package org.letsconnect.notification.delivery;

import java.util.List;

/** One page of the delivery log, newest first, with the total that match. */
public record DeliveryLogPage(List<DeliveryLogItem> items, int page, int size, long total) {
}
