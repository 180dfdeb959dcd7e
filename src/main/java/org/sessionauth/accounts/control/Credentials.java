package org.sessionauth.accounts.control;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.core.Response.Status;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sessionauth.accounts.entity.OneTimeToken;
import org.sessionauth.accounts.entity.OneTimeToken.Purpose;
import org.sessionauth.accounts.entity.User;
import org.sessionauth.platform.control.Client;
import org.sessionauth.platform.control.Problem;
import org.sessionauth.platform.control.ProblemException;
import org.sessionauth.revocation.control.Refusal;
import org.sessionauth.revocation.control.Revocations;
import org.sessionauth.sessions.control.Sessions;
import org.sessionauth.tokens.control.Secrets;
import org.sessionauth.tokens.control.TokenPair;

/**
 * DESIGN §4.5, credential changes: password change, password reset and e-mail change. Each one
 * that completes revokes every token of the user and hands the acting client a fresh pair (a new
 * session for the {@link Client} that made the change), all in one transaction, and deletes
 * every pending one-time token of the user.
 */
@Stateless
public class Credentials {

    private static final Logger LOG = Logger.getLogger(Credentials.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    Passwords passwords;

    @Inject
    Outbox outbox;

    @Inject
    Revocations revocations;

    @Inject
    Sessions sessions;

    @Inject
    AccountSettings settings;

    @Inject
    Clock clock;

    /**
     * Checked under the user's lock: a caller whose token a concurrent change has just revoked,
     * or whose current password has just stopped being current, changes nothing.
     *
     * @param callerGeneration the user generation of the caller's access token
     */
    public TokenPair changePassword(UUID userId, long callerGeneration, String currentPassword, String newPassword,
                                    Client client) {
        User user = accounts.lock(userId).orElseThrow();
        if (user.tokenGeneration() != callerGeneration) {
            throw new ProblemException(Refusal.USER_REVOKED.challenge());
        }
        if (!passwords.matches(currentPassword, user.passwordHash())) {
            throw Accounts.invalidCredentials();
        }
        return replacePassword(user, newPassword, Revocations.PASSWORD_CHANGED, client);
    }

    /**
     * Answers nothing, and returns before any work is done, so that neither the answer nor its
     * timing tells whether the address has an account (DESIGN §4.9).
     */
    @Asynchronous
    public void requestPasswordReset(String email) {
        try {
            accounts.byEmail(email).filter(User::active).ifPresent(user -> {
                String token = issue(user, Purpose.PASSWORD_RESET, null, settings.passwordResetTtl());
                outbox.send(user.email(), "Reset your password", """
                        Someone asked to reset the password of your account. If it was you, open
                        %s
                        within %d minutes. If it was not you, ignore this mail; nothing has changed.
                        """.formatted(settings.link("reset-password", token), settings.passwordResetTtl().toMinutes()));
            });
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Password reset request not handled", e);
        }
    }

    public TokenPair confirmPasswordReset(String token, String newPassword, Client client) {
        User user = redeem(token, Purpose.PASSWORD_RESET).user();
        return replacePassword(user, newPassword, Revocations.PASSWORD_RESET, client);
    }

    /** Nothing changes until the link sent to the new address is opened; the old address is told. */
    public void requestEmailChange(UUID userId, String newEmail, String password) {
        User user = accounts.find(userId).orElseThrow();
        if (!passwords.matches(password, user.passwordHash())) {
            throw Accounts.invalidCredentials();
        }
        if (user.hasEmail(newEmail)) {
            throw new ProblemException(Problem.UNPROCESSABLE, "email_unchanged", "This is already the account's address.");
        }
        if (accounts.byEmail(newEmail).isPresent()) {
            throw Accounts.emailTaken();
        }
        String token = issue(user, Purpose.EMAIL_CHANGE, newEmail.strip(), settings.emailChangeTtl());
        outbox.send(newEmail.strip(), "Confirm your new e-mail address", """
                To make this the address of your account, open
                %s
                within %d minutes.
                """.formatted(settings.link("confirm-email", token), settings.emailChangeTtl().toMinutes()));
        outbox.send(user.email(), "Your e-mail address is being changed", """
                Someone with your password asked to change your account's address to %s.
                Nothing changes until that address confirms. If it was not you, change your password now.
                """.formatted(newEmail.strip()));
    }

    /** DESIGN §4.9: an address taken since the request is refused here too. */
    public TokenPair confirmEmailChange(String token, Client client) {
        Redeemed change = redeem(token, Purpose.EMAIL_CHANGE);
        User user = change.user();
        if (accounts.byEmail(change.token().newEmail()).isPresent()) {
            throw Accounts.emailTaken();
        }
        String previous = user.email();
        user.changeEmail(change.token().newEmail());
        // Written before the revocation is published: a lost race for the address must fail
        // here, not at commit after every node has been told of the new cut-off.
        accounts.flushUnique();
        revocations.revokeUser(user, user.id(), Revocations.EMAIL_CHANGED);
        accounts.forgetOneTimeTokens(user.id());
        outbox.send(previous, "Your e-mail address was changed", """
                Your account's address is now %s. Every session has been signed out.
                """.formatted(user.email()));
        return sessions.open(user, client);
    }

    /** {@code user} is locked; the change is the user's own, by password or by a mailed link. */
    private TokenPair replacePassword(User user, String newPassword, String reason, Client client) {
        String hash = passwords.hash(newPassword);
        revocations.revokeUser(user, user.id(), reason);
        user.changePassword(hash);
        accounts.forgetOneTimeTokens(user.id());
        return sessions.open(user, client);
    }

    private String issue(User user, Purpose purpose, String newEmail, Duration ttl) {
        String token = Secrets.generate();
        Instant now = clock.instant();
        em.persist(new OneTimeToken(Secrets.hash(token), user.id(), purpose, newEmail, now, now.plus(ttl)));
        return token;
    }

    private record Redeemed(OneTimeToken token, User user) {
    }

    /**
     * Single use. The user's lock comes first, as in every credential change, then the token is
     * looked up again: a redemption that waited finds it gone.
     */
    private Redeemed redeem(String token, Purpose purpose) {
        String hash = Secrets.hash(token);
        OneTimeToken found = em.find(OneTimeToken.class, hash);
        if (found == null) {
            throw linkInvalid();
        }
        User user = accounts.lock(found.userId()).filter(User::active).orElseThrow(Credentials::linkInvalid);
        em.detach(found);
        OneTimeToken current = em.find(OneTimeToken.class, hash, LockModeType.PESSIMISTIC_WRITE);
        if (current == null || !current.serves(purpose, clock.instant())) {
            throw linkInvalid();
        }
        em.remove(current);
        return new Redeemed(current, user);
    }

    private static ProblemException linkInvalid() {
        return new ProblemException(Status.BAD_REQUEST, "link_invalid",
                "This link is unknown, expired or already used. Ask for a new one.");
    }
}
