package org.sessionauth.sessions.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "sessions")
@NamedQuery(name = LoginSession.LIVE_OF_USER, query = """
        select s from LoginSession s
        where s.userId = :userId and s.revokedAt is null and s.refreshExpiresAt > :now
        order by s.createdAt desc, s.id""")
@NamedQuery(name = LoginSession.REVOKE_ALL_OF_USER, query = """
        update LoginSession s set s.revokedAt = :now, s.revokedReason = :reason
        where s.userId = :userId and s.revokedAt is null""")
public class LoginSession {

    public static final String LIVE_OF_USER = "LoginSession.liveOfUser";
    public static final String REVOKE_ALL_OF_USER = "LoginSession.revokeAllOfUser";

    @Id
    private UUID id;

    @Column(name = "user_id", nullable = false)
    private UUID userId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    /** When the current refresh token expires: slides on each rotation, never past {@link #expiresAt}. */
    @Column(name = "refresh_expires_at", nullable = false)
    private Instant refreshExpiresAt;

    /** The absolute end of the session (DESIGN §3, SESSION_MAX_AGE). */
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(nullable = false)
    private long generation;

    @Column(name = "rotated_at", nullable = false)
    private Instant rotatedAt;

    /** The pair the last rotation returned, sealed under its predecessor refresh token. */
    @Column(name = "grace_pair", length = 4000)
    private String gracePair;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_reason")
    private String revokedReason;

    @Column(name = "user_agent")
    private String userAgent;

    @Column(name = "ip")
    private String ip;

    protected LoginSession() {
    }

    public LoginSession(UUID userId, Instant now, Instant refreshExpiresAt, Instant expiresAt, String userAgent,
                        String ip) {
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.createdAt = now;
        this.lastSeenAt = now;
        this.rotatedAt = now;
        this.expiresAt = expiresAt;
        this.refreshExpiresAt = refreshExpiresAt.isAfter(expiresAt) ? expiresAt : refreshExpiresAt;
        this.userAgent = userAgent;
        this.ip = ip;
    }

    /** Starts the next generation; the refresh lifetime slides, capped by the session's end. */
    public void rotate(Instant now, Instant refreshExpiry) {
        generation++;
        rotatedAt = now;
        lastSeenAt = now;
        refreshExpiresAt = refreshExpiry.isAfter(expiresAt) ? expiresAt : refreshExpiry;
        gracePair = null;
    }

    /** Keeps the pair this rotation returned, for a retry of the same refresh (DESIGN §4.4 b). */
    public void keepForGrace(String sealedPair) {
        gracePair = sealedPair;
    }

    public void revoke(Instant now, String reason) {
        if (revokedAt == null) {
            revokedAt = now;
            revokedReason = reason;
            gracePair = null;
        }
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    public boolean refreshExpired(Instant now) {
        return !now.isBefore(refreshExpiresAt);
    }

    public UUID id() {
        return id;
    }

    public UUID userId() {
        return userId;
    }

    public long generation() {
        return generation;
    }

    public Instant rotatedAt() {
        return rotatedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public String gracePair() {
        return gracePair;
    }

    public String revokedReason() {
        return revokedReason;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastSeenAt() {
        return lastSeenAt;
    }

    public String userAgent() {
        return userAgent;
    }

    public String ip() {
        return ip;
    }
}
