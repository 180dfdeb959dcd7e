package org.sessionauth.revocation.boundary;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.sessionauth.revocation.control.AccessCheck;
import org.sessionauth.revocation.control.AccessClaims;
import org.sessionauth.revocation.control.Cutoffs;
import org.sessionauth.revocation.control.Refusal;
import org.sessionauth.tokens.control.TokenSettings;

/**
 * DESIGN §4.1: every request that carries a verified access token passes the revocation check
 * before any role is looked at, so a refused token is a 401, never a 403. Public endpoints are
 * left alone: they do not act on the caller's identity, and logout must work with a token whose
 * session has already ended.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 100)
public class RevocationFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Inject
    Cutoffs cutoffs;

    @Inject
    TokenSettings settings;

    @Inject
    Clock clock;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!(request.getSecurityContext().getUserPrincipal() instanceof JsonWebToken jwt) || isPublic()) {
            return;
        }
        Optional<AccessClaims> claims = AccessClaims.of(jwt);
        Optional<Refusal> refusal = claims.isEmpty() ? Optional.of(Refusal.TOKEN_INVALID)
                : AccessCheck.refusal(claims.get(), cutoffs.user(claims.get().userId()),
                        () -> cutoffs.session(claims.get().sessionId()), clock.instant(), settings.refreshGrace());
        refusal.ifPresent(r -> request.abortWith(r.challenge()));
    }

    private boolean isPublic() {
        return resource.getResourceMethod() != null && (resource.getResourceMethod().isAnnotationPresent(PermitAll.class)
                || !resource.getResourceMethod().isAnnotationPresent(jakarta.annotation.security.RolesAllowed.class)
                && resource.getResourceClass().isAnnotationPresent(PermitAll.class));
    }
}
