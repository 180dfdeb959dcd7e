package org.sessionauth.revocation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class NearCacheTest {

    private final NearCache cache = new NearCache(3);

    @Test
    void holdsNothingUntilTheSubscriptionIsConnected() {
        cache.offer("k", "1|a", cache.ticket());
        cache.onConnected();
        assertEquals(Optional.empty(), cache.get("k"));
    }

    @Test
    void aPublishedStateIsNeverReplacedByAnOlderRead() {
        cache.onConnected();
        long readStarted = cache.ticket();
        cache.onMessage("k=2|new");
        cache.offer("k", "1|old", readStarted);
        assertEquals(Optional.of("2|new"), cache.get("k"));
    }

    @Test
    void aReadThatStartedBeforeAReconnectionIsNotKept() {
        cache.onConnected();
        long readStarted = cache.ticket();
        cache.onDisconnected();
        cache.onConnected();
        cache.offer("k", "1|read before messages could be missed", readStarted);
        assertEquals(Optional.empty(), cache.get("k"));
    }

    @Test
    void isEmptiedAndIgnoredWhileDisconnected() {
        cache.onConnected();
        cache.onMessage("k=1|a");
        cache.onDisconnected();
        assertEquals(Optional.empty(), cache.get("k"));
        cache.onConnected();
        assertEquals(Optional.empty(), cache.get("k"));
    }

    @Test
    void staysWithinItsCapacity() {
        cache.onConnected();
        cache.onMessage("a=1|a");
        cache.onMessage("b=1|b");
        cache.onMessage("c=1|c");
        cache.onMessage("d=1|d");
        assertEquals(Optional.empty(), cache.get("a"));
        assertEquals(Optional.of("1|d"), cache.get("d"));
    }
}
