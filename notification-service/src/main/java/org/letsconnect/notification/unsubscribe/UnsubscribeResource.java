package org.letsconnect.notification.unsubscribe;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.letsconnect.platform.i18n.LanguageCode;
import org.letsconnect.platform.problem.Problem;
import org.letsconnect.platform.ratelimit.ClientAddress;
import org.letsconnect.platform.ratelimit.RateLimitKey;
import org.letsconnect.platform.ratelimit.RateLimiter;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/**
 * The one-click unsubscribe link of every mail ({@code List-Unsubscribe}, RFC 8058), open without signing in: the
 * signed token in the path is the proof of right. The page and the one-click share one limit per client address; a
 * refusal is a 429 problem, like the page's 404 (a browser shows its text, a mail client only reads the status).
 */
@Path("/api/v1/unsubscribe/{token}")
@Tag(name = "Unsubscribe")
@PermitAll
@SecurityRequirements
public class UnsubscribeResource {

    private static final String ANSWER = """
            {"category": "outreach", "unsubscribed": true,
             "message": "You will no longer get notifications about new Clinics for the skills you want to learn."}""";

    static final String PER_ADDRESS = "unsubscribe-per-address";

    private final UnsubscribeService unsubscribe;
    private final RateLimiter rateLimiter;

    public UnsubscribeResource(UnsubscribeService unsubscribe, RateLimiter rateLimiter) {
        this.unsubscribe = unsubscribe;
        this.rateLimiter = rateLimiter;
    }

    @GET
    @Operation(summary = "A page that explains the link and offers to unsubscribe", description = "Changes nothing: mail scanners fetch links. Its button POSTs to the same URL.")
    @APIResponse(responseCode = "200", description = "The page, in the person's language", content = @Content(mediaType = MediaType.TEXT_HTML))
    @APIResponse(responseCode = "404", description = "Not one of our links, or an altered one", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many requests from this address; Retry-After says when to try again", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> page(@Parameter(description = "The signed token of the link") @PathParam("token") String token,
            HttpHeaders headers, @Context HttpServerRequest http) {
        limit(http);
        return unsubscribe.offer(token, headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE))
                .map(html -> html(html));
    }

    @POST
    @Operation(summary = "Unsubscribe from the link's category (or from everything) on every channel", description = "What mail clients send for RFC 8058 (List-Unsubscribe=One-Click, form-encoded); an empty body does the same. A browser (Accept: text/html) gets a page back.")
    @APIResponse(responseCode = "200", description = "Unsubscribed (also when already unsubscribed)", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnsubscribeAnswer.class), examples = @ExampleObject(name = "unsubscribed", value = ANSWER)))
    @APIResponse(responseCode = "404", description = "Not one of our links, or an altered one: nothing changed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many requests from this address; Retry-After says when to try again", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> unsubscribe(@PathParam("token") String token, HttpHeaders headers,
            @Context HttpServerRequest http) {
        limit(http);
        String acceptLanguage = headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
        return unsubscribe.unsubscribe(token, acceptLanguage).map(answer -> {
            if (wantsHtml(headers)) {
                return html(unsubscribe.confirmation(answer.language(), answer.body()));
            }
            return Response.ok(answer.body(), MediaType.APPLICATION_JSON_TYPE)
                    .header(HttpHeaders.CONTENT_LANGUAGE, LanguageCode.bcp47(answer.language())).build();
        });
    }

    /** Links cannot be forged without the key, but they should not be tried at speed either. */
    private void limit(HttpServerRequest http) {
        rateLimiter.acquire(new RateLimitKey(PER_ADDRESS, ClientAddress.of(http).key()));
    }

    /** A browser's form post asks for HTML first; a mail client asks for nothing in particular. */
    private static boolean wantsHtml(HttpHeaders headers) {
        var accepted = headers.getAcceptableMediaTypes();
        return !accepted.isEmpty() && accepted.get(0).isCompatible(MediaType.TEXT_HTML_TYPE)
                && !accepted.get(0).isWildcardType();
    }

    private static Response html(String html) {
        return Response.ok(html, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store")
                .header("Referrer-Policy", "no-referrer")
                .build();
    }
}
