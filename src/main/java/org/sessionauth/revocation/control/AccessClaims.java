package org.sessionauth.revocation.control;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.sessionauth.tokens.control.AccessTokens;

/**
 * DESIGN §4.3, fail closed: the claims the revocation check needs, each of exactly the type we
 * mint it with ({@code sub}, {@code sid}, {@code jti} texts; {@code iat}, {@code ugen},
 * {@code sgen} whole numbers; {@code groups} a list of texts). A token that lacks one or carries
 * the wrong type is refused as {@code token_invalid}, never a 500.
 * <p>
 * The types are read from the token's own payload, whose signature the container has verified:
 * the container's view of it converts leniently (a text {@code groups} becomes a set of one).
 */
public record AccessClaims(UUID userId, UUID sessionId, long userGeneration, long sessionGeneration) {

    public static Optional<AccessClaims> of(JsonWebToken jwt) {
        try {
            JsonObject claims = payload(jwt.getRawToken());
            if (text(claims, "jti").isBlank() || whole(claims, "iat") <= 0 || !isListOfText(claims.get("groups"))) {
                return Optional.empty();
            }
            return Optional.of(new AccessClaims(
                    UUID.fromString(text(claims, "sub")),
                    UUID.fromString(text(claims, AccessTokens.SESSION)),
                    whole(claims, AccessTokens.USER_GENERATION),
                    whole(claims, AccessTokens.SESSION_GENERATION)));
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }

    private static JsonObject payload(String token) {
        String[] parts = token.split("\\.");
        try (JsonReader reader = Json.createReader(new StringReader(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)))) {
            return reader.readObject();
        }
    }

    private static String text(JsonObject claims, String name) {
        return claims.getString(name);
    }

    private static long whole(JsonObject claims, String name) {
        JsonNumber number = claims.getJsonNumber(name);
        if (!number.isIntegral()) {
            throw new IllegalArgumentException(name + " is not a whole number");
        }
        return number.longValueExact();
    }

    private static boolean isListOfText(JsonValue claim) {
        return claim != null && claim.getValueType() == JsonValue.ValueType.ARRAY
                && claim.asJsonArray().stream().allMatch(JsonString.class::isInstance);
    }
}
