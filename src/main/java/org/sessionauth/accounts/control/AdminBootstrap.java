package org.sessionauth.accounts.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.sessionauth.accounts.entity.User;
import org.sessionauth.platform.control.ProblemException;

/**
 * DESIGN §6: the account named by {@code ADMIN_EMAIL} exists and is an admin. Created with
 * {@code ADMIN_PASSWORD} if absent; an existing account keeps its password and becomes admin.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

    @Inject
    AccountSettings settings;

    @Inject
    Accounts accounts;

    @PostConstruct
    void ensureAdmin() {
        settings.adminEmail().ifPresent(email -> {
            User admin = accounts.byEmail(email).orElseGet(() -> create(email));
            admin.grantAdmin();
            LOG.info(() -> "Admin account: " + admin.email());
        });
    }

    private User create(String email) {
        String password = settings.adminPassword().orElseThrow(() -> new IllegalStateException(
                "ADMIN_EMAIL is set and has no account: ADMIN_PASSWORD is needed to create it"));
        try {
            return accounts.register(email, password);
        } catch (ProblemException anotherNodeWasFirst) {
            return accounts.byEmail(email).orElseThrow();
        }
    }
}
