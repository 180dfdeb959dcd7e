package org.sessionauth.revocation.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * DESIGN §4.1, the request check, after MP-JWT has verified signature, expiry, issuer and
 * audience. A pure function of the token's claims and the cut-offs, so it is tested without a
 * container.
 * <p>
 * A token whose generation is <em>newer</em> than the cut-off read is accepted: only a cut-off
 * read before the newest change reached this node can be older than a signed token, and the
 * token is proof that the change happened (DESIGN §4.2: a token minted after a revocation
 * always works, on every node).
 */
public final class AccessCheck {

    private AccessCheck() {
    }

    public static Optional<Refusal> refusal(AccessClaims token, Optional<UserCutoff> user,
                                            Supplier<Optional<SessionCutoff>> sessionLookup, Instant now, Duration grace) {
        if (user.isEmpty()) {
            return Optional.of(Refusal.TOKEN_INVALID);
        }
        UserCutoff cutoff = user.get();
        if (token.userGeneration() < cutoff.generation()) {
            return Optional.of(cutoff.active() ? Refusal.USER_REVOKED : Refusal.USER_INACTIVE);
        }
        if (token.userGeneration() == cutoff.generation() && !cutoff.active()) {
            return Optional.of(Refusal.USER_INACTIVE);
        }
        Optional<SessionCutoff> session = sessionLookup.get();
        if (session.isEmpty() || session.get().revoked()) {
            return Optional.of(Refusal.SESSION_REVOKED);
        }
        return superseded(token, session.get(), now, grace) ? Optional.of(Refusal.TOKEN_EXPIRED) : Optional.empty();
    }

    /** DESIGN §4.1: after a rotation, the previous generation lives on through the grace window only. */
    private static boolean superseded(AccessClaims token, SessionCutoff session, Instant now, Duration grace) {
        long behind = session.generation() - token.sessionGeneration();
        return behind > 1 || behind == 1 && !now.isBefore(session.rotatedAt().plus(grace));
    }
}
