package org.letsconnect.clinic.registration;

import java.util.List;

/** One page of a space's registrants, with the total that match. */
public record RegistrantPage(List<RegistrantView> items, int page, int size, long total) {
}
