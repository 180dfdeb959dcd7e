package org.sessionauth.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** A message in the outbox: written in the transaction that causes it, delivered after. */
@Entity
@Table(name = "mail_outbox")
@NamedQuery(name = OutgoingMail.DUE, query = """
        select m from OutgoingMail m where m.sentAt is null and m.nextAttemptAt <= :now order by m.nextAttemptAt""")
public class OutgoingMail {

    public static final String DUE = "OutgoingMail.due";

    private static final Duration FIRST_RETRY = Duration.ofSeconds(5);
    private static final Duration LAST_RETRY = Duration.ofHours(1);

    @Id
    private UUID id;

    @Column(nullable = false)
    private String recipient;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false, length = 4000)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    protected OutgoingMail() {
    }

    public OutgoingMail(String recipient, String subject, String body, Instant now) {
        this.id = UUID.randomUUID();
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    public void sent(Instant now) {
        attempts++;
        sentAt = now;
        lastError = null;
    }

    /** Backs off exponentially from 5 s to at most an hour between attempts. */
    public void failed(Instant now, String error) {
        attempts++;
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 20));
        nextAttemptAt = now.plus(wait.compareTo(LAST_RETRY) > 0 ? LAST_RETRY : wait);
        lastError = error == null ? "unknown" : error.substring(0, Math.min(error.length(), 1000));
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }
}
