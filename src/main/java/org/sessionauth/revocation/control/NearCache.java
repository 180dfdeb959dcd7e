package org.sessionauth.revocation.control;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.sessionauth.platform.control.HotStore;

/**
 * This node's copy of recently read cut-offs, kept current by the states every node publishes.
 * Trusted only while the subscription is connected; emptied when it connects and when it drops,
 * since messages may have been missed in between. A value read from the hot store is kept only
 * if no (re)connection happened since the read began (its ticket), and a kept value is only ever
 * replaced by a newer version.
 */
final class NearCache implements HotStore.Subscriber {

    private static final long DISCONNECTED = -1;

    private final Map<String, String> entries = new ConcurrentHashMap<>();
    private final int capacity;
    private volatile long epoch;
    private volatile boolean connected;

    NearCache(int capacity) {
        this.capacity = capacity;
    }

    Optional<String> get(String key) {
        return connected ? Optional.ofNullable(entries.get(key)) : Optional.empty();
    }

    /** Taken before reading the hot store; {@link #offer} keeps the value read only with a valid ticket. */
    long ticket() {
        return connected ? epoch : DISCONNECTED;
    }

    void offer(String key, String value, long ticket) {
        if (ticket == DISCONNECTED || ticket != epoch || !connected) {
            return;
        }
        if (entries.size() >= capacity) {
            entries.clear();
        }
        entries.merge(key, value, (kept, offered) ->
                HotStore.versionOf(kept) >= HotStore.versionOf(offered) ? kept : offered);
    }

    /** {@code key=value} offers a state; {@code key=} forgets the key. */
    @Override
    public void onMessage(String message) {
        int separator = message.indexOf('=');
        if (separator <= 0) {
            return;
        }
        String key = message.substring(0, separator);
        if (separator == message.length() - 1) {
            forget(key);
        } else {
            offer(key, message.substring(separator + 1), ticket());
        }
    }

    void forget(String key) {
        entries.remove(key);
    }

    @Override
    public synchronized void onConnected() {
        entries.clear();
        epoch++;
        connected = true;
    }

    @Override
    public synchronized void onDisconnected() {
        connected = false;
        epoch++;
        entries.clear();
    }
}
