package org.sessionauth.platform.control;

import jakarta.ejb.ApplicationException;
import jakarta.ws.rs.core.Response;

/**
 * A refusal that is the answer to the request, not a fault. It does not roll the transaction
 * back: a refusal that records something (reuse detection revokes a session, then refuses)
 * keeps what it recorded. Refusals that change nothing are thrown before anything is written.
 */
@ApplicationException(rollback = false)
public class ProblemException extends RuntimeException {

    private final transient Response response;

    public ProblemException(Response response) {
        super(String.valueOf(response.getEntity()), null, false, false);
        this.response = response;
    }

    public ProblemException(Response.StatusType status, String code, String detail) {
        this(Problem.of(status, code, detail).toResponse());
    }

    public Response response() {
        return response;
    }
}
