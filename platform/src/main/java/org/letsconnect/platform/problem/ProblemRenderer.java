package org.letsconnect.platform.problem;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.letsconnect.platform.i18n.AcceptLanguage;
import org.letsconnect.platform.i18n.LanguageCode;
import org.letsconnect.platform.i18n.Messages;

/** Turns a problem into a problem+json response whose texts are in the language the caller asked for. */
@ApplicationScoped
public class ProblemRenderer {

    private final Messages messages;

    public ProblemRenderer(Messages messages) {
        this.messages = messages;
    }

    /** The language to answer in, from the request's Accept-Language and the languages we have texts for. */
    public String languageOf(HttpHeaders headers) {
        return languageOf(acceptLanguage(headers));
    }

    /** The language to answer in, from an Accept-Language header (or null) and the languages we have texts for. */
    public String languageOf(String acceptLanguage) {
        return AcceptLanguage.negotiate(acceptLanguage, messages.availableLanguages());
    }

    /** A message in the caller's language. */
    public String text(HttpHeaders headers, String key, Object... params) {
        return messages.get(languageOf(headers), key, params);
    }

    public Response render(HttpHeaders headers, String path, int status, String slug, String titleKey,
            String detailKey, Object[] detailParams, List<InvalidField> invalidFields) {
        String language = languageOf(headers);
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, LanguageCode.bcp47(language))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .entity(problem(language, path, status, slug, titleKey, detailKey, detailParams, invalidFields))
                .build();
    }

    /** The problem with its texts in the language given, for an answer written outside the REST layer. */
    public Problem problem(String language, String path, int status, String slug, String titleKey, String detailKey,
            Object[] detailParams, List<InvalidField> invalidFields) {
        List<Problem.FieldError> errors = invalidFields.stream()
                .map(field -> new Problem.FieldError(field.field(),
                        messages.get(language, field.messageKey(), field.params())))
                .toList();
        return new Problem(Problem.TYPE_PREFIX + slug, messages.get(language, titleKey), status,
                detailKey == null ? null : messages.get(language, detailKey, detailParams), path, errors);
    }

    private static String acceptLanguage(HttpHeaders headers) {
        return headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
    }
}
