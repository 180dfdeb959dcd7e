package org.sessionauth.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Chooses the hot store once: Redis when {@code REDIS_URL} is set, else the in-process one. */
@ApplicationScoped
public class HotStores {

    private static final Logger LOG = Logger.getLogger(HotStores.class.getName());

    @Inject
    @ConfigProperty(name = "redis.url")
    Optional<String> redisUrl;

    @Inject
    Clock clock;

    @Resource
    ManagedThreadFactory threads;

    private HotStore store;

    @PostConstruct
    void open() {
        store = redisUrl.filter(url -> !url.isBlank())
                .<HotStore>map(url -> new RedisHotStore(URI.create(url), threads))
                .orElseGet(() -> new InProcessHotStore(clock));
        LOG.info(() -> "Hot store: " + store.getClass().getSimpleName());
    }

    @Produces
    HotStore store() {
        return store;
    }

    @PreDestroy
    void close() {
        store.close();
    }
}
