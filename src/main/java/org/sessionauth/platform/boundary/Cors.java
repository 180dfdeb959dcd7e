package org.sessionauth.platform.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * CORS for the browser origins in {@code CORS_ORIGINS}, on every answer, refusals included
 * (DESIGN §4.8), so that a page can read why it was refused. Other origins get no CORS headers.
 */
@Provider
@PreMatching
public class Cors implements ContainerRequestFilter, ContainerResponseFilter {

    private final Set<String> origins;

    Cors() {
        this(Optional.empty());
    }

    @Inject
    public Cors(@ConfigProperty(name = "cors.origins") Optional<String> origins) {
        this.origins = origins.stream().flatMap(list -> Arrays.stream(list.split(","))).map(String::strip)
                .map(origin -> origin.replaceAll("/+$", "")).filter(origin -> !origin.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Answers a preflight itself: it carries no credentials and must not reach a resource. */
    @Override
    public void filter(ContainerRequestContext request) {
        if (HttpMethod.OPTIONS.equals(request.getMethod()) && isAllowed(request.getHeaderString("Origin"))
                && request.getHeaderString("Access-Control-Request-Method") != null) {
            request.abortWith(Response.noContent()
                    .header("Access-Control-Allow-Methods", "GET, POST, DELETE")
                    .header("Access-Control-Allow-Headers", "Authorization, Content-Type, X-CSRF-Token")
                    .header("Access-Control-Max-Age", "600")
                    .build());
        }
    }

    private boolean isAllowed(String origin) {
        return origin != null && origins.contains(origin);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String origin = request.getHeaderString("Origin");
        if (!isAllowed(origin)) {
            return;
        }
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("Access-Control-Allow-Origin", origin);
        headers.putSingle("Access-Control-Allow-Credentials", "true");
        headers.putSingle("Access-Control-Expose-Headers", "WWW-Authenticate, Retry-After, Link, Location");
        headers.add("Vary", "Origin");
    }
}
