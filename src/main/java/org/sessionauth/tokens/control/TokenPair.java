package org.sessionauth.tokens.control;

import java.util.UUID;

/** What login, refresh and every credential change hand to the client (DESIGN §5, "pair"). */
public record TokenPair(String accessToken, String refreshToken, String tokenType, long expiresIn, UUID sessionId) {

    public TokenPair(String accessToken, String refreshToken, long expiresIn, UUID sessionId) {
        this(accessToken, refreshToken, "Bearer", expiresIn, sessionId);
    }
}
