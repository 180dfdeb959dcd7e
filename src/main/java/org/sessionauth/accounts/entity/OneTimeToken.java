package org.sessionauth.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * DESIGN §4.5: a password-reset or e-mail-confirmation token, by hash. Single use: it is
 * deleted when used, and every token of the user is deleted when the password or the address
 * changes by any route.
 */
@Entity
@Table(name = "one_time_tokens")
@NamedQuery(name = OneTimeToken.DELETE_ALL_OF_USER, query = "delete from OneTimeToken t where t.userId = :userId")
public class OneTimeToken {

    public static final String DELETE_ALL_OF_USER = "OneTimeToken.deleteAllOfUser";

    public enum Purpose { PASSWORD_RESET, EMAIL_CHANGE }

    @Id
    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "user_id", nullable = false)
    private UUID userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Purpose purpose;

    /** For an e-mail change: the address being confirmed. */
    @Column(name = "new_email")
    private String newEmail;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected OneTimeToken() {
    }

    public OneTimeToken(String tokenHash, UUID userId, Purpose purpose, String newEmail, Instant createdAt,
                        Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.userId = userId;
        this.purpose = purpose;
        this.newEmail = newEmail;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public boolean serves(Purpose wanted, Instant now) {
        return purpose == wanted && now.isBefore(expiresAt);
    }

    public UUID userId() {
        return userId;
    }

    public String newEmail() {
        return newEmail;
    }
}
