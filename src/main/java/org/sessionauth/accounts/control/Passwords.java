package org.sessionauth.accounts.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Password hashes: PBKDF2-HMAC-SHA256 with 600 000 iterations, 16-byte salt and 32-byte key,
 * OWASP's figure for this algorithm, through Jakarta Security's standard
 * {@link Pbkdf2PasswordHash} (so no hashing code of our own). Each hash records its own
 * parameters, so raising the cost later leaves existing hashes verifiable.
 */
@ApplicationScoped
public class Passwords {

    static final int ITERATIONS = 600_000;

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    /** Verified against when there is no account, so that a miss costs what a hit costs. */
    private String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", Integer.toString(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", "16",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = pbkdf2.generate("decoy password, never matched".toCharArray());
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        return pbkdf2.verify(password.toCharArray(), hash);
    }

    /** Spends the time of one verification, for a login whose account does not exist. */
    public void spendVerification(String password) {
        pbkdf2.verify(password.toCharArray(), decoy);
    }
}
