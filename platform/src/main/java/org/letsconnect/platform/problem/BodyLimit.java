package org.letsconnect.platform.problem;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.letsconnect.platform.i18n.LanguageCode;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * A body larger than {@code quarkus.http.limits.max-body-size} answers 413 as problem+json in the caller's language.
 * Quarkus refuses a declared {@code Content-Length} over the limit in a route of its own, before the REST layer,
 * with an empty body; this route runs just before it and answers the same refusal with a body, and likewise closes
 * the connection, so the rest of the body is not read. A body without a length that grows past the limit is refused
 * by the REST layer, and reaches {@link ProblemMappers} as a 413.
 */
@ApplicationScoped
public class BodyLimit {

    /** Quarkus' own check of the declared length runs at order -2. */
    private static final int BEFORE_QUARKUS_LIMIT = -3;
    private static final long MEGABYTE = 1024 * 1024;

    private final ProblemRenderer renderer;
    private final ObjectMapper mapper;
    private final Optional<Long> maxBytes;

    BodyLimit(ProblemRenderer renderer, ObjectMapper mapper,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<String> maxBodySize) {
        this.renderer = renderer;
        this.mapper = mapper;
        this.maxBytes = maxBodySize.map(size -> new MemorySizeConverter().convert(size).asLongValue());
    }

    void refuseDeclaredTooLarge(@Observes Router router) {
        maxBytes.ifPresent(limit -> router.route().order(BEFORE_QUARKUS_LIMIT).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && isOver(length, limit)) {
                refuse(context);
            } else {
                context.next();
            }
        }));
    }

    /** The 413 answer inside the REST layer. */
    Response tooLarge(jakarta.ws.rs.core.HttpHeaders headers, String path) {
        return renderer.render(headers, path, 413, "payload-too-large", "platform-problem-payload-too-large",
                "platform-problem-payload-too-large-detail", new Object[] { megabytes() }, List.of());
    }

    private void refuse(RoutingContext context) {
        String language = renderer.languageOf(context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        Problem problem = renderer.problem(language, context.request().path(), 413, "payload-too-large",
                "platform-problem-payload-too-large", "platform-problem-payload-too-large-detail",
                new Object[] { megabytes() }, List.of());
        String body;
        try {
            body = mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem is always writable", e);
        }
        Log.debugf("Refused a body of %s bytes at %s", context.request().getHeader(HttpHeaders.CONTENT_LENGTH),
                context.request().path());
        context.response().setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONTENT_LANGUAGE, LanguageCode.bcp47(language))
                .putHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .endHandler(done -> context.request().connection().close())
                .end(body);
    }

    /** The limit in megabytes, to one decimal (0.5, 1, 6). */
    private BigDecimal megabytes() {
        BigDecimal megabytes = BigDecimal.valueOf(maxBytes.orElse(0L)).divide(BigDecimal.valueOf(MEGABYTE), 1,
                RoundingMode.DOWN);
        return megabytes.remainder(BigDecimal.ONE).signum() == 0 ? megabytes.setScale(0) : megabytes;
    }

    private static boolean isOver(String length, long limit) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException e) {
            return false; // Quarkus and Vert.x refuse a length that is not a number themselves
        }
    }
}
