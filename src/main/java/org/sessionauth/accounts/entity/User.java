package org.sessionauth.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

@Entity
@Table(name = "users")
@NamedQuery(name = User.BY_EMAIL, query = "select u from User u where u.emailKey = :emailKey")
public class User {

    public static final String BY_EMAIL = "User.byEmail";

    @Id
    private UUID id;

    @Column(nullable = false)
    private String email;

    /** The address in one letter case: what uniqueness and look-up go by. */
    @Column(name = "email_key", nullable = false, unique = true)
    private String emailKey;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private boolean active;

    @Column(nullable = false)
    private boolean admin;

    /** Raised by every revocation of all the user's tokens; tokens carry the value they were minted under. */
    @Column(name = "token_generation", nullable = false)
    private long tokenGeneration;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected User() {
    }

    public User(String email, String passwordHash, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.email = email.strip();
        this.emailKey = keyOf(email);
        this.passwordHash = passwordHash;
        this.active = true;
        this.createdAt = createdAt;
    }

    public static String keyOf(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** Every token minted before this call stops working; see the revocation component. */
    public long revokeTokens() {
        return ++tokenGeneration;
    }

    public void activate(boolean active) {
        this.active = active;
    }

    public void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public void changeEmail(String email) {
        this.email = email.strip();
        this.emailKey = keyOf(email);
    }

    public boolean hasEmail(String email) {
        return emailKey.equals(keyOf(email));
    }

    public boolean admin() {
        return admin;
    }

    public void grantAdmin() {
        admin = true;
    }

    public List<String> roles() {
        return admin ? List.of("user", "admin") : List.of("user");
    }

    public UUID id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean active() {
        return active;
    }

    public long tokenGeneration() {
        return tokenGeneration;
    }
}
