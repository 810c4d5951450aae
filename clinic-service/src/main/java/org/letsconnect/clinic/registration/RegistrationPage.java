package org.letsconnect.clinic.registration;

import java.util.List;

/** One page of the caller's own registrations, with the total that match. */
public record RegistrationPage(List<RegistrationView> items, int page, int size, long total) {
}
