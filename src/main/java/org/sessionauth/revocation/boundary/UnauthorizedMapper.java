package org.sessionauth.revocation.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.sessionauth.revocation.control.Refusal;

/** A protected resource reached without an accepted token: the challenge, with the reason noted earlier. */
@Provider
public class UnauthorizedMapper implements ExceptionMapper<NotAuthorizedException> {

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(NotAuthorizedException e) {
        return RevocationFilter.refusalOf(request).orElse(Refusal.TOKEN_MISSING).challenge();
    }
}
