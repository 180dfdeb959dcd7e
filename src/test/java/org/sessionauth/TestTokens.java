package org.sessionauth;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.sessionauth.tokens.control.Pem;

/**
 * Access tokens signed with the service's own test key ({@code SIGNING_KEY_FILE}), so that a
 * test can present a validly signed token with exactly the claims it wants.
 */
final class TestTokens {

    static final RSAKey KEY = load();

    private TestTokens() {
    }

    private static RSAKey load() {
        try {
            return Pem.signingKey(Files.readString(Path.of("src/test/resources/signing-key.pem")));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The claims of {@code real}, changed by {@code change}, signed with the service's key. */
    static String resign(JsonObject real, UnaryOperator<Map<String, Object>> change) {
        Map<String, Object> claims = new java.util.LinkedHashMap<>();
        real.forEach((name, value) -> claims.put(name, plain(value)));
        return sign(change.apply(claims));
    }

    /** Signs the claims as they are, wrong types included (a claims-set builder would refuse those). */
    static String sign(Map<String, Object> claims) {
        try {
            JWSObject jwt = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY.getKeyID())
                    .type(JOSEObjectType.JWT).build(), new Payload(Json.createObjectBuilder(claims).build().toString()));
            jwt.sign(new RSASSASigner(KEY));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object plain(jakarta.json.JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> ((jakarta.json.JsonString) value).getString();
            case NUMBER -> ((jakarta.json.JsonNumber) value).longValue();
            case ARRAY -> value.asJsonArray().stream().map(TestTokens::plain).toList();
            case TRUE -> true;
            case FALSE -> false;
            default -> null;
        };
    }
}
