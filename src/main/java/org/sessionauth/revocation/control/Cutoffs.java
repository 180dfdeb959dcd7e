package org.sessionauth.revocation.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.ws.rs.core.Response.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sessionauth.platform.control.HotStore;
import org.sessionauth.platform.control.ProblemException;
import org.sessionauth.tokens.control.TokenSettings;

/**
 * The user and session cut-offs: near cache → hot store → database (see the package doc for why
 * that order is safe). Keys live as long as an access token may, no longer: that is all they guard.
 */
@ApplicationScoped
public class Cutoffs {

    private static final Logger LOG = Logger.getLogger(Cutoffs.class.getName());
    private static final String CHANNEL = "session-auth:cutoffs";
    private static final int NEAR_CACHE_CAPACITY = 100_000;

    @Inject
    HotStore store;

    @Inject
    TokenSettings settings;

    @PersistenceContext
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transaction;

    private final NearCache near = new NearCache(NEAR_CACHE_CAPACITY);

    @PostConstruct
    void listen() {
        store.subscribe(CHANNEL, near);
    }

    public Optional<UserCutoff> user(UUID userId) {
        return read(userKey(userId), () -> em.createQuery(
                        "select u.tokenGeneration, u.active from User u where u.id = :id", Object[].class)
                .setParameter("id", userId).getResultStream().findFirst()
                .map(row -> new UserCutoff((Long) row[0], (Boolean) row[1]).encode()))
                .map(UserCutoff::decode);
    }

    public Optional<SessionCutoff> session(UUID sessionId) {
        return read(sessionKey(sessionId), () -> em.createQuery(
                        "select s.generation, s.rotatedAt, s.revokedAt from LoginSession s where s.id = :id",
                        Object[].class)
                .setParameter("id", sessionId).getResultStream().findFirst()
                .map(row -> new SessionCutoff((Long) row[0], (Instant) row[1], row[2] != null).encode()))
                .map(SessionCutoff::decode);
    }

    /** A revocation or a rotation: must reach the hot store, or the transaction fails and changes nothing. */
    public void publish(UUID userId, UserCutoff cutoff) {
        publish(userKey(userId), cutoff.encode());
    }

    public void publish(UUID sessionId, SessionCutoff cutoff) {
        publish(sessionKey(sessionId), cutoff.encode());
    }

    /** A fresh state after a login: worth caching, harmless to lose. */
    public void offer(UUID userId, UserCutoff cutoff) {
        offer(userKey(userId), cutoff.encode(), near.ticket());
    }

    public void offer(UUID sessionId, SessionCutoff cutoff) {
        offer(sessionKey(sessionId), cutoff.encode(), near.ticket());
    }

    private Optional<String> read(String key, Supplier<Optional<String>> database) {
        Optional<String> cached = near.get(key);
        if (cached.isPresent()) {
            return cached;
        }
        long ticket = near.ticket();
        try {
            Optional<String> hot = store.get(key);
            if (hot.isPresent()) {
                near.offer(key, hot.get(), ticket);
                return hot;
            }
        } catch (RuntimeException storeDown) {
            LOG.log(Level.WARNING, "Hot store unreadable; reading cut-offs from the database", storeDown);
            return database.get();
        }
        Optional<String> truth = database.get();
        truth.ifPresent(value -> offer(key, value, ticket));
        return truth;
    }

    private void offer(String key, String value, long ticket) {
        try {
            store.putIfNewer(key, value, ttl());
        } catch (RuntimeException storeDown) {
            LOG.log(Level.FINE, "Hot store unwritable; " + key + " stays uncached", storeDown);
        }
        near.offer(key, value, ticket);
    }

    private void publish(String key, String value) {
        long ticket = near.ticket();
        try {
            store.putIfNewer(key, value, ttl());
            store.publish(CHANNEL, key + "=" + value);
            transaction.registerInterposedSynchronization(new ForgetOnRollback(key));
        } catch (RuntimeException storeDown) {
            transaction.setRollbackOnly();
            LOG.log(Level.SEVERE, "Hot store unwritable; revocation refused rather than left invisible", storeDown);
            throw new ProblemException(Status.SERVICE_UNAVAILABLE, "revocation_unavailable",
                    "The revocation could not be made visible to every node; nothing was changed. Try again.");
        }
        near.offer(key, value, ticket);
    }

    /**
     * A state is published before its transaction commits, so that no node can read an older one
     * afterwards. Should the transaction roll back, the state never became true: the key is
     * dropped everywhere, and the next read goes to the database.
     */
    private final class ForgetOnRollback implements Synchronization {
        private final String key;

        ForgetOnRollback(String key) {
            this.key = key;
        }

        @Override
        public void beforeCompletion() {
            // the state is already published
        }

        @Override
        public void afterCompletion(int status) {
            if (status == jakarta.transaction.Status.STATUS_COMMITTED) {
                return;
            }
            try {
                store.delete(key);
                store.publish(CHANNEL, key + "=");
            } catch (RuntimeException storeDown) {
                LOG.log(Level.SEVERE, "Hot store unwritable; " + key + " keeps a state that was rolled back until it"
                        + " expires (refusing more than it should, never less)", storeDown);
            }
            near.forget(key);
        }
    }

    private Duration ttl() {
        return settings.accessTokenTtl();
    }

    private static String userKey(UUID userId) {
        return "session-auth:user:" + userId;
    }

    private static String sessionKey(UUID sessionId) {
        return "session-auth:session:" + sessionId;
    }
}
