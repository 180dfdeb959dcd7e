package org.sessionauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sessionauth.Api.Pair;
import org.sessionauth.Api.Reply;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/** Sessions and refresh rotation (DESIGN §3, §4.4), in the container, on PostgreSQL and Redis. */
@ExtendWith(ArquillianExtension.class)
class SessionsIT {

    private static final Duration PAST_THE_GRACE_WINDOW = Duration.ofSeconds(61);

    @Deployment
    static WebArchive deployment() {
        return Deployments.service(SessionsIT.class);
    }

    @ArquillianResource
    URL base;

    @PersistenceContext
    EntityManager em;

    @AfterEach
    void realTime() {
        ShiftedClock.reset();
    }

    private long count(String sql, Object parameter) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult()).longValue();
    }

    @Test
    void fiftyConcurrentRefreshesOfOneTokenRotateOnceAndAllGetTheSamePair() throws Exception {
        Api api = new Api(base);
        Pair login = api.newUser();
        int burst = 50;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Reply>> replies = new ArrayList<>();
        try (ExecutorService clients = Executors.newFixedThreadPool(burst)) {
            for (int i = 0; i < burst; i++) {
                replies.add(clients.submit(() -> {
                    start.await();
                    return api.refresh(login.refreshToken());
                }));
            }
            start.countDown();
            Set<Integer> statuses = new java.util.TreeSet<>();
            Set<String> bodies = new java.util.HashSet<>();
            for (Future<Reply> reply : replies) {
                statuses.add(reply.get().status());
                bodies.add(reply.get().body());
            }
            assertEquals(Set.of(200), statuses);
            assertEquals(1, bodies.size());
        }
        UUID session = UUID.fromString(login.sessionId());
        assertEquals(2, count("select count(*) from refresh_tokens where session_id = ?1", session));
        assertEquals(1, count("select generation from sessions where id = ?1", session));
        Pair rotated = Pair.of(replies.getFirst().get());
        assertEquals(200, api.me(rotated.accessToken()).status());
        assertEquals(200, api.refresh(rotated.refreshToken()).status());
    }

    @Test
    void endingASessionFromAnotherBrowsersListKillsItAndTheOtherKeepsRefreshing() {
        Api api = new Api(base);
        String email = Api.newEmail();
        api.register(email, Api.PASSWORD);
        Pair laptop = Pair.of(api.login(email, Api.PASSWORD, "User-Agent", "Laptop Browser"));
        Pair phone = Pair.of(api.login(email, Api.PASSWORD, "User-Agent", "Phone Browser"));

        JsonArray sessions = api.get("api/sessions", phone.accessToken()).array();
        assertEquals(2, sessions.size());
        JsonObject current = sessions.getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getBoolean("current")).findFirst().orElseThrow();
        assertEquals(phone.sessionId(), current.getString("id"));
        assertEquals("Phone Browser", current.getString("user_agent"));
        assertTrue(current.containsKey("created_at") && current.containsKey("last_seen_at") && current.containsKey("ip"));

        Pair stranger = api.newUser();
        Reply notTheirs = api.delete("api/sessions/" + laptop.sessionId(), stranger.accessToken());
        assertEquals(404, notTheirs.status());
        assertEquals(200, api.me(laptop.accessToken()).status());

        long ended = System.nanoTime();
        assertEquals(204, api.delete("api/sessions/" + laptop.sessionId(), phone.accessToken()).status());
        Reply refused = api.me(laptop.accessToken());
        long refusedAfterMillis = (System.nanoTime() - ended) / 1_000_000;
        assertEquals("session_revoked", refused.code());
        assertTrue(refusedAfterMillis < 1000, refusedAfterMillis + " ms");
        assertEquals("session_revoked", api.refresh(laptop.refreshToken()).code());
        JsonObject audited = api.get("api/me/audit", phone.accessToken()).array().getJsonObject(0);
        assertEquals("session_ended", audited.getString("reason"));
        assertEquals(laptop.sessionId(), audited.getString("session_id"));

        Pair next = phone;
        for (int i = 0; i < 3; i++) {
            next = Pair.of(api.refresh(next.refreshToken()));
        }
        assertEquals(200, api.me(next.accessToken()).status());
        assertEquals(1, api.get("api/sessions", next.accessToken()).array().size());
        assertEquals(404, api.delete("api/sessions/not-a-session-id", next.accessToken()).status());
    }

    @Test
    void aRotatedTokenReplayedAfterTheGraceWindowKillsTheSessionAndItsNewestTokens() {
        Api api = new Api(base);
        Pair login = api.newUser();
        Pair other = api.loginOk(api.get("api/me", login.accessToken()).json().getString("email"));
        Pair newest = Pair.of(api.refresh(login.refreshToken()));

        ShiftedClock.shiftBy(PAST_THE_GRACE_WINDOW);
        Reply reused = api.refresh(login.refreshToken());

        assertEquals(401, reused.status());
        assertEquals("refresh_reused", reused.code());
        assertEquals("session_revoked", api.refresh(newest.refreshToken()).code());
        assertEquals("session_revoked", api.me(newest.accessToken()).code());
        assertEquals(1, count("select count(*) from revocation_events where session_id = ?1 and reason = 'refresh_reused'",
                UUID.fromString(login.sessionId())));
        assertEquals(200, api.me(other.accessToken()).status(), "the user's other sessions are untouched");
        assertEquals(200, api.refresh(other.refreshToken()).status());
    }

    @Test
    void anAccessTokenOutlivesItsRotationOnlyThroughTheGraceWindow() {
        Api api = new Api(base);
        Pair login = api.newUser();
        Pair rotated = Pair.of(api.refresh(login.refreshToken()));
        assertEquals(200, api.me(login.accessToken()).status());

        ShiftedClock.shiftBy(PAST_THE_GRACE_WINDOW);
        Reply superseded = api.me(login.accessToken());
        assertEquals(401, superseded.status());
        assertEquals("token_expired", superseded.code());
        assertEquals(200, api.me(rotated.accessToken()).status());
    }

    @Test
    void anExpiredRefreshTokenIsRefusedWithoutEndingTheSession() {
        Api api = new Api(base);
        Pair login = api.newUser();
        ShiftedClock.shiftBy(Duration.ofDays(31));
        Reply expired = api.refresh(login.refreshToken());
        assertEquals(401, expired.status());
        assertEquals("token_expired", expired.code());
        assertEquals(0, count("select count(*) from sessions where id = ?1 and revoked_at is not null",
                UUID.fromString(login.sessionId())));
    }

    @Test
    void logoutRacingRefreshNeverLeavesALiveToken() throws Exception {
        Api api = new Api(base);
        String email = Api.newEmail();
        api.register(email, Api.PASSWORD);
        try (ExecutorService racers = Executors.newFixedThreadPool(2)) {
            for (int round = 0; round < 100; round++) {
                Pair login = api.loginOk(email);
                CountDownLatch start = new CountDownLatch(1);
                Future<Reply> logout = racers.submit(() -> {
                    start.await();
                    return api.post("api/auth/logout", "{\"refresh_token\":\"" + login.refreshToken() + "\"}", null);
                });
                Future<Reply> refresh = racers.submit(() -> {
                    start.await();
                    return api.refresh(login.refreshToken());
                });
                start.countDown();
                assertEquals(204, logout.get().status(), "round " + round);
                List<String> accessTokens = new ArrayList<>(List.of(login.accessToken()));
                List<String> refreshTokens = new ArrayList<>(List.of(login.refreshToken()));
                if (refresh.get().status() == 200) {
                    Pair won = Pair.of(refresh.get());
                    accessTokens.add(won.accessToken());
                    refreshTokens.add(won.refreshToken());
                } else {
                    assertEquals("session_revoked", refresh.get().code(), "round " + round);
                }
                for (String token : accessTokens) {
                    assertEquals(401, api.me(token).status(), "round " + round);
                }
                for (String token : refreshTokens) {
                    assertEquals(401, api.refresh(token).status(), "round " + round);
                }
            }
        }
    }

    @Test
    void aRedisFlushLosesNoSessionAndNoRevocation() {
        Api api = new Api(base);
        Pair login = api.newUser();
        Pair revoked = api.loginOk(api.get("api/me", login.accessToken()).json().getString("email"));
        assertEquals(204, api.post("api/auth/logout", null, revoked.accessToken()).status());

        try (RedisClient redis = RedisClient.create(URI.create(System.getenv("REDIS_URL")))) {
            redis.flushDB();
        }

        assertEquals(200, api.me(login.accessToken()).status());
        assertEquals("session_revoked", api.me(revoked.accessToken()).code());
        Pair rotated = Pair.of(api.refresh(login.refreshToken()));
        assertEquals(1, api.get("api/sessions", rotated.accessToken()).array().size());
        assertEquals(204, api.post("api/auth/logout-all", null, rotated.accessToken()).status());
        assertEquals("user_revoked", api.me(rotated.accessToken()).code());
    }

    @Test
    void redisHoldsNoRawTokenAndNoKeyOutlivesAnAccessToken() {
        Api api = new Api(base);
        Pair login = api.newUser();
        Pair rotated = Pair.of(api.refresh(login.refreshToken()));
        try (RedisClient redis = RedisClient.create(URI.create(System.getenv("REDIS_URL")))) {
            String cursor = ScanParams.SCAN_POINTER_START;
            List<String> keys = new ArrayList<>();
            do {
                ScanResult<String> page = redis.scan(cursor, new ScanParams().match("session-auth:*").count(1000));
                keys.addAll(page.getResult());
                cursor = page.getCursor();
            } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
            assertFalse(keys.isEmpty());
            for (String key : keys) {
                long ttl = redis.pttl(key);
                assertTrue(ttl > 0 && ttl <= Duration.ofMinutes(15).toMillis(), key + " ttl " + ttl);
                String value = redis.get(key);
                for (String secret : Arrays.asList(login.refreshToken(), rotated.refreshToken(),
                        login.accessToken(), rotated.accessToken())) {
                    assertFalse(key.contains(secret) || value.contains(secret), key);
                }
            }
            String sessionKey = "session-auth:session:" + login.sessionId();
            System.out.println("Redis bytes per live session: session key " + redis.memoryUsage(sessionKey)
                    + ", user key " + redis.memoryUsage("session-auth:user:" + login.claims().getString("sub")));
        }
    }

    @Test
    void aTrustedProxysForwardedAddressIsTheSessionsAddress() throws Exception {
        Api api = new Api(new URL("http", "127.0.0.1", base.getPort(), base.getPath()));
        String email = Api.newEmail();
        api.register(email, Api.PASSWORD);
        Pair login = Pair.of(api.login(email, Api.PASSWORD, "X-Forwarded-For", "203.0.113.7"));
        String ips = api.get("api/sessions", login.accessToken()).array()
                .getValuesAs(JsonObject.class).stream().map(s -> s.getString("ip")).collect(Collectors.joining());
        assertEquals("203.0.113.7", ips, "127.0.0.1 is a trusted proxy in the test configuration");
    }
}
