package org.letsconnect.registry.importing;

import java.util.List;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.letsconnect.platform.problem.ProblemRenderer;

/** Meta-Wiki unreachable during an import: 503 problem+json, nothing imported, try again in a while. */
public class ImportProblems {

    /** Seconds a client should wait before trying the import again. */
    static final int RETRY_AFTER_SECONDS = 30;

    private final ProblemRenderer renderer;

    public ImportProblems(ProblemRenderer renderer) {
        this.renderer = renderer;
    }

    @ServerExceptionMapper
    public Response centralAuthUnavailable(CentralAuthUnavailableException e, HttpHeaders headers, UriInfo uri) {
        Response response = renderer.render(headers, uri.getPath(), 503, "central-auth-unavailable",
                "platform-problem-unavailable", "registry-import-central-auth-unavailable", null, List.of());
        return Response.fromResponse(response).header("Retry-After", String.valueOf(RETRY_AFTER_SECONDS)).build();
    }
}
