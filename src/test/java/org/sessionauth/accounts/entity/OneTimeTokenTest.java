package org.sessionauth.accounts.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sessionauth.accounts.entity.OneTimeToken.Purpose;

class OneTimeTokenTest {

    private static final Instant ISSUED = Instant.parse("2026-12-03T10:00:00Z");
    private static final Duration RESET_TTL = Duration.ofMinutes(30);

    private final OneTimeToken reset = new OneTimeToken("hash", UUID.randomUUID(), Purpose.PASSWORD_RESET, null,
            ISSUED, ISSUED.plus(RESET_TTL));

    private static Instant at(Clock clock) {
        return clock.instant();
    }

    @Test
    void servesItsPurposeUntilItExpiresToTheMillisecond() {
        assertTrue(reset.serves(Purpose.PASSWORD_RESET, at(Clock.fixed(ISSUED.plus(RESET_TTL).minusMillis(1), ZoneOffset.UTC))));
        assertFalse(reset.serves(Purpose.PASSWORD_RESET, at(Clock.fixed(ISSUED.plus(RESET_TTL), ZoneOffset.UTC))));
    }

    @Test
    void neverServesAnotherPurpose() {
        assertFalse(reset.serves(Purpose.EMAIL_CHANGE, ISSUED));
    }
}
