package org.sessionauth.revocation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AccessClaimsTest {

    private static final UUID USER = UUID.fromString("6f1c1d3e-0000-4000-8000-000000000001");
    private static final UUID SESSION = UUID.fromString("6f1c1d3e-0000-4000-8000-000000000002");
    private static final String VALID = """
            {"sub":"%s","sid":"%s","jti":"j1","iat":1796318054,"ugen":3,"sgen":0,"groups":["user"]}"""
            .formatted(USER, SESSION);

    /** A verified token as the container hands it over: only its raw form matters here. */
    private static JsonWebToken token(String payload) {
        String raw = "e30." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + ".c2ln";
        return new JsonWebToken() {
            @Override
            public String getName() {
                return null;
            }

            @Override
            public Set<String> getClaimNames() {
                return Set.of("raw_token");
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String claimName) {
                return "raw_token".equals(claimName) ? (T) raw : null;
            }
        };
    }

    @Test
    void readsTheClaimsWeMint() {
        assertEquals(Optional.of(new AccessClaims(USER, SESSION, 3, 0)), AccessClaims.of(token(VALID)));
    }

    /** Each case is {@code from=to}: a part of the valid payload and what replaces it. */
    @ParameterizedTest
    @ValueSource(strings = {
            "\"sub\":\"6f1c1d3e-0000-4000-8000-000000000001\"=\"sub\":\"x\"",
            "\"iat\":1796318054,=\"iat\":\"1796318054\",",
            "\"iat\":1796318054,=\"iat\":1796318054.5,",
            "\"sid\":\"6f1c1d3e-0000-4000-8000-000000000002\",=\"sid\":42,",
            "\"groups\":[\"user\"]=\"groups\":\"user\"",
            "\"groups\":[\"user\"]=\"groups\":[1]",
            "\"ugen\":3,=\"ugen\":\"3\",",
            "\"sgen\":0,=\"sgen\":0.5,",
            "\"jti\":\"j1\",=\"jti\":\"\",",
            "\"jti\":\"j1\",=",
            "\"iat\":1796318054,=",
            "\"sub\":\"6f1c1d3e-0000-4000-8000-000000000001\",="})
    void refusesAMissingOrMistypedClaim(String change) {
        String payload = VALID.replace(change.substring(0, change.indexOf('=')), change.substring(change.indexOf('=') + 1));
        assertEquals(Optional.empty(), AccessClaims.of(token(payload)), payload);
    }

    @Test
    void refusesAPayloadThatIsNoObject() {
        assertEquals(Optional.empty(), AccessClaims.of(token("[1,2]")));
        assertEquals(Optional.empty(), AccessClaims.of(token("not json")));
    }
}
