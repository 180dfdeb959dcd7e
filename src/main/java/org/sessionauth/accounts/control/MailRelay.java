package org.sessionauth.accounts.control;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;
import org.sessionauth.accounts.entity.OutgoingMail;

/**
 * Delivers the outbox over SMTP (Jakarta Mail) when {@code MAIL_SMTP_HOST} is set: right after a
 * mail's transaction commits, and every few seconds for retries with back-off. Rows are claimed
 * with {@code SKIP LOCKED}, so several nodes deliver side by side without sending twice.
 */
@Singleton
public class MailRelay {

    private static final Logger LOG = Logger.getLogger(MailRelay.class.getName());
    private static final int BATCH = 50;
    /** Hibernate turns a lock timeout of -2 into SKIP LOCKED. */
    private static final int SKIP_LOCKED = -2;

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountSettings settings;

    @Inject
    Clock clock;

    @Asynchronous
    public void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.Queued queued) {
        deliverDue();
    }

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    public void deliverDue() {
        if (settings.smtpHost().isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        List<OutgoingMail> due = em.createNamedQuery(OutgoingMail.DUE, OutgoingMail.class)
                .setParameter("now", now)
                .setMaxResults(BATCH)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", SKIP_LOCKED)
                .getResultList();
        Session smtp = smtp();
        for (OutgoingMail mail : due) {
            try {
                MimeMessage message = new MimeMessage(smtp);
                message.setFrom(new InternetAddress(settings.mailFrom()));
                message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient()));
                message.setSubject(mail.subject(), "UTF-8");
                message.setText(mail.body(), "UTF-8");
                Transport.send(message);
                mail.sent(now);
            } catch (MessagingException e) {
                mail.failed(now, e.getMessage());
                LOG.warning(() -> "Mail to " + mail.recipient() + " not delivered (" + e.getMessage()
                        + "); retrying at " + mail.nextAttemptAt());
            }
        }
    }

    private Session smtp() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", settings.smtpHost().orElseThrow());
        properties.put("mail.smtp.port", Integer.toString(settings.smtpPort()));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "10000");
        return Session.getInstance(properties);
    }
}
