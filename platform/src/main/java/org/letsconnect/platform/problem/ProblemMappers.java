package org.letsconnect.platform.problem;

import java.net.ConnectException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.letsconnect.platform.ratelimit.TooManyRequestsException;
import org.letsconnect.platform.security.wikimedia.SignInUnavailableException;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.sqlclient.ClosedConnectionException;

/**
 * The one place that turns failures into RFC 9457 answers: validation into 400 with the fields at fault,
 * security refusals into 401/403, a rate limit's refusal into 429 with {@code Retry-After}, an unreachable
 * database into 503, and anything unexpected into a logged 500 that shows no internals. Every title is in the caller's
 * language.
 */
public class ProblemMappers {

    private final ProblemRenderer renderer;
    private final BodyLimit bodyLimit;

    public ProblemMappers(ProblemRenderer renderer, BodyLimit bodyLimit) {
        this.renderer = renderer;
        this.bodyLimit = bodyLimit;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpHeaders headers, UriInfo uri) {
        String detailKey = e.detailKey();
        Object[] detailParams = e.detailParams();
        if (detailKey == null && !e.invalidFields().isEmpty()) {
            detailKey = "platform-problem-validation-detail";
            detailParams = new Object[] { e.invalidFields().size() };
        } else if (detailKey == null && e.status() == 404) {
            detailKey = "platform-problem-not-found-detail";
            detailParams = new Object[] { uri.getPath() };
        }
        return renderer.render(headers, uri.getPath(), e.status(), e.slug(), e.titleKey(), detailKey,
                detailParams, e.invalidFields());
    }

    @ServerExceptionMapper
    public Response tooManyRequests(TooManyRequestsException e, HttpHeaders headers, UriInfo uri) {
        return Response.fromResponse(problem(e, headers, uri))
                .header("Retry-After", String.valueOf(e.retryAfterSeconds())).build();
    }

