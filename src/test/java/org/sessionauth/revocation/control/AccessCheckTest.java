package org.sessionauth.revocation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AccessCheckTest {

    private static final Duration GRACE = Duration.ofSeconds(60);
    private static final Instant ROTATED = Instant.parse("2026-12-03T10:00:00.123Z");

    private final UUID user = UUID.randomUUID();
    private final UUID session = UUID.randomUUID();

    private Optional<Refusal> check(long tokenUserGeneration, long tokenSessionGeneration, UserCutoff userCutoff,
                                    SessionCutoff sessionCutoff, Clock clock) {
        return AccessCheck.refusal(new AccessClaims(user, session, tokenUserGeneration, tokenSessionGeneration),
                Optional.ofNullable(userCutoff), () -> Optional.ofNullable(sessionCutoff), clock.instant(), GRACE);
    }

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    private static final SessionCutoff LIVE = new SessionCutoff(0, ROTATED, false);

    @Test
    void tokenOfTheCurrentGenerationsPasses() {
        assertEquals(Optional.empty(), check(3, 0, new UserCutoff(3, true), LIVE, at(ROTATED)));
    }

    @Test
    void tokenMintedBeforeTheRevocationIsRefusedEvenInTheSameMillisecond() {
        Clock sameMillisecond = at(ROTATED);
        assertEquals(Optional.of(Refusal.USER_REVOKED), check(3, 0, new UserCutoff(4, true), LIVE, sameMillisecond));
    }

    @Test
    void tokenMintedAfterTheRevocationPassesEvenInTheSameMillisecond() {
        assertEquals(Optional.empty(), check(4, 0, new UserCutoff(4, true), LIVE, at(ROTATED)));
    }

    @Test
    void tokenNewerThanAStaleCutoffPassesBecauseItProvesTheChange() {
        assertEquals(Optional.empty(), check(5, 0, new UserCutoff(4, true), LIVE, at(ROTATED)));
    }

    @Test
    void futureIssuedAtPlaysNoPartOnlyTheGenerationDoes() {
        Clock clockBehindTheMintingNode = at(ROTATED.minusSeconds(5));
        assertEquals(Optional.of(Refusal.USER_REVOKED),
                check(3, 0, new UserCutoff(4, true), LIVE, clockBehindTheMintingNode));
        assertEquals(Optional.empty(), check(4, 0, new UserCutoff(4, true), LIVE, clockBehindTheMintingNode));
    }

    @Test
    void deactivatedUsersTokensAreRefusedAsInactive() {
        assertEquals(Optional.of(Refusal.USER_INACTIVE), check(3, 0, new UserCutoff(4, false), LIVE, at(ROTATED)));
    }

    @Test
    void unknownUserIsAnInvalidToken() {
        assertEquals(Optional.of(Refusal.TOKEN_INVALID), check(0, 0, null, LIVE, at(ROTATED)));
    }

    @Test
    void endedOrUnknownSessionIsRefused() {
        UserCutoff cutoff = new UserCutoff(0, true);
        assertEquals(Optional.of(Refusal.SESSION_REVOKED),
                check(0, 0, cutoff, new SessionCutoff(0, ROTATED, true), at(ROTATED)));
        assertEquals(Optional.of(Refusal.SESSION_REVOKED), check(0, 0, cutoff, null, at(ROTATED)));
    }

    @Test
    void previousSessionGenerationLivesUntilTheGraceWindowEndsToTheMillisecond() {
        UserCutoff cutoff = new UserCutoff(0, true);
        SessionCutoff rotated = new SessionCutoff(1, ROTATED, false);
        Instant windowEnd = ROTATED.plus(GRACE);
        assertEquals(Optional.empty(), check(0, 0, cutoff, rotated, at(windowEnd.minusMillis(1))));
        assertEquals(Optional.of(Refusal.TOKEN_EXPIRED), check(0, 0, cutoff, rotated, at(windowEnd)));
    }

    @Test
    void olderSessionGenerationsDieAtOnce() {
        SessionCutoff rotatedTwice = new SessionCutoff(2, ROTATED, false);
        assertEquals(Optional.of(Refusal.TOKEN_EXPIRED),
                check(0, 0, new UserCutoff(0, true), rotatedTwice, at(ROTATED)));
    }

    @Test
    void cutoffsSurviveTheirEncoding() {
        SessionCutoff session = new SessionCutoff(7, ROTATED, true);
        assertEquals(session, SessionCutoff.decode(session.encode()));
        assertEquals(15, org.sessionauth.platform.control.HotStore.versionOf(session.encode()));
        UserCutoff user = new UserCutoff(9, false);
        assertEquals(user, UserCutoff.decode(user.encode()));
    }
}
