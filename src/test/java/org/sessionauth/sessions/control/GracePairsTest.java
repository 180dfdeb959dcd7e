package org.sessionauth.sessions.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sessionauth.tokens.control.Secrets;
import org.sessionauth.tokens.control.TokenPair;

class GracePairsTest {

    private final UUID session = UUID.randomUUID();
    private final String presented = Secrets.generate();
    private final TokenPair pair = new TokenPair("header.payload.signature", Secrets.generate(), 900, session);

    @Test
    void theTokenThatWasPresentedOpensTheSamePair() {
        assertEquals(pair, GracePairs.open(GracePairs.seal(pair, presented, session), presented, session));
    }

    @Test
    void noOtherTokenOpensIt() {
        String sealed = GracePairs.seal(pair, presented, session);
        assertThrows(IllegalStateException.class, () -> GracePairs.open(sealed, Secrets.generate(), session));
    }

    @Test
    void itCannotBeMovedToAnotherSession() {
        String sealed = GracePairs.seal(pair, presented, session);
        assertThrows(IllegalStateException.class, () -> GracePairs.open(sealed, presented, UUID.randomUUID()));
    }

    @Test
    void theSealedTextRevealsNeitherToken() {
        String sealed = GracePairs.seal(pair, presented, session);
        assertFalse(sealed.contains(pair.refreshToken()) || sealed.contains("payload"));
    }
}