    @ServerExceptionMapper
    public Response violations(ResteasyReactiveViolationException e, HttpHeaders headers, UriInfo uri) {
        return constraintViolations(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response constraintViolations(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        List<InvalidField> fields = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            if (isReturnValue(violation.getPropertyPath())) {
                return unexpected(e, headers, uri);
            }
            fields.add(ConstraintMessages.invalidField(fieldName(violation.getPropertyPath()), violation));
        }
        fields.sort((a, b) -> a.field().compareTo(b.field()));
        return renderer.render(headers, uri.getPath(), 400, "validation", "platform-problem-validation",
                "platform-problem-validation-detail", new Object[] { fields.size() }, fields);
    }

    /**
     * A body Jackson could not read: 400 naming the field (its JSON path, or {@code body}) and what is wrong with it,
     * as validation when the JSON parsed, as a bad request when it did not. Named exception by exception, as Quarkus
     * has mappers of its own for some of them.
     */
    @ServerExceptionMapper({ JsonProcessingException.class, JsonParseException.class, JsonMappingException.class,
            MismatchedInputException.class })
    public Response unreadableBody(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        if (e instanceof InvalidDefinitionException) {
            // the service's own type cannot be read: a bug, whatever the body
            return unexpected(e, headers, uri);
        }
        JsonBodyProblems.Fault fault = JsonBodyProblems.of(e);
        if (fault.malformed()) {
            return renderer.render(headers, uri.getPath(), 400, "bad-request", "platform-problem-bad-request",
                    "platform-problem-malformed-body-detail", new Object[] { fault.malformedAt() }, List.of(fault.field()));
        }
        return renderer.render(headers, uri.getPath(), 400, "validation", "platform-problem-validation",
                "platform-problem-validation-detail", new Object[] { 1 }, List.of(fault.field()));
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthorized(Exception e, HttpHeaders headers, UriInfo uri) {
        Response response = detailed(headers, uri, 401, "unauthorized", "platform-problem-unauthorized",
                "platform-problem-unauthorized-detail");
        return Response.fromResponse(response).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response signInUnavailable(SignInUnavailableException e, HttpHeaders headers, UriInfo uri) {
        Response response = renderer.render(headers, uri.getPath(), 503, "sign-in-unavailable",
                "platform-problem-unavailable", "platform-problem-sign-in-unavailable-detail", null, List.of());
        return Response.fromResponse(response).header("Retry-After", String.valueOf(e.retryAfterSeconds())).build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        return detailed(headers, uri, 403, "forbidden", "platform-problem-forbidden",
                "platform-problem-forbidden-detail");
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status == 400 && e.getCause() instanceof JsonProcessingException unreadable) {
            // Quarkus' JSON reader wraps what it cannot parse, or cannot map, in a plain 400
            return unreadableBody(unreadable, headers, uri);
        }
        if (status >= 500) {
            return unexpected(e, headers, uri);
        }
        Response response = switch (status) {
            case 401 -> unauthorized(e, headers, uri);
            case 403 -> detailed(headers, uri, 403, "forbidden", "platform-problem-forbidden",
                    "platform-problem-forbidden-detail");
            case 404 -> renderer.render(headers, uri.getPath(), 404, "not-found", "platform-problem-not-found",
                    "platform-problem-not-found-detail", new Object[] { uri.getPath() }, List.of());
            case 405 -> simple(headers, uri, 405, "method-not-allowed", "platform-problem-method-not-allowed");
            case 406 -> simple(headers, uri, 406, "not-acceptable", "platform-problem-not-acceptable");
            case 409 -> simple(headers, uri, 409, "conflict", "platform-problem-conflict");
            case 413 -> bodyLimit.tooLarge(headers, uri.getPath());
            case 415 -> simple(headers, uri, 415, "unsupported-media-type",
                    "platform-problem-unsupported-media-type");
            default -> simple(headers, uri, status, "bad-request", "platform-problem-bad-request");
        };
        // keep what the original answer told the client, such as Allow on a 405
        Response.ResponseBuilder builder = Response.fromResponse(response);
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE) && !name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        return builder.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
        if (isDatabaseUnreachable(e)) {
            Log.warnf("Database unreachable while serving %s: %s", uri.getPath(), e.getMessage());
            Response response = detailed(headers, uri, 503, "unavailable", "platform-problem-unavailable",
                    "platform-problem-unavailable-detail");
            return Response.fromResponse(response).header("Retry-After", "5").build();
        }
        Log.errorf(e, "Unexpected failure serving %s", uri.getPath());
        return simple(headers, uri, 500, "internal", "platform-problem-internal");
    }

    private Response detailed(HttpHeaders headers, UriInfo uri, int status, String slug, String titleKey,
            String detailKey) {
        return renderer.render(headers, uri.getPath(), status, slug, titleKey, detailKey, null, List.of());
    }

    private Response simple(HttpHeaders headers, UriInfo uri, int status, String slug, String titleKey) {
        return renderer.render(headers, uri.getPath(), status, slug, titleKey, null, null, List.of());
    }

    /** Whether the failure comes from a database we cannot reach, as opposed to a bug or bad data. */
    static boolean isDatabaseUnreachable(Throwable failure) {
        Set<Throwable> seen = new java.util.HashSet<>();
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof ClosedConnectionException
                    || cause instanceof io.vertx.core.http.ConnectionPoolTooBusyException
                    || cause.getClass().getName().equals("io.vertx.sqlclient.impl.pool.PoolTimeoutException")
                    || cause.getClass().getName().equals("io.vertx.core.impl.NoStackTraceTimeoutException")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isReturnValue(Path path) {
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    /**
     * The field as the client knows it: the property path inside the request body ({@code languages[0].code})
     * or the query parameter's name, without the Java method and parameter names in front.
     */
    static String fieldName(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : nodes) {
            switch (node.getKind()) {
                case PARAMETER -> parameter = node.getName();
                case PROPERTY, CONTAINER_ELEMENT -> {
                    if (node.getName() == null || node.getName().startsWith("<")) {
                        break;
                    }
                    if (!field.isEmpty()) {
                        field.append('.');
                    }
                    field.append(node.getName());
                }
                default -> {
                }
            }
            if (node.getIndex() != null && !field.isEmpty()) {
                // the index of an element belongs to the property before it: languages[0].code
                int dot = field.lastIndexOf(".");
                field.insert(dot < 0 ? field.length() : dot, "[" + node.getIndex() + "]");
            }
        }
        if (!field.isEmpty()) {
            return field.toString();
        }
        return parameter == null ? path.toString() : parameter;
    }
}
