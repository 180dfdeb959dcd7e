package org.sessionauth.tokens.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import org.sessionauth.tokens.control.SigningKeys;

/** The public key set, for other services that verify our tokens with MicroProfile JWT. */
@Path(".well-known")
@PermitAll
public class WellKnownResource {

    @Inject
    SigningKeys keys;

    @GET
    @Path("jwks.json")
    @Produces({"application/jwk-set+json", "application/json"})
    public Response jwks() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        return Response.ok(keys.published().toString()).cacheControl(cache).build();
    }
}
