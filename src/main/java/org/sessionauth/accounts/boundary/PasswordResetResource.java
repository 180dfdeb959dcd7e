package org.sessionauth.accounts.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.sessionauth.accounts.control.Credentials;
import org.sessionauth.platform.control.Client;
import org.sessionauth.tokens.control.TokenPair;

/** Password reset by a link mailed to the account's address (DESIGN §4.5). */
@Path("api/auth/password-reset")
@PermitAll
@Consumes(MediaType.APPLICATION_JSON)
public class PasswordResetResource {

    public record ResetRequest(@NotBlank @Email @Size(max = 254) String email) {
    }

    public record ResetConfirmation(@NotBlank @Size(max = 128) String token,
                                    @NotBlank @Size(min = 8, max = 256) String newPassword) {
    }

    @Inject
    Credentials credentials;

    @Inject
    Client client;

    /** 202 whether or not the address has an account (DESIGN §4.9). */
    @POST
    public Response request(@Valid @NotNull ResetRequest body) {
        credentials.requestPasswordReset(body.email());
        return Response.accepted().build();
    }

    @POST
    @Path("confirm")
    @Produces(MediaType.APPLICATION_JSON)
    public TokenPair confirm(@Valid @NotNull ResetConfirmation body) {
        return credentials.confirmPasswordReset(body.token(), body.newPassword(), client);
    }
}
