package org.sessionauth.platform.control;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadFactory;
import java.util.logging.Level;
import java.util.logging.Logger;
import redis.clients.jedis.JedisPubSub;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Redis through Jedis. Each subscription holds one connection on its own thread and reconnects
 * with back-off; its subscriber is told whenever messages may have been missed.
 */
public class RedisHotStore implements HotStore {

    private static final Logger LOG = Logger.getLogger(RedisHotStore.class.getName());

    /**
     * KEYS[1] key, ARGV[1] value, ARGV[2] version, ARGV[3] ttl in ms. The same version again only
     * lengthens the TTL (a later login of the same user): the key must live as long as the newest
     * token it guards.
     */
    private static final String PUT_IF_NEWER = """
            local current = redis.call('GET', KEYS[1])
            if current then
              local bar = string.find(current, '|', 1, true)
              local version = tonumber(bar and string.sub(current, 1, bar - 1) or current)
              if version and version > tonumber(ARGV[2]) then return 0 end
              if version and version == tonumber(ARGV[2]) then
                if redis.call('PTTL', KEYS[1]) < tonumber(ARGV[3]) then
                  redis.call('PEXPIRE', KEYS[1], ARGV[3])
                end
                return 0
              end
            end
            redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[3])
            return 1
            """;

    private final RedisClient client;
    private final ThreadFactory threads;
    private volatile boolean open = true;

    public RedisHotStore(URI uri, ThreadFactory threads) {
        this.client = RedisClient.create(uri);
        this.threads = threads;
    }

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(client.get(key));
    }

    @Override
    public void putIfNewer(String key, String value, Duration ttl) {
        client.eval(PUT_IF_NEWER, List.of(key),
                List.of(value, Long.toString(HotStore.versionOf(value)), Long.toString(ttl.toMillis())));
    }

    @Override
    public void delete(String key) {
        client.del(key);
    }

    @Override
    public void publish(String channel, String message) {
        client.publish(channel, message);
    }

    @Override
    public void subscribe(String channel, Subscriber subscriber) {
        Thread listener = threads.newThread(() -> listen(channel, subscriber));
        listener.setName("redis-subscriber-" + channel);
        listener.setDaemon(true);
        listener.start();
    }

    private void listen(String channel, Subscriber subscriber) {
        long backoff = 100;
        while (open) {
            try {
                client.subscribe(new JedisPubSub() {
                    @Override
                    public void onSubscribe(String subscribed, int count) {
                        subscriber.onConnected();
                    }

                    @Override
                    public void onMessage(String from, String message) {
                        subscriber.onMessage(message);
                    }
                }, channel);
                backoff = 100;
            } catch (JedisException | IllegalStateException e) {
                if (open) {
                    LOG.log(Level.WARNING, "Redis subscription to " + channel + " lost; retrying", e);
                }
            } finally {
                subscriber.onDisconnected();
            }
            sleep(backoff);
            backoff = Math.min(backoff * 2, 5_000);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        open = false;
        client.close();
    }
}
