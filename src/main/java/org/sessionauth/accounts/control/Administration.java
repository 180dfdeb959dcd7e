package org.sessionauth.accounts.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;
import java.util.UUID;
import org.sessionauth.accounts.entity.User;
import org.sessionauth.platform.control.ProblemException;
import org.sessionauth.revocation.control.Revocations;

/** What an admin does to an account (DESIGN §4.6). */
@Stateless
public class Administration {

    @Inject
    Revocations revocations;

    @Inject
    Accounts accounts;

    /** Revokes at once and blocks login and refresh. An admin cannot lock themselves out. */
    public void deactivate(UUID userId, UUID adminId) {
        if (userId.equals(adminId)) {
            throw new ProblemException(Status.CONFLICT, "cannot_deactivate_self",
                    "An admin cannot deactivate their own account.");
        }
        User user = locked(userId);
        user.activate(false);
        revocations.revokeUser(user, adminId, Revocations.DEACTIVATED);
        accounts.forgetOneTimeTokens(userId);
    }

    /**
     * Lets the user log in again; no token or link from before revives (they all died with the
     * deactivation). Reactivating an active account changes nothing.
     */
    public void reactivate(UUID userId, UUID adminId) {
        User user = locked(userId);
        if (!user.active()) {
            user.activate(true);
            revocations.revokeUser(user, adminId, Revocations.REACTIVATED);
        }
    }

    public void revoke(UUID userId, UUID adminId) {
        revocations.revokeUser(locked(userId), adminId, Revocations.ADMIN_REVOKED);
    }

    private User locked(UUID userId) {
        return accounts.lock(userId).orElseThrow(() -> new ProblemException(Status.NOT_FOUND, "user_not_found",
                "No such user."));
    }
}
