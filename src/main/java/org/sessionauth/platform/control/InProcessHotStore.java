package org.sessionauth.platform.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** The single-node stand-in for Redis: the same contract, kept in this JVM. */
public class InProcessHotStore implements HotStore {

    private static final int SWEEP_ABOVE = 100_000;

    private record Entry(String value, Instant expiresAt) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Map<String, List<Subscriber>> subscribers = new ConcurrentHashMap<>();
    private final Clock clock;

    public InProcessHotStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Optional<String> get(String key) {
        Entry entry = entries.get(key);
        if (entry == null || !entry.expiresAt().isAfter(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(entry.value());
    }

    @Override
    public void putIfNewer(String key, String value, Duration ttl) {
        Instant now = clock.instant();
        long version = HotStore.versionOf(value);
        Instant expiry = now.plus(ttl);
        entries.compute(key, (k, old) -> {
            if (old == null || !old.expiresAt().isAfter(now) || HotStore.versionOf(old.value()) < version) {
                return new Entry(value, expiry);
            }
            boolean sameVersionLivesLonger = HotStore.versionOf(old.value()) == version
                    && old.expiresAt().isBefore(expiry);
            return sameVersionLivesLonger ? new Entry(old.value(), expiry) : old;
        });
        if (entries.size() > SWEEP_ABOVE) {
            entries.values().removeIf(entry -> !entry.expiresAt().isAfter(now));
        }
    }

    @Override
    public void delete(String key) {
        entries.remove(key);
    }

    @Override
    public void publish(String channel, String message) {
        subscribers.getOrDefault(channel, List.of()).forEach(s -> s.onMessage(message));
    }

    @Override
    public void subscribe(String channel, Subscriber subscriber) {
        subscribers.computeIfAbsent(channel, c -> new CopyOnWriteArrayList<>()).add(subscriber);
        subscriber.onConnected();
    }

    @Override
    public void close() {
        entries.clear();
        subscribers.clear();
    }
}
