package org.sessionauth.accounts.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.sessionauth.accounts.control.Accounts;
import org.sessionauth.accounts.control.Credentials;
import org.sessionauth.platform.control.Client;
import org.sessionauth.revocation.control.AccessClaims;
import org.sessionauth.tokens.control.TokenPair;
import org.sessionauth.accounts.entity.User;

/** The caller's own account: who am I, and changing my password or my address (DESIGN §4.5). */
@Path("api/me")
@RolesAllowed("user")
public class MeResource {

    public record PasswordChange(@NotBlank @Size(max = 1024) String currentPassword,
                                 @NotBlank @Size(min = 8, max = 256) String newPassword) {
    }

    public record EmailChange(@NotBlank @Email @Size(max = 254) String newEmail,
                              @NotBlank @Size(max = 1024) String password) {
    }

    public record Me(UUID id, String email, boolean active, List<String> roles) {
        static Me of(User user) {
            return new Me(user.id(), user.email(), user.active(), user.roles());
        }
    }

    @Inject
    JsonWebToken token;

    @Inject
    Accounts accounts;

    @Inject
    Credentials credentials;

    @Inject
    Client client;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Me me() {
        return accounts.find(callerId()).map(Me::of).orElseThrow(NotFoundException::new);
    }

    /** Revokes every token of the caller and answers with a fresh pair for this client. */
    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public TokenPair changePassword(@Valid @NotNull PasswordChange body) {
        AccessClaims caller = AccessClaims.of(token).orElseThrow();
        return credentials.changePassword(caller.userId(), caller.userGeneration(), body.currentPassword(),
                body.newPassword(), client);
    }

    /** 202: a confirmation link goes to the new address; nothing changes until it is opened. */
    @POST
    @Path("email")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changeEmail(@Valid @NotNull EmailChange body) {
        credentials.requestEmailChange(callerId(), body.newEmail(), body.password());
        return Response.accepted().build();
    }

    private UUID callerId() {
        return UUID.fromString(token.getSubject());
    }
}
