package org.letsconnect.clinic.space;

import java.util.List;

/** One page of spaces, with the total that match. */
public record SpacePage(List<SpaceView> items, int page, int size, long total) {
}
