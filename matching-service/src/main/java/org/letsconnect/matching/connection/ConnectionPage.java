package org.letsconnect.matching.connection;

import java.util.List;

/** One page of connections, with the total that match. */
public record ConnectionPage(List<ConnectionView> items, int page, int size, long total) {
}
