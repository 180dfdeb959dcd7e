package org.sessionauth.revocation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.sessionauth.revocation.control.AuditTrail;

/** DESIGN §4.7: the caller's own revocation events, newest first, a page at a time. */
@Path("api/me/audit")
@RolesAllowed("user")
public class AuditResource {

    @Inject
    AuditTrail trail;

    @Inject
    JsonWebToken caller;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response events(@QueryParam("page") @DefaultValue("0") @Pattern(regexp = "\\d{1,6}") String pageText,
                           @QueryParam("size") @DefaultValue("20") @Pattern(regexp = "[1-9]\\d?|100") String sizeText,
                           @Context UriInfo uri) {
        // taken as text so that "abc" is bad input (422), where a JAX-RS int would answer 404
        int page = Integer.parseInt(pageText);
        int size = Integer.parseInt(sizeText);
        AuditTrail.Page events = trail.of(UUID.fromString(caller.getSubject()), page, size);
        Response.ResponseBuilder answer = Response.ok(events.entries());
        if (events.hasNext()) {
            answer.links(Link.fromUriBuilder(uri.getRequestUriBuilder().replaceQueryParam("page", page + 1))
                    .rel("next").build());
        }
        return answer.build();
    }
}
