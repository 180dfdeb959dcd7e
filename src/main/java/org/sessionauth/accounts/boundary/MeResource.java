package org.sessionauth.accounts.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.sessionauth.accounts.control.Accounts;
import org.sessionauth.accounts.entity.User;

@Path("api/me")
@RolesAllowed("user")
public class MeResource {

    public record Me(UUID id, String email, boolean active, List<String> roles) {
        static Me of(User user) {
            return new Me(user.id(), user.email(), user.active(), user.roles());
        }
    }

    @Inject
    JsonWebToken token;

    @Inject
    Accounts accounts;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Me me() {
        return accounts.find(UUID.fromString(token.getSubject())).map(Me::of).orElseThrow(NotFoundException::new);
    }
}
