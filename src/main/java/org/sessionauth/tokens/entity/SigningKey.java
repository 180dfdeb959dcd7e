package org.sessionauth.tokens.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A generated RSA signing key, shared by every node through the database. */
@Entity
@Table(name = "signing_keys")
@NamedQuery(name = SigningKey.OLDEST_FIRST, query = "select k from SigningKey k order by k.createdAt, k.kid")
public class SigningKey {

    public static final String OLDEST_FIRST = "SigningKey.oldestFirst";

    /** The RFC 7638 SHA-256 thumbprint of the public key. */
    @Id
    private String kid;

    /** PKCS#8, PEM-encoded. */
    @Column(name = "private_key", nullable = false, length = 4000)
    private String privateKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SigningKey() {
    }

    public SigningKey(String kid, String privateKey, Instant createdAt) {
        this.kid = kid;
        this.privateKey = privateKey;
        this.createdAt = createdAt;
    }

    public String kid() {
        return kid;
    }

    public String privateKey() {
        return privateKey;
    }
}
