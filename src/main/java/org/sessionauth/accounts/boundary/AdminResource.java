package org.sessionauth.accounts.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.sessionauth.accounts.control.Administration;

@Path("api/admin/users/{id}")
@RolesAllowed("admin")
public class AdminResource {

    @Inject
    Administration administration;

    @Inject
    JsonWebToken caller;

    @PathParam("id")
    UUID userId;

    @POST
    @Path("deactivate")
    public void deactivate() {
        administration.deactivate(userId, adminId());
    }

    @POST
    @Path("reactivate")
    public void reactivate() {
        administration.reactivate(userId, adminId());
    }

    @POST
    @Path("revoke")
    public void revoke() {
        administration.revoke(userId, adminId());
    }

    private UUID adminId() {
        return UUID.fromString(caller.getSubject());
    }
}
