package org.sessionauth.accounts.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.sessionauth.accounts.control.Credentials;
import org.sessionauth.platform.control.Client;
import org.sessionauth.tokens.control.TokenPair;

/** The link mailed to a new address: opening it makes the change (DESIGN §4.5). */
@Path("api/auth/email/confirm")
@PermitAll
public class EmailConfirmationResource {

    public record EmailConfirmation(@NotBlank @Size(max = 128) String token) {
    }

    @Inject
    Credentials credentials;

    @Inject
    Client client;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public TokenPair confirm(@Valid @NotNull EmailConfirmation body) {
        return credentials.confirmEmailChange(body.token(), client);
    }
}
