package org.sessionauth.revocation.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.core.Response.Status;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.sessionauth.accounts.entity.User;
import org.sessionauth.platform.control.ProblemException;
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
     * DESIGN §4.2: every token of the user minted before this call dies; the user's row lock
     * orders this against every mint. Every session ends too, so no refresh token survives.
     *
     * @return the user, locked, with its new generation: tokens minted from it in the same
     *         transaction are on the right side of the cut-off
     */
    public User revokeUser(UUID userId, UUID actorId, String reason) {
        return revokeUser(userId, actorId, reason, null);
    }

    /**
     * Deactivation and reactivation (DESIGN §4.6) are revocations that also set the active flag:
     * the new generation carries it to every node, and no token minted before it works again.
     */
    public User revokeUser(UUID userId, UUID actorId, String reason, Boolean active) {
        User user = em.find(User.class, userId);
        if (user == null) {
            throw new ProblemException(Status.NOT_FOUND, "user_not_found", "No such user.");
        }
        // Re-read under the lock: the generation must be the latest committed one.
        em.refresh(user, LockModeType.PESSIMISTIC_WRITE);
        if (active != null) {
            user.activate(active);
        }
        Instant now = clock.instant();
        long generation = user.revokeTokens();
        em.createNamedQuery(LoginSession.REVOKE_ALL_OF_USER)
                .setParameter("now", now)
                .setParameter("reason", reason)
                .setParameter("userId", userId)
                .executeUpdate();
        em.persist(new RevocationEvent(userId, actorId, Scope.USER, null, reason, now));
        cutoffs.publish(userId, new UserCutoff(generation, user.active()));
        return user;
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
