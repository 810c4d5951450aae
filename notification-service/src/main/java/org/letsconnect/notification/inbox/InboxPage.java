package org.letsconnect.notification.inbox;

import java.util.List;

/**
 * One page of the caller's inbox, newest first.
 *
 * @param total how many notifications the inbox holds
 * @param unread how many of them are not read yet
 */
public record InboxPage(List<InboxItem> items, int page, int size, long total, long unread) {
}
