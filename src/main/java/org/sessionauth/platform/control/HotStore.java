package org.sessionauth.platform.control;

import java.time.Duration;
import java.util.Optional;

/**
 * Short-lived shared state: Redis when {@code REDIS_URL} is set, an in-process map otherwise
 * (one node, zero set-up). Nothing here is the truth; the database is. Every key has a TTL.
 * <p>
 * Versioned values are texts that start with their version: {@code "<version>|<rest>"}. A
 * versioned write never replaces a value of the same or a newer version, so writers racing
 * each other (or a slow reader refilling a cache) cannot put an older state back.
 */
public interface HotStore extends AutoCloseable {

    Optional<String> get(String key);

    /**
     * Stores {@code value} unless the key holds a value of the same or a higher version; the same
     * version only has its TTL lengthened to {@code ttl} if that is longer.
     */
    void putIfNewer(String key, String value, Duration ttl);

    void delete(String key);

    void publish(String channel, String message);

    /** Delivers every message published on {@code channel}, from this and every other node. */
    void subscribe(String channel, Subscriber subscriber);

    @Override
    void close();

    /** Messages, and whether they can currently arrive: while disconnected, some may be lost. */
    interface Subscriber {
        void onMessage(String message);

        void onConnected();

        void onDisconnected();
    }

    /** The version of a versioned value: the number before the first {@code |}. */
    static long versionOf(String value) {
        int bar = value.indexOf('|');
        return Long.parseLong(bar < 0 ? value : value.substring(0, bar));
    }
}
