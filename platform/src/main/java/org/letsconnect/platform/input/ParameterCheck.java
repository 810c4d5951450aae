package org.letsconnect.platform.input;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.letsconnect.platform.problem.ProblemException;

/**
 * Refuses a query or path parameter holding an {@linkplain UnusableCharacters unusable character} ({@code %00})
 * with a 400 naming the parameter, before it reaches a database query (where PostgreSQL would fail on it), for every
 * endpoint of every service.
 */
public class ParameterCheck {

    @ServerRequestFilter
    public void refuseUnusableCharacters(UriInfo uri) {
        refuse(uri.getPathParameters());
        refuse(uri.getQueryParameters());
    }

    private static void refuse(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            for (String value : parameter.getValue()) {
                OptionalInt unusable = value == null ? OptionalInt.empty() : UnusableCharacters.find(value);
                if (unusable.isPresent()) {
                    throw ProblemException.invalidField(parameter.getKey(), "platform-field-unusable-character",
                            UnusableCharacters.name(unusable.getAsInt()));
                }
            }
        }
    }
}
