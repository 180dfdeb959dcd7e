package org.sessionauth.accounts.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response.Status;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.sessionauth.accounts.entity.OneTimeToken;
import org.sessionauth.accounts.entity.User;
import org.sessionauth.platform.control.ProblemException;

@Stateless
public class Accounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    Clock clock;

    /**
     * DESIGN §4.9: an address taken in any letter case answers 409. Sign-up reveals that an
     * account exists; login and reset never do.
     */
    public User register(String email, String password) {
        if (byEmail(email).isPresent()) {
            throw emailTaken();
        }
        User user = new User(email, passwords.hash(password), clock.instant());
        em.persist(user);
        flushUnique();
        return user;
    }

    /**
     * The user whose password this is, if the account is active. Unknown address, wrong
     * password and deactivated account are one answer, and cost one password verification each,
     * so that neither the answer nor its timing tells which it was.
     */
    public Optional<User> authenticate(String email, String password) {
        Optional<User> user = byEmail(email);
        if (user.isEmpty()) {
            passwords.spendVerification(password);
            return Optional.empty();
        }
        boolean matches = passwords.matches(password, user.get().passwordHash());
        return user.filter(u -> matches && u.active());
    }

    public Optional<User> find(UUID id) {
        return Optional.ofNullable(em.find(User.class, id));
    }

    /**
     * The user, re-read under its row lock. Every credential change takes this lock before any
     * other, and before it checks anything, so that changes of one user fall one after the other
     * and each sees the one before it.
     */
    public Optional<User> lock(UUID id) {
        Optional<User> user = find(id);
        user.ifPresent(u -> em.refresh(u, LockModeType.PESSIMISTIC_WRITE));
        return user;
    }

    /** DESIGN §4.5: reset and confirmation tokens die when the password or the address changes. */
    public void forgetOneTimeTokens(UUID userId) {
        em.createNamedQuery(OneTimeToken.DELETE_ALL_OF_USER).setParameter("userId", userId).executeUpdate();
    }

    public Optional<User> byEmail(String email) {
        return em.createNamedQuery(User.BY_EMAIL, User.class)
                .setParameter("emailKey", User.keyOf(email))
                .getResultStream()
                .findFirst();
    }

    /** Writes pending changes now, so that an address taken meanwhile is a 409, not a failed commit. */
    public void flushUnique() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (isUniqueViolation(e)) {
                throw emailTaken();
            }
            throw e;
        }
    }

    /** SQLSTATE 23505, as PostgreSQL and H2 report a unique constraint violation. */
    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    public static ProblemException invalidCredentials() {
        return new ProblemException(Status.UNAUTHORIZED, "invalid_credentials",
                "The e-mail address or the password is wrong.");
    }

    public static ProblemException emailTaken() {
        return new ProblemException(Status.CONFLICT, "email_taken", "An account with this e-mail address exists.");
    }
}
