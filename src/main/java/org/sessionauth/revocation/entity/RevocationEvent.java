package org.sessionauth.revocation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** DESIGN §4.7: one row per revocation: who, whom, what, why, when. */
@Entity
@Table(name = "revocation_events")
@NamedQuery(name = RevocationEvent.OF_USER,
        query = "select e from RevocationEvent e where e.userId = :userId order by e.occurredAt desc, e.id")
public class RevocationEvent {

    public static final String OF_USER = "RevocationEvent.ofUser";

    public enum Scope { USER, SESSION }

    @Id
    private UUID id;

    @Column(name = "user_id", nullable = false)
    private UUID userId;

    /** Who revoked: the user, an admin, or nobody when the service itself did (reuse detection). */
    @Column(name = "actor_id")
    private UUID actorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Scope scope;

    @Column(name = "session_id")
    private UUID sessionId;

    @Column(nullable = false)
    private String reason;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected RevocationEvent() {
    }

    public RevocationEvent(UUID userId, UUID actorId, Scope scope, UUID sessionId, String reason, Instant occurredAt) {
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.actorId = actorId;
        this.scope = scope;
        this.sessionId = sessionId;
        this.reason = reason;
        this.occurredAt = occurredAt;
    }

    public UUID userId() {
        return userId;
    }

    public UUID actorId() {
        return actorId;
    }

    public Scope scope() {
        return scope;
    }

    public UUID sessionId() {
        return sessionId;
    }

    public String reason() {
        return reason;
    }

    public Instant occurredAt() {
        return occurredAt;
    }
}
