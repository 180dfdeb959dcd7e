package org.sessionauth.sessions.control;

import java.time.Duration;
import java.time.Instant;
import org.sessionauth.sessions.entity.LoginSession;

/** DESIGN §4.4: what a presented refresh token of a session is, at a given instant. */
enum RefreshRule {
    /** (a) the current token: rotate. */
    ROTATE,
    /** (b) the previous token within the grace window: the pair the rotation returned, again. */
    REPLAY,
    /** (c) any older token, or the previous one after the window: theft; the session ends. */
    REUSED,
    /** Past the refresh lifetime or the session's absolute end; not reuse, nothing ends. */
    EXPIRED,
    /** The session has already ended. */
    ENDED;

    static RefreshRule judge(LoginSession session, long tokenGeneration, Instant now, Duration grace) {
        if (session.revoked()) {
            return ENDED;
        }
        if (session.refreshExpired(now)) {
            return EXPIRED;
        }
        long behind = session.generation() - tokenGeneration;
        if (behind == 0) {
            return ROTATE;
        }
        boolean inGrace = now.isBefore(session.rotatedAt().plus(grace));
        return behind == 1 && inGrace && session.gracePair() != null ? REPLAY : REUSED;
    }
}
