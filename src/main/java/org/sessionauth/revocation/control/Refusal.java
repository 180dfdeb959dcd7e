package org.sessionauth.revocation.control;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import org.sessionauth.platform.control.Problem;
import org.sessionauth.platform.control.ProblemException;

/** DESIGN §4.8: why a token was refused. The codes are a stable contract with clients. */
public enum Refusal {
    TOKEN_MISSING("token_missing", "This resource needs a bearer token."),
    TOKEN_INVALID("token_invalid", "The token is malformed, wrongly signed, or not meant for this service."),
    TOKEN_EXPIRED("token_expired", "The token has expired."),
    SESSION_REVOKED("session_revoked", "The session of this token has ended."),
    USER_REVOKED("user_revoked", "Every token of this user minted before a revocation has been revoked."),
    USER_INACTIVE("user_inactive", "The account is deactivated."),
    REFRESH_REUSED("refresh_reused", "This refresh token was already used; its session has been ended.");

    private static final String REALM = "Bearer realm=\"session-auth\"";

    private final String code;
    private final String description;

    Refusal(String code, String description) {
        this.code = code;
        this.description = description;
    }

    public String code() {
        return code;
    }

    /** The answer to a request whose bearer token is refused (RFC 6750 §3). */
    public Response challenge() {
        String challenge = this == TOKEN_MISSING ? REALM
                : REALM + ", error=\"invalid_token\", error_description=\"" + description + "\"";
        return problem().header(HttpHeaders.WWW_AUTHENTICATE, challenge).build();
    }

    /** The refusal of a refresh token: the same body, no challenge (it was no bearer token). */
    public ProblemException refused() {
        return new ProblemException(problem().build());
    }

    private Response.ResponseBuilder problem() {
        return Problem.of(Status.UNAUTHORIZED, code, description).toResponseBuilder();
    }
}
