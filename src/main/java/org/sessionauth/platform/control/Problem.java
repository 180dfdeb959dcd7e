package org.sessionauth.platform.control;

import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem detail. {@code code} is the stable, machine-readable reason a client
 * branches on; {@code title} and {@code detail} are for people.
 */
public record Problem(String type, String title, int status, String detail, String code) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** 422: well-formed input that breaks a rule (JAX-RS names no constant for it). */
    public static final Response.StatusType UNPROCESSABLE = new Response.StatusType() {
        @Override
        public int getStatusCode() {
            return 422;
        }

        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Unprocessable Content";
        }
    };

    public static Problem of(Response.StatusType status, String code, String detail) {
        return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, code);
    }

    public Response.ResponseBuilder toResponseBuilder() {
        return Response.status(status, title).type(MEDIA_TYPE).entity(this);
    }

    public Response toResponse() {
        return toResponseBuilder().build();
    }
}
