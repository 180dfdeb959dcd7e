package org.sessionauth.sessions.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.core.Response.Status;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.sessionauth.accounts.control.Accounts;
import org.sessionauth.accounts.entity.User;
import org.sessionauth.platform.control.Client;
import org.sessionauth.platform.control.ProblemException;
import org.sessionauth.revocation.control.Cutoffs;
import org.sessionauth.revocation.control.Refusal;
import org.sessionauth.revocation.control.Revocations;
import org.sessionauth.revocation.control.SessionCutoff;
import org.sessionauth.revocation.control.UserCutoff;
import org.sessionauth.sessions.entity.LoginSession;
import org.sessionauth.sessions.entity.RefreshToken;
import org.sessionauth.tokens.control.AccessTokens;
import org.sessionauth.tokens.control.AccessTokens.Grant;
import org.sessionauth.tokens.control.Secrets;
import org.sessionauth.tokens.control.TokenPair;
import org.sessionauth.tokens.control.TokenSettings;

@Stateless
public class Sessions {

    private static final int USER_AGENT_LENGTH = 512;

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    AccessTokens accessTokens;

    @Inject
    TokenSettings settings;

    @Inject
    Cutoffs cutoffs;

    @Inject
    Revocations revocations;

    @Inject
    Clock clock;

    /** One answer for unknown address, wrong password and deactivated account (DESIGN §4.9). */
    public TokenPair login(String email, String password, Client client) {
        User user = accounts.authenticate(email, password).orElseThrow(Accounts::invalidCredentials);
        // The share lock orders this login against a concurrent revocation of all the user's
        // tokens: the new session is either ended by it or minted under its new generation.
        em.refresh(user, LockModeType.PESSIMISTIC_READ);
        if (!user.active()) {
            throw Accounts.invalidCredentials();
        }
        return open(user, client);
    }

    /** Starts a session for {@code user}, which the caller holds locked. */
    public TokenPair open(User user, Client client) {
        Instant now = clock.instant();
        LoginSession session = new LoginSession(user.id(), now, now.plus(settings.refreshTokenTtl()),
                now.plus(settings.sessionMaxAge()), truncate(client.userAgent()), client.ip());
        em.persist(session);
        TokenPair pair = issue(user, session, now);
        cutoffs.offer(user.id(), new UserCutoff(user.tokenGeneration(), user.active()));
        cutoffs.offer(session.id(), cutoffOf(session));
        return pair;
    }

    /**
     * DESIGN §4.4. The session row lock serialises rotations of one session across nodes; a
     * request that waited for it finds the token it presented one generation behind and gets the
     * pair the rotation it waited for returned.
     */
    public TokenPair refresh(String presented) {
        RefreshToken token = em.find(RefreshToken.class, Secrets.hash(presented));
        if (token == null) {
            throw Refusal.TOKEN_INVALID.refused();
        }
        LoginSession session = em.find(LoginSession.class, token.sessionId(), LockModeType.PESSIMISTIC_WRITE);
        User user = em.find(User.class, session.userId());
        Instant now = clock.instant();
        return switch (RefreshRule.judge(session, token.generation(), now, settings.refreshGrace())) {
            case ENDED -> throw (user.active() ? Revocations.refusalFor(session.revokedReason())
                    : Refusal.USER_INACTIVE).refused();
            case EXPIRED -> throw Refusal.TOKEN_EXPIRED.refused();
            case ROTATE -> {
                if (!user.active()) {
                    throw Refusal.USER_INACTIVE.refused();
                }
                yield rotate(user, session, presented, now);
            }
            case REPLAY -> GracePairs.open(session.gracePair(), presented, session.id());
            case REUSED -> {
                revocations.revokeSession(session, null, Revocations.REFRESH_REUSED);
                throw Refusal.REFRESH_REUSED.refused();
            }
        };
    }

    /** Ends the session of a refresh token; ending an ended session is no error. */
    public void logout(String presented) {
        RefreshToken token = em.find(RefreshToken.class, Secrets.hash(presented));
        if (token == null) {
            throw Refusal.TOKEN_INVALID.refused();
        }
        LoginSession session = em.find(LoginSession.class, token.sessionId(), LockModeType.PESSIMISTIC_WRITE);
        revocations.revokeSession(session, session.userId(), Revocations.LOGOUT);
    }

    /**
     * Ends one of {@code userId}'s sessions: the caller's own ({@link Revocations#LOGOUT}) or
     * another from its list ({@link Revocations#SESSION_ENDED}). Another user's session is not found.
     */
    public void end(UUID sessionId, UUID userId, String reason) {
        LoginSession session = em.find(LoginSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
        if (session == null || !session.userId().equals(userId)) {
            throw new ProblemException(Status.NOT_FOUND, "session_not_found", "No such session.");
        }
        revocations.revokeSession(session, userId, reason);
    }

    /** The user's sessions that can still be refreshed, newest first. */
    public List<LoginSession> live(UUID userId) {
        return em.createNamedQuery(LoginSession.LIVE_OF_USER, LoginSession.class)
                .setParameter("userId", userId)
                .setParameter("now", clock.instant())
                .getResultList();
    }

    public void endAll(UUID userId) {
        revocations.revokeUser(accounts.lock(userId).orElseThrow(), userId, Revocations.LOGOUT_ALL);
    }

    private TokenPair rotate(User user, LoginSession session, String presented, Instant now) {
        session.rotate(now, now.plus(settings.refreshTokenTtl()));
        TokenPair pair = issue(user, session, now);
        session.keepForGrace(GracePairs.seal(pair, presented, session.id()));
        cutoffs.publish(session.id(), cutoffOf(session));
        return pair;
    }

    private TokenPair issue(User user, LoginSession session, Instant now) {
        String refresh = Secrets.generate();
        em.persist(new RefreshToken(Secrets.hash(refresh), session.id(), session.generation(), now));
        AccessTokens.Minted access = accessTokens.mint(new Grant(user.id(), user.email(), user.roles(), session.id(),
                user.tokenGeneration(), session.generation()), now, session.expiresAt());
        return new TokenPair(access.token(), refresh, Duration.between(now, access.expiresAt()).toSeconds(),
                session.id());
    }

    private static SessionCutoff cutoffOf(LoginSession session) {
        return new SessionCutoff(session.generation(), session.rotatedAt(), session.revoked());
    }

    private static String truncate(String userAgent) {
        return userAgent == null || userAgent.length() <= USER_AGENT_LENGTH
                ? userAgent : userAgent.substring(0, USER_AGENT_LENGTH);
    }
}
