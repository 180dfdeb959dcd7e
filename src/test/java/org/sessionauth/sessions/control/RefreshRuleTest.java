package org.sessionauth.sessions.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sessionauth.sessions.entity.LoginSession;

class RefreshRuleTest {

    private static final Duration GRACE = Duration.ofSeconds(60);
    private static final Duration REFRESH_TTL = Duration.ofDays(30);
    private static final Instant LOGIN = Instant.parse("2026-12-03T10:00:00Z");

    private final LoginSession session = new LoginSession(UUID.randomUUID(), LOGIN, LOGIN.plus(REFRESH_TTL),
            LOGIN.plus(Duration.ofDays(90)), "test", "127.0.0.1");

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    private RefreshRule judge(long generation, Clock clock) {
        return RefreshRule.judge(session, generation, clock.instant(), GRACE);
    }

    private void rotateAt(Instant when) {
        session.rotate(when, when.plus(REFRESH_TTL));
        session.keepForGrace("sealed");
    }

    @Test
    void theCurrentTokenRotates() {
        assertEquals(RefreshRule.ROTATE, judge(0, at(LOGIN)));
    }

    @Test
    void thePreviousTokenReplaysUntilTheWindowEndsThenIsReuse() {
        Instant rotated = LOGIN.plusSeconds(30);
        rotateAt(rotated);
        assertEquals(RefreshRule.REPLAY, judge(0, at(rotated.plus(GRACE).minusMillis(1))));
        assertEquals(RefreshRule.REUSED, judge(0, at(rotated.plus(GRACE))));
    }

    @Test
    void anyOlderTokenIsReuseEvenInsideTheWindow() {
        rotateAt(LOGIN.plusSeconds(1));
        rotateAt(LOGIN.plusSeconds(2));
        assertEquals(RefreshRule.REUSED, judge(0, at(LOGIN.plusSeconds(2))));
        assertEquals(RefreshRule.REPLAY, judge(1, at(LOGIN.plusSeconds(2))));
        assertEquals(RefreshRule.ROTATE, judge(2, at(LOGIN.plusSeconds(2))));
    }

    @Test
    void theRefreshLifetimeSlidesOnRotation() {
        Instant rotated = LOGIN.plus(Duration.ofDays(20));
        rotateAt(rotated);
        assertEquals(RefreshRule.ROTATE, judge(1, at(LOGIN.plus(REFRESH_TTL).plusSeconds(1))));
        assertEquals(RefreshRule.EXPIRED, judge(1, at(rotated.plus(REFRESH_TTL))));
    }

    @Test
    void theSessionsAbsoluteEndCapsTheSlidingLifetime() {
        Instant lateRotation = LOGIN.plus(Duration.ofDays(80));
        rotateAt(lateRotation);
        assertEquals(RefreshRule.ROTATE, judge(1, at(LOGIN.plus(Duration.ofDays(90)).minusMillis(1))));
        assertEquals(RefreshRule.EXPIRED, judge(1, at(LOGIN.plus(Duration.ofDays(90)))));
    }

    @Test
    void anExpiredTokenIsNotReuse() {
        assertEquals(RefreshRule.EXPIRED, judge(0, at(LOGIN.plus(REFRESH_TTL))));
    }

    @Test
    void anEndedSessionStaysEnded() {
        session.revoke(LOGIN, "logout");
        assertEquals(RefreshRule.ENDED, judge(0, at(LOGIN)));
    }
}
