package org.sessionauth.revocation.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.sessionauth.accounts.entity.User;
import org.sessionauth.revocation.entity.RevocationEvent;
import org.sessionauth.revocation.entity.RevocationEvent.Scope;
import org.sessionauth.sessions.entity.LoginSession;

/** Every revocation goes through here, so that each one is exact, visible everywhere and audited. */
@Stateless
public class Revocations {

    public static final String LOGOUT = "logout";
    /** Ended from the session list (DELETE /api/sessions/{id}), usually from another device. */
    public static final String SESSION_ENDED = "session_ended";
    public static final String LOGOUT_ALL = "logout_all";
    public static final String REFRESH_REUSED = "refresh_reused";
    public static final String DEACTIVATED = "deactivated";
    public static final String REACTIVATED = "reactivated";
    public static final String PASSWORD_CHANGED = "password_changed";
    public static final String PASSWORD_RESET = "password_reset";
    public static final String EMAIL_CHANGED = "email_changed";
    public static final String ADMIN_REVOKED = "admin_revoked";

    @PersistenceContext
    EntityManager em;

    @Inject
    Cutoffs cutoffs;

    @Inject
    Clock clock;

    /**
     * DESIGN §4.2: every token of the user minted before this call dies. The caller holds the
     * user's row lock ({@code Accounts.lock}), which orders this against every mint and every
     * other change of the user. Every session ends too, so no refresh token survives.
     * Deactivation and reactivation (DESIGN §4.6) set the active flag on the locked user first:
     * the new generation carries it to every node.
     * Tokens minted from the user afterwards, in the same transaction, carry the new generation.
     */
    public void revokeUser(User locked, UUID actorId, String reason) {
        Instant now = clock.instant();
        long generation = locked.revokeTokens();
        em.createNamedQuery(LoginSession.REVOKE_ALL_OF_USER)
                .setParameter("now", now)
                .setParameter("reason", reason)
                .setParameter("userId", locked.id())
                .executeUpdate();
        em.persist(new RevocationEvent(locked.id(), actorId, Scope.USER, null, reason, now));
        cutoffs.publish(locked.id(), new UserCutoff(generation, locked.active()));
    }

    /**
     * What a client is told when it presents a refresh token of a session that ended for
     * {@code reason}. Whether the account is inactive is asked of the account as it is now: a
     * session ended by a deactivation stays ended after the reactivation.
     */
    public static Refusal refusalFor(String reason) {
        return switch (reason) {
            case LOGOUT, SESSION_ENDED, REFRESH_REUSED -> Refusal.SESSION_REVOKED;
            default -> Refusal.USER_REVOKED;
        };
    }

    /** Ends one session at once, with no grace. {@code session} must be locked by the caller. */
    public void revokeSession(LoginSession session, UUID actorId, String reason) {
        if (session.revoked()) {
            return;
        }
        Instant now = clock.instant();
        session.revoke(now, reason);
        em.persist(new RevocationEvent(session.userId(), actorId, Scope.SESSION, session.id(), reason, now));
        cutoffs.publish(session.id(), new SessionCutoff(session.generation(), session.rotatedAt(), true));
    }
}
