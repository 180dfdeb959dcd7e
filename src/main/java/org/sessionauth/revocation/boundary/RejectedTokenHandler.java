package org.sessionauth.revocation.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanismHandler;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sessionauth.revocation.control.Refusal;

/**
 * DESIGN §4.8, one error shape: the container's MP-JWT mechanism answers a token it rejects
 * (bad signature, expired, wrong issuer or audience) with a bare HTML 401 of its own, before any
 * application filter runs, and on public endpoints too. This handler (Jakarta Security 4 lets an
 * application replace the container's) runs the mechanism with a response that swallows that
 * 401, notes why the token was refused, and lets the request go on anonymous. Public endpoints
 * then work despite a stale header; protected ones refuse the anonymous caller, and
 * {@link UnauthorizedMapper} answers with the challenge and the noted reason.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class RejectedTokenHandler implements HttpAuthenticationMechanismHandler {

    static final String REFUSAL = RejectedTokenHandler.class.getName() + ".refusal";

    /** Payara logs every rejected token with a stack trace at INFO; the refusal is ours to report. */
    private static final Logger REJECTION_LOG =
            Logger.getLogger("fish.payara.microprofile.jwtauth.eesecurity.SignedJWTIdentityStore");

    static {
        REJECTION_LOG.setLevel(Level.WARNING);
    }

    @Inject
    @Any
    Instance<HttpAuthenticationMechanism> mechanisms;

    @Inject
    Clock clock;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        HttpAuthenticationMechanism mechanism = mechanisms.get();
        RefusalCatcher catcher = new RefusalCatcher(response);
        HttpServletRequest normalized = BearerScheme.normalize(request);
        context.setResponse(catcher);
        context.setRequest(normalized);
        try {
            AuthenticationStatus status = mechanism.validateRequest(normalized, catcher, context);
            if (status == AuthenticationStatus.SEND_FAILURE && catcher.refused) {
                request.setAttribute(REFUSAL, classify(request));
                return context.doNothing();
            }
            return status;
        } finally {
            context.setResponse(response);
            context.setRequest(request);
        }
    }

    @Override
    public AuthenticationStatus secureResponse(HttpServletRequest request, HttpServletResponse response,
                                               HttpMessageContext context) throws AuthenticationException {
        return mechanisms.get().secureResponse(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        mechanisms.get().cleanSubject(request, response, context);
    }

    /**
     * The container does not say why it refused, so the unverified payload is read for one fact
     * only: whether {@code exp} has passed. Nothing read here is trusted for anything else.
     */
    private Refusal classify(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Refusal.TOKEN_INVALID;
        }
        String[] parts = header.substring(7).trim().split("\\.");
        if (parts.length != 3) {
            return Refusal.TOKEN_INVALID;
        }
        try (JsonReader reader = Json.createReader(new StringReader(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)))) {
            JsonObject payload = reader.readObject();
            return payload.get("exp") instanceof JsonNumber exp && exp.longValue() <= clock.instant().getEpochSecond()
                    ? Refusal.TOKEN_EXPIRED : Refusal.TOKEN_INVALID;
        } catch (RuntimeException unreadable) {
            return Refusal.TOKEN_INVALID;
        }
    }

    /**
     * RFC 7235: the scheme is case-insensitive, and the container only knows {@code "Bearer "}.
     * A request that spells it otherwise is shown to the container with the usual spelling.
     */
    private static final class BearerScheme extends HttpServletRequestWrapper {
        private final String authorization;

        private BearerScheme(HttpServletRequest request, String authorization) {
            super(request);
            this.authorization = authorization;
        }

        static HttpServletRequest normalize(HttpServletRequest request) {
            String header = request.getHeader("Authorization");
            if (header == null || header.startsWith("Bearer ") || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                return request;
            }
            return new BearerScheme(request, "Bearer " + header.substring(7).strip());
        }

        @Override
        public String getHeader(String name) {
            return "Authorization".equalsIgnoreCase(name) ? authorization : super.getHeader(name);
        }

        @Override
        public java.util.Enumeration<String> getHeaders(String name) {
            return "Authorization".equalsIgnoreCase(name)
                    ? java.util.Collections.enumeration(java.util.List.of(authorization)) : super.getHeaders(name);
        }
    }

    /** Swallows the container's 401 and remembers that it was sent. */
    private static final class RefusalCatcher extends HttpServletResponseWrapper {
        boolean refused;

        RefusalCatcher(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendError(int status) {
            refused |= status == SC_UNAUTHORIZED;
        }

        @Override
        public void sendError(int status, String message) {
            sendError(status);
        }

        @Override
        public void setStatus(int status) {
            refused |= status == SC_UNAUTHORIZED;
        }
    }
}
