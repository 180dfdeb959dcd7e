package org.sessionauth.tokens.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * DESIGN §3, access token: RS256 with {@code kid} and {@code typ: JWT}; the standard claims plus
 * {@code sid} and the two generations the revocation check compares ({@code ugen}: the user's
 * token generation, {@code sgen}: the session's rotation generation).
 */
@ApplicationScoped
public class AccessTokens {

    public static final String SESSION = "sid";
    public static final String USER_GENERATION = "ugen";
    public static final String SESSION_GENERATION = "sgen";

    @Inject
    SigningKeys keys;

    @Inject
    TokenSettings settings;

    /** What an access token says about whom; the caller decides the generations. */
    public record Grant(UUID userId, String email, List<String> roles, UUID sessionId,
                        long userGeneration, long sessionGeneration) {
    }

    public record Minted(String token, Instant expiresAt) {
    }

    /** Mints a token valid from {@code now} until the access lifetime or {@code notAfter}, whichever is first. */
    public Minted mint(Grant grant, Instant now, Instant notAfter) {
        Instant expiry = now.plus(settings.accessTokenTtl());
        if (expiry.isAfter(notAfter)) {
            expiry = notAfter;
        }
        RSAKey key = keys.current();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(key.getKeyID())
                .type(JOSEObjectType.JWT)
                .build();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(settings.issuer())
                .audience(settings.audience())
                .subject(grant.userId().toString())
                .claim("upn", grant.email())
                .claim("groups", grant.roles())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(expiry))
                .jwtID(UUID.randomUUID().toString())
                .claim(SESSION, grant.sessionId().toString())
                .claim(USER_GENERATION, grant.userGeneration())
                .claim(SESSION_GENERATION, grant.sessionGeneration())
                .build();
        try {
            SignedJWT jwt = new SignedJWT(header, claims);
            jwt.sign(new RSASSASigner(key));
            return new Minted(jwt.serialize(), expiry);
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign an access token", e);
        }
    }
}
