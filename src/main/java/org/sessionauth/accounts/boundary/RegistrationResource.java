package org.sessionauth.accounts.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.sessionauth.accounts.control.Accounts;
import org.sessionauth.accounts.entity.User;

@Path("api/auth/register")
@PermitAll
public class RegistrationResource {

    public record Registered(UUID id, String email) {
    }

    @Inject
    Accounts accounts;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response register(@Valid @NotNull Registration body) {
        User user = accounts.register(body.email(), body.password());
        return Response.status(Response.Status.CREATED).entity(new Registered(user.id(), user.email())).build();
    }
}
