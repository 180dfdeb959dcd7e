package org.sessionauth.sessions.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.sessionauth.revocation.control.AccessClaims;
import org.sessionauth.revocation.control.Revocations;
import org.sessionauth.sessions.control.Sessions;
import org.sessionauth.sessions.entity.LoginSession;

/** The caller's own sessions: "where am I logged in", and ending any of them. */
@Path("api/sessions")
@RolesAllowed("user")
public class SessionsResource {

    public record SessionView(UUID id, Instant createdAt, Instant lastSeenAt, String userAgent, String ip,
                              boolean current) {
        static SessionView of(LoginSession session, UUID current) {
            return new SessionView(session.id(), session.createdAt(), session.lastSeenAt(), session.userAgent(),
                    session.ip(), session.id().equals(current));
        }
    }

    @Inject
    Sessions sessions;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<SessionView> list(@Context SecurityContext security) {
        AccessClaims caller = caller(security);
        return sessions.live(caller.userId()).stream().map(s -> SessionView.of(s, caller.sessionId())).toList();
    }

    /** Ends one of the caller's sessions at once; another user's session is not found. */
    @DELETE
    @Path("{id}")
    public void end(@PathParam("id") UUID id, @Context SecurityContext security) {
        sessions.end(id, caller(security).userId(), Revocations.SESSION_ENDED);
    }

    private static AccessClaims caller(SecurityContext security) {
        return AccessClaims.of((JsonWebToken) security.getUserPrincipal()).orElseThrow();
    }
}
