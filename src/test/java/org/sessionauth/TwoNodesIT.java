package org.sessionauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sessionauth.Api.Pair;
import org.sessionauth.Api.Reply;

/** Two service nodes sharing one PostgreSQL and one Redis (DESIGN §1, scale-out). */
@ExtendWith(ArquillianExtension.class)
class TwoNodesIT {

    private static SecondNode secondNode;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.service();
    }

    @ArquillianResource
    URL base;

    @BeforeAll
    static void startTheSecondNode() throws Exception {
        secondNode = SecondNode.start();
    }

    @AfterAll
    static void stopTheSecondNode() throws Exception {
        secondNode.close();
    }

    private static Api otherNode() throws InterruptedException {
        return new Api(secondNode.awaitReady(Duration.ofMinutes(4)));
    }

    @Test
    void aRefreshBurstSplitAcrossTwoNodesRotatesOnceAndAllGetTheSamePair() throws Exception {
        Api a = new Api(base);
        Api b = otherNode();
        Pair login = a.newUser();
        int burst = 50;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Reply>> replies = new ArrayList<>();
        try (ExecutorService clients = Executors.newFixedThreadPool(burst)) {
            for (int i = 0; i < burst; i++) {
                Api node = i % 2 == 0 ? a : b;
                replies.add(clients.submit(() -> {
                    start.await();
                    return node.refresh(login.refreshToken());
                }));
            }
            start.countDown();
            Set<Integer> statuses = new TreeSet<>();
            Set<String> bodies = new HashSet<>();
            for (Future<Reply> reply : replies) {
                statuses.add(reply.get().status());
                bodies.add(reply.get().body());
            }
            assertEquals(Set.of(200), statuses);
            assertEquals(1, bodies.size());
        }
        assertEquals(1, sessionGeneration(UUID.fromString(login.sessionId())));
        Pair rotated = Pair.of(replies.getFirst().get());
        assertEquals(200, b.me(rotated.accessToken()).status());
        assertEquals(200, a.refresh(rotated.refreshToken()).status());
    }

    @Test
    void aLogoutOnOneNodeIsRefusedOnTheOtherAtOnce() throws Exception {
        Api a = new Api(base);
        Api b = otherNode();
        Pair login = a.newUser();
        assertEquals(200, b.me(login.accessToken()).status(), "warms the other node's near cache");

        long ended = System.nanoTime();
        assertEquals(204, a.post("api/auth/logout", null, login.accessToken()).status());
        Reply refused = b.me(login.accessToken());
        long millis = (System.nanoTime() - ended) / 1_000_000;

        assertEquals("session_revoked", refused.code());
        assertTrue(millis < 1000, millis + " ms");
        System.out.println("logout on one node to its refusal on the other: " + millis + " ms");
    }

    @Test
    void logoutEverywhereOnOneNodeIsRefusedOnTheOtherAndANewLoginWorksOnBoth() throws Exception {
        Api a = new Api(base);
        Api b = otherNode();
        Pair login = a.newUser();
        String email = a.me(login.accessToken()).json().getString("email");
        assertEquals(200, b.me(login.accessToken()).status());

        assertEquals(204, b.post("api/auth/logout-all", null, login.accessToken()).status());
        assertEquals("user_revoked", a.me(login.accessToken()).code());
        assertEquals("user_revoked", b.me(login.accessToken()).code());

        Pair again = b.loginOk(email);
        assertEquals(200, a.me(again.accessToken()).status());
        assertEquals(200, b.me(again.accessToken()).status());
    }

    private static long sessionGeneration(UUID session) throws Exception {
        return Database.number("select generation from sessions where id = ?", session);
    }
}
