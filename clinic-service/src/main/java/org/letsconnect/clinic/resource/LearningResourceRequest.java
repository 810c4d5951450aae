package org.letsconnect.clinic.resource;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A resource to attach: {@code kind} recording, slides, summary or other; {@code language} the Wikimedia code of
 * the language it is in; {@code url} an https link.
 */
public record LearningResourceRequest(
        @NotBlank String kind,
        @NotBlank String language,
        @NotBlank @Size(max = 2000) String url,
        @NotBlank @Size(max = 300) String title) {
}
