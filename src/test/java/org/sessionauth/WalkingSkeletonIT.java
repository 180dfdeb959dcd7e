package org.sessionauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sessionauth.Api.Pair;
import org.sessionauth.Api.Reply;
import org.sessionauth.platform.control.HotStore;
import org.sessionauth.platform.control.RedisHotStore;

/** The main job end to end, on Payara Micro against the real PostgreSQL and Redis. */
@ExtendWith(ArquillianExtension.class)
class WalkingSkeletonIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.service(WalkingSkeletonIT.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    HotStore hotStore;

    @PersistenceContext
    EntityManager em;

    @Test
    void runsOnPostgresqlAndRedis() {
        assertInstanceOf(RedisHotStore.class, hotStore);
        String database = (String) em.createNativeQuery("select version()").getSingleResult();
        assertTrue(database.startsWith("PostgreSQL"), database);
        assertEquals("org.hibernate.internal.SessionImpl", em.getDelegate().getClass().getName());
    }

    @Test
    @RunAsClient
    void registerLoginMeLogoutAllThenLoginAgain() {
        Api api = new Api(base);
        String email = Api.newEmail();
        Reply registered = api.register(email, Api.PASSWORD);
        assertEquals(201, registered.status());
        assertEquals(email, registered.json().getString("email"));
        String id = registered.json().getString("id");

        Pair first = api.loginOk(email);
        Reply me = api.me(first.accessToken());
        assertEquals(200, me.status());
        assertEquals(id, me.json().getString("id"));
        assertEquals("[\"user\"]", me.json().getJsonArray("roles").toString());
        assertEquals(first.sessionId(), first.claims().getString("sid"));
        assertEquals(200, api.getAuthorized("api/me", "bearer  " + first.accessToken()).status(),
                "the scheme is case-insensitive (RFC 7235)");

        assertEquals(204, api.post("api/auth/logout-all", null, first.accessToken()).status());
        Reply refused = api.me(first.accessToken());
        assertEquals(401, refused.status());
        assertEquals("user_revoked", refused.code());
        assertTrue(refused.header("WWW-Authenticate").startsWith("Bearer "));
        assertTrue(refused.header("WWW-Authenticate").contains("error=\"invalid_token\""));
        assertEquals("application/problem+json", refused.header("Content-Type"));
        assertEquals("user_revoked", api.refresh(first.refreshToken()).code());

        Pair second = api.loginOk(email);
        assertEquals(200, api.me(second.accessToken()).status());
    }

    @Test
    @RunAsClient
    void wrongPasswordUnknownAddressAndMalformedInputAreRefusedPlainly() {
        Api api = new Api(base);
        String email = Api.newEmail();
        api.register(email, Api.PASSWORD);

        Reply wrongPassword = api.login(email, "not the password at all");
        Reply unknown = api.login(Api.newEmail(), "not the password at all");
        assertEquals(401, wrongPassword.status());
        assertEquals("invalid_credentials", wrongPassword.code());
        assertEquals(wrongPassword.body(), unknown.body());

        Reply taken = api.register(email.toUpperCase(), Api.PASSWORD);
        assertEquals(409, taken.status());
        assertEquals("email_taken", taken.code());

        Reply malformed = api.post("api/auth/login", "{\"email\": \"a@b.example\", ", null);
        assertEquals(400, malformed.status());
        assertEquals("malformed_body", malformed.code());

        Reply invalid = api.register("not an address", "short");
        assertEquals(422, invalid.status());
        assertEquals("invalid_input", invalid.code());
        assertTrue(invalid.json().getString("detail").contains("email"), invalid.body());
        assertTrue(invalid.json().getString("detail").contains("password"), invalid.body());

        assertEquals(422, api.post("api/auth/refresh", "{}", null).status());
        assertEquals("token_missing", api.me(null).code());
    }

    @Test
    @RunAsClient
    void aLoggedOutSessionsTokensAreRefusedAndOtherSessionsLiveOn() {
        Api api = new Api(base);
        String email = Api.newEmail();
        api.register(email, Api.PASSWORD);
        Pair phone = api.loginOk(email);
        Pair laptop = api.loginOk(email);

        assertEquals(204, api.post("api/auth/logout", null, phone.accessToken()).status());
        Reply refused = api.me(phone.accessToken());
        assertEquals(401, refused.status());
        assertEquals("session_revoked", refused.code());
        assertEquals("session_revoked", api.refresh(phone.refreshToken()).code());
        assertEquals(200, api.me(laptop.accessToken()).status());

        Reply byRefreshToken = api.post("api/auth/logout",
                "{\"refresh_token\":\"" + laptop.refreshToken() + "\"}", "an.expired.token");
        assertEquals(204, byRefreshToken.status());
        assertEquals(204, api.post("api/auth/logout",
                "{\"refresh_token\":\"" + laptop.refreshToken() + "\"}", null).status());
        assertEquals("session_revoked", api.me(laptop.accessToken()).code());
    }

    @Test
    @RunAsClient
    void aRotatedRefreshTokenIsRefusedAndTheSessionDiesWithIt() {
        Api api = new Api(base);
        Pair login = api.newUser();
        Pair rotated = Pair.of(api.refresh(login.refreshToken()));
        assertNotEquals(login.refreshToken(), rotated.refreshToken());
        assertEquals(200, api.me(rotated.accessToken()).status());
        Pair newest = Pair.of(api.refresh(rotated.refreshToken()));

        Reply reused = api.refresh(login.refreshToken());
        assertEquals(401, reused.status());
        assertEquals("refresh_reused", reused.code());
        assertEquals("session_revoked", api.refresh(newest.refreshToken()).code());
        assertEquals("session_revoked", api.me(newest.accessToken()).code());
        assertEquals("token_invalid", api.refresh("not-a-token-we-issued").code());
        assertEquals("token_invalid", api.refresh(newest.accessToken()).code());
    }

    @Test
    @RunAsClient
    void aRetryWithinTheGraceWindowGetsTheSamePairByteForByte() {
        Api api = new Api(base);
        Pair login = api.newUser();
        Reply first = api.refresh(login.refreshToken());
        Reply retry = api.refresh(login.refreshToken());
        assertEquals(200, retry.status());
        assertEquals(first.body(), retry.body());
    }

    /** DESIGN §4.2: the revocation instant splits tokens exactly, also within one second. */
    @Test
    @RunAsClient
    void aTokenMintedRightAfterLogoutAllWorksInTheSameSecond() {
        Api api = new Api(base);
        String email = Api.newEmail();
        api.register(email, Api.PASSWORD);
        int sameSecond = 0;
        for (int round = 0; round < 8; round++) {
            Pair before = api.loginOk(email);
            assertEquals(204, api.post("api/auth/logout-all", null, before.accessToken()).status());
            Pair after = api.loginOk(email);
            assertEquals("user_revoked", api.me(before.accessToken()).code());
            assertEquals(200, api.me(after.accessToken()).status(), "round " + round);
            if (before.claims().getJsonNumber("iat").longValue() == after.claims().getJsonNumber("iat").longValue()) {
                sameSecond++;
            }
        }
        assertTrue(sameSecond > 0, "no round fell within one second; the test proved nothing");
    }

    @Test
    void aRevocationReachesRedisBeforeItIsAnswered() throws Exception {
        Api api = new Api(base);
        Pair login = api.newUser();
        UUID user = UUID.fromString(login.claims().getString("sub"));
        assertEquals("0|1", hotStore.get("session-auth:user:" + user).orElseThrow());
        api.post("api/auth/logout-all", null, login.accessToken());
        assertEquals("1|1", hotStore.get("session-auth:user:" + user).orElseThrow());
    }
}
