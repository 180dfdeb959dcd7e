package org.sessionauth.tokens.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PemTest {

    @Test
    void aKeySurvivesPemAndIsNamedByItsThumbprint() throws Exception {
        RSAKey generated = new RSAKeyGenerator(2048).keyIDFromThumbprint(true).generate();
        RSAKey read = Pem.signingKey(Pem.encode(generated));
        assertEquals(generated.getKeyID(), read.getKeyID());
        assertEquals(generated.computeThumbprint().toString(), read.getKeyID());
        assertEquals(generated.toRSAPublicKey(), read.toRSAPublicKey());
        assertEquals(generated.toRSAPrivateKey(), read.toRSAPrivateKey());
    }

    @Test
    void readsAnOpensslKeyFile() throws Exception {
        RSAKey key = Pem.signingKey(Files.readString(Path.of("src/test/resources/signing-key.pem")));
        assertEquals(key.computeThumbprint().toString(), key.getKeyID());
        assertEquals("RS256", key.getAlgorithm().getName());
    }

    @Test
    void refusesWhatIsNotAKey() {
        assertThrows(IllegalArgumentException.class, () -> Pem.signingKey("-----BEGIN PRIVATE KEY-----\nAAAA\n"));
    }

    @Test
    void refreshSecretsCarry256BitsAndHashToAFixedLength() {
        String secret = Secrets.generate();
        assertEquals(43, secret.length());
        assertEquals(43, Secrets.hash(secret).length());
        assertEquals(Secrets.hash(secret), Secrets.hash(secret));
    }
}
