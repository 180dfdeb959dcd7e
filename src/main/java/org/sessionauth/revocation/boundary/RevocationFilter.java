package org.sessionauth.revocation.boundary;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
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
 * before any role is looked at, so a refused token is a 401, never a 403. On public endpoints a
 * refused token is only noted ({@link #refusalOf}): they must keep working for a client with a
 * stale header, and the one that acts on the caller (logout) asks whether the token stood.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 100)
public class RevocationFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest http;

    @Inject
    Cutoffs cutoffs;

    @Inject
    TokenSettings settings;

    @Inject
    Clock clock;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!(request.getSecurityContext().getUserPrincipal() instanceof JsonWebToken jwt)) {
            return;
        }
        Optional<AccessClaims> claims = AccessClaims.of(jwt);
        Optional<Refusal> refusal = claims.isEmpty() ? Optional.of(Refusal.TOKEN_INVALID)
                : AccessCheck.refusal(claims.get(), cutoffs.user(claims.get().userId()),
                        () -> cutoffs.session(claims.get().sessionId()), clock.instant(), settings.refreshGrace());
        if (refusal.isEmpty()) {
            return;
        }
        if (isPublic()) {
            http.setAttribute(RejectedTokenHandler.REFUSAL, refusal.get());
        } else {
            request.abortWith(refusal.get().challenge());
        }
    }

    /** Why this request's bearer token was refused, if it was: by the container or by this filter. */
    public static Optional<Refusal> refusalOf(HttpServletRequest request) {
        return request.getAttribute(RejectedTokenHandler.REFUSAL) instanceof Refusal refusal
                ? Optional.of(refusal) : Optional.empty();
    }

    /** {@code @PermitAll} on the method, or on its class when the method names no roles. */
    private boolean isPublic() {
        Method method = resource.getResourceMethod();
        return method != null && (method.isAnnotationPresent(PermitAll.class)
                || !method.isAnnotationPresent(RolesAllowed.class)
                && resource.getResourceClass().isAnnotationPresent(PermitAll.class));
    }
}
