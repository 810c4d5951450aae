package org.letsconnect.platform.testapp;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.security.Authenticated;

/**
 * Answers what it read, so the tests see what the REST layer accepts of a body and of parameters; signed-in callers
 * only, as every service's API is.
 */
@Path("/test/echo")
@Authenticated
public class EchoResource {

    public enum Kind {
        QUESTION,
        ANSWER
    }

    public record Place(String name, List<String> labels) {
    }

    public record Echo(String text, int count, Integer capacity, double weight, boolean pinned, List<String> tags,
            Place place, List<Place> places, Map<String, String> attributes, Kind kind) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Echo echo(@Valid @NotNull Echo echo) {
        return echo;
    }

    @GET
    @Path("{word}")
    @Produces(MediaType.TEXT_PLAIN)
    public String word(@PathParam("word") String word, @QueryParam("q") String q) {
        return word + " " + q;
    }
}
