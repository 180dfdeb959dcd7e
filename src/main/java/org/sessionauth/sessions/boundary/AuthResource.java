package org.sessionauth.sessions.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.sessionauth.platform.control.Client;
import org.sessionauth.revocation.control.AccessClaims;
import org.sessionauth.revocation.control.Revocations;
import org.sessionauth.revocation.boundary.RevocationFilter;
import org.sessionauth.sessions.control.Sessions;
import org.sessionauth.tokens.control.TokenPair;

@Path("api/auth")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    /** Login takes any password the account may have: length rules apply when one is chosen. */
    public record Credentials(@NotBlank @Email @Size(max = 254) String email,
                              @NotBlank @Size(max = 1024) String password) {
    }

    public record Refresh(@NotBlank @Size(max = 4096) String refreshToken) {
    }

    @Inject
    Sessions sessions;

    @Inject
    Client client;

    @Context
    HttpServletRequest http;

    @POST
    @Path("login")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    public TokenPair login(@Valid @NotNull Credentials body) {
        return sessions.login(body.email(), body.password(), client);
    }

    @POST
    @Path("refresh")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    public TokenPair refresh(@Valid @NotNull Refresh body) {
        return sessions.refresh(body.refreshToken());
    }

    /**
     * Ends the session of the refresh token in the body or, without a body, of the bearer token.
     * The refresh token is enough, so a client whose access token has expired can still log out.
     */
    @POST
    @Path("logout")
    @PermitAll
    public void logout(@Valid Refresh body, @Context SecurityContext security) {
        if (body != null) {
            sessions.logout(body.refreshToken());
            return;
        }
        if (RevocationFilter.refusalOf(http).isPresent()) {
            throw new NotAuthorizedException("Bearer");
        }
        AccessClaims caller = callerOf(security).orElseThrow(() -> new NotAuthorizedException("Bearer"));
        sessions.end(caller.sessionId(), caller.userId(), Revocations.LOGOUT);
    }

    @POST
    @Path("logout-all")
    @RolesAllowed("user")
    public void logoutAll(@Context SecurityContext security) {
        sessions.endAll(callerOf(security).orElseThrow().userId());
    }

    private static Optional<AccessClaims> callerOf(SecurityContext security) {
        return security.getUserPrincipal() instanceof JsonWebToken jwt ? AccessClaims.of(jwt) : Optional.empty();
    }
}
