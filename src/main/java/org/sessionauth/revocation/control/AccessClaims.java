package org.sessionauth.revocation.control;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.sessionauth.tokens.control.AccessTokens;

/**
 * DESIGN §4.3, fail closed: the claims the revocation check needs, each of exactly the type we
 * mint it with. A token that lacks one or carries the wrong type is refused, never a 500.
 */
public record AccessClaims(UUID userId, UUID sessionId, long userGeneration, long sessionGeneration) {

    public static Optional<AccessClaims> of(JsonWebToken jwt) {
        try {
            UUID user = UUID.fromString(jwt.getSubject());
            UUID session = UUID.fromString(text(jwt.getClaim(AccessTokens.SESSION)));
            if (text(jwt.getClaim("jti")).isBlank()) {
                return Optional.empty();
            }
            return Optional.of(new AccessClaims(user, session,
                    whole(jwt.getClaim(AccessTokens.USER_GENERATION)),
                    whole(jwt.getClaim(AccessTokens.SESSION_GENERATION))));
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }

    private static String text(Object claim) {
        if (claim instanceof JsonString json) {
            return json.getString();
        }
        if (claim instanceof String string) {
            return string;
        }
        throw new IllegalArgumentException("not a string: " + claim);
    }

    private static long whole(Object claim) {
        if (claim instanceof JsonNumber json && json.isIntegral()) {
            return json.longValueExact();
        }
        if (claim instanceof Long || claim instanceof Integer) {
            return ((Number) claim).longValue();
        }
        throw new IllegalArgumentException("not a whole number: " + claim);
    }
}
