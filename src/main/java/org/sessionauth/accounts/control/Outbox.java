package org.sessionauth.accounts.control;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.logging.Logger;
import org.sessionauth.accounts.entity.OutgoingMail;

/**
 * Every outgoing message is a row written in the transaction that causes it, so a mail is sent
 * exactly when its cause commits. Without SMTP it is also logged, which is how a developer reads
 * a reset link.
 */
@Stateless
public class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());

    /** Fired for each queued mail; the relay delivers once the transaction has committed. */
    public record Queued() {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountSettings settings;

    @Inject
    Event<Queued> queued;

    @Inject
    Clock clock;

    public void send(String recipient, String subject, String body) {
        em.persist(new OutgoingMail(recipient, subject, body, clock.instant()));
        if (settings.smtpHost().isEmpty()) {
            LOG.info(() -> "Mail to " + recipient + " (no SMTP host set, kept in the outbox): " + subject + "\n" + body);
        }
        queued.fire(new Queued());
    }
}
