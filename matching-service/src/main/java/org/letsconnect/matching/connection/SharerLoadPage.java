package org.letsconnect.matching.connection;

import java.util.List;

/** One page of overloaded sharers, the most loaded first, with the total. */
public record SharerLoadPage(List<SharerLoad> items, int page, int size, long total) {
}
