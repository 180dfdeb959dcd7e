package org.sessionauth.sessions.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One refresh token ever issued to a session, by hash: the current one and every earlier one. */
@Entity
@Table(name = "refresh_tokens")
public class RefreshToken {

    @Id
    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "session_id", nullable = false)
    private UUID sessionId;

    @Column(nullable = false)
    private long generation;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    protected RefreshToken() {
    }

    public RefreshToken(String tokenHash, UUID sessionId, long generation, Instant issuedAt) {
        this.tokenHash = tokenHash;
        this.sessionId = sessionId;
        this.generation = generation;
        this.issuedAt = issuedAt;
    }

    public UUID sessionId() {
        return sessionId;
    }

    public long generation() {
        return generation;
    }
}
