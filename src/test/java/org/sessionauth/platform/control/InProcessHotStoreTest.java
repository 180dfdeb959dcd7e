package org.sessionauth.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sessionauth.MovableClock;

class InProcessHotStoreTest {

    private final MovableClock clock = MovableClock.at(Instant.parse("2026-12-03T10:00:00Z"));
    private final InProcessHotStore store = new InProcessHotStore(clock);

    @Test
    void keepsTheNewestVersion() {
        store.putIfNewer("k", "2|b", Duration.ofMinutes(1));
        store.putIfNewer("k", "1|a", Duration.ofMinutes(1));
        assertEquals(Optional.of("2|b"), store.get("k"));
        store.putIfNewer("k", "3|c", Duration.ofMinutes(1));
        assertEquals(Optional.of("3|c"), store.get("k"));
    }

    @Test
    void theSameVersionAgainLengthensTheTtlButKeepsTheValue() {
        store.putIfNewer("k", "4|first", Duration.ofSeconds(10));
        clock.move(Duration.ofSeconds(8));
        store.putIfNewer("k", "4|second", Duration.ofSeconds(10));
        clock.move(Duration.ofSeconds(8));
        assertEquals(Optional.of("4|first"), store.get("k"));
        store.putIfNewer("k", "4|third", Duration.ofSeconds(1));
        clock.move(Duration.ofSeconds(1));
        assertEquals(Optional.of("4|first"), store.get("k"), "a shorter TTL never shortens the key's life");
    }

    @Test
    void forgetsAValueWhenItsTtlEnds() {
        store.putIfNewer("k", "5|x", Duration.ofSeconds(10));
        clock.move(Duration.ofSeconds(10));
        assertEquals(Optional.empty(), store.get("k"));
        store.putIfNewer("k", "1|older but the newer one expired", Duration.ofSeconds(10));
        assertEquals(Optional.of("1|older but the newer one expired"), store.get("k"));
    }

    @Test
    void deliversPublishedMessagesToSubscribers() {
        List<String> received = new ArrayList<>();
        store.subscribe("c", new HotStore.Subscriber() {
            @Override
            public void onMessage(String message) {
                received.add(message);
            }

            @Override
            public void onConnected() {
                received.add("connected");
            }

            @Override
            public void onDisconnected() {
                received.add("disconnected");
            }
        });
        store.publish("c", "hello");
        store.publish("other", "not for us");
        assertEquals(List.of("connected", "hello"), received);
    }
}
