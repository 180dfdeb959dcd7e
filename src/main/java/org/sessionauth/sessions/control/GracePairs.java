package org.sessionauth.sessions.control;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.sessionauth.tokens.control.TokenPair;

/**
 * DESIGN §4.4 (b): the pair a rotation returned, kept for a retry of the same refresh, sealed
 * with AES-256-GCM under a key derived (HMAC-SHA256) from the refresh token that was presented.
 * Only a holder of that token can open it: the stored hash of the token does not yield the key,
 * so neither a database dump nor a Redis dump gives the pair away. The session id is bound in
 * as associated data, so a sealed pair cannot be moved to another session.
 */
final class GracePairs {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte[] PURPOSE = "session-auth grace pair v1".getBytes(StandardCharsets.UTF_8);
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private GracePairs() {
    }

    static String seal(TokenPair pair, String presentedToken, UUID sessionId) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        String plain = String.join("|", pair.accessToken(), pair.refreshToken(), Long.toString(pair.expiresIn()));
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, presentedToken, sessionId, nonce,
                plain.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                .put(nonce).put(sealed).array());
    }

    static TokenPair open(String sealed, String presentedToken, UUID sessionId) {
        byte[] bytes = Base64.getDecoder().decode(sealed);
        byte[] nonce = java.util.Arrays.copyOf(bytes, NONCE_BYTES);
        byte[] cipherText = java.util.Arrays.copyOfRange(bytes, NONCE_BYTES, bytes.length);
        String[] parts = new String(crypt(Cipher.DECRYPT_MODE, presentedToken, sessionId, nonce, cipherText),
                StandardCharsets.UTF_8).split("\\|");
        return new TokenPair(parts[0], parts[1], Long.parseLong(parts[2]), sessionId);
    }

    private static byte[] crypt(int mode, String presentedToken, UUID sessionId, byte[] nonce, byte[] input) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(presentedToken.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            SecretKeySpec key = new SecretKeySpec(hmac.doFinal(PURPOSE), "AES");
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(sessionId.toString().getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot seal or open a grace pair", e);
        }
    }
}
