package org.sessionauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
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

/**
 * Credential changes, deactivation and fail-closed refusals (DESIGN §4 rules 1–3, 5–8), seen from
 * a client, with mail delivered over SMTP to a real SMTP server.
 */
@ExtendWith(ArquillianExtension.class)
class CredentialsIT {

    private static final String NEW_PASSWORD = "a brand new passphrase";
    private static Mailbox mailbox;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.service();
    }

    @ArquillianResource
    URL base;

    @BeforeAll
    static void startMailServer() {
        mailbox = new Mailbox().start();
    }

    @AfterAll
    static void stopMailServer() {
        mailbox.close();
    }

    private Api api() {
        return new Api(base);
    }

    private record Account(String email, Pair pair) {
    }

    private Account newAccount() {
        String email = Api.newEmail();
        assertEquals(201, api().register(email, Api.PASSWORD).status());
        return new Account(email, api().loginOk(email));
    }

    private static String json(String... namesAndValues) {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            json.append(i == 0 ? "" : ",").append('"').append(namesAndValues[i]).append("\":\"")
                    .append(namesAndValues[i + 1]).append('"');
        }
        return json.append('}').toString();
    }

    private Pair adminLogin() {
        return Pair.of(api().login(System.getProperty("it.admin.email"), System.getProperty("it.admin.password")));
    }

    // --- password change --------------------------------------------------------------------

    @Test
    void aPasswordChangeFromOneOfThreeSessionsLeavesOnlyTheFreshPairWorking() {
        Api api = api();
        Account account = newAccount();
        Pair laptop = account.pair();
        Pair phone = api.loginOk(account.email());
        Pair tablet = api.loginOk(account.email());

        Reply changed = api.post("api/me/password", json("current_password", Api.PASSWORD, "new_password", NEW_PASSWORD),
                phone.accessToken());
        assertEquals(200, changed.status(), changed.body());
        Pair fresh = Pair.of(changed);

        for (Pair old : List.of(laptop, phone, tablet)) {
            assertEquals("user_revoked", api.me(old.accessToken()).code());
            assertEquals("user_revoked", api.refresh(old.refreshToken()).code());
        }
        assertEquals(200, api.me(fresh.accessToken()).status());
        assertEquals(200, api.refresh(fresh.refreshToken()).status());
        assertEquals(401, api.login(account.email(), Api.PASSWORD).status());
        assertEquals(200, api.login(account.email(), NEW_PASSWORD).status());
    }

    @Test
    void aWrongCurrentPasswordChangesAndRevokesNothing() {
        Api api = api();
        Account account = newAccount();
        Reply refused = api.post("api/me/password",
                json("current_password", "not my password", "new_password", NEW_PASSWORD), account.pair().accessToken());
        assertEquals(401, refused.status());
        assertEquals("invalid_credentials", refused.code());
        assertEquals(200, api.me(account.pair().accessToken()).status());
        assertEquals(200, api.login(account.email(), Api.PASSWORD).status());
        assertEquals(422, api.post("api/me/password", json("current_password", Api.PASSWORD, "new_password", "short"),
                account.pair().accessToken()).status());
    }

    // --- password reset ---------------------------------------------------------------------

    @Test
    void aPasswordResetIsSingleUseRevokesEverythingAndHandsOverAFreshPair() throws Exception {
        Api api = api();
        Account account = newAccount();
        Reply known = api.post("api/auth/password-reset", json("email", account.email().toUpperCase()), null);
        Reply unknown = api.post("api/auth/password-reset", json("email", Api.newEmail()), null);
        assertEquals(202, known.status());
        assertEquals(known.status(), unknown.status());
        assertEquals(known.body(), unknown.body());

        MimeMessage mail = mailbox.await(account.email(), 1).getFirst();
        assertEquals(200, api.me(account.pair().accessToken()).status(), "asking for a reset revokes nothing");
        String token = Mailbox.token(mail);

        Reply confirmed = api.post("api/auth/password-reset/confirm", json("token", token, "new_password", NEW_PASSWORD),
                null);
        assertEquals(200, confirmed.status(), confirmed.body());
        Pair fresh = Pair.of(confirmed);
        assertEquals("user_revoked", api.me(account.pair().accessToken()).code());
        assertEquals("user_revoked", api.refresh(account.pair().refreshToken()).code());
        assertEquals(200, api.me(fresh.accessToken()).status());
        assertEquals(200, api.login(account.email(), NEW_PASSWORD).status());

        Reply again = api.post("api/auth/password-reset/confirm", json("token", token, "new_password", "yet another one"),
                null);
        assertEquals(400, again.status());
        assertEquals("link_invalid", again.code());
        assertEquals(200, api.me(fresh.accessToken()).status());
    }

    @Test
    void aResetLinkDiesWhenTheAddressChangesAndAConfirmationLinkWhenThePasswordChanges() throws Exception {
        Api api = api();
        Account account = newAccount();
        api.post("api/auth/password-reset", json("email", account.email()), null);
        String resetToken = Mailbox.token(mailbox.await(account.email(), 1).getFirst());

        String newEmail = Api.newEmail();
        assertEquals(202, api.post("api/me/email", json("new_email", newEmail, "password", Api.PASSWORD),
                account.pair().accessToken()).status());
        Pair afterEmailChange = Pair.of(api.post("api/auth/email/confirm",
                json("token", Mailbox.token(mailbox.await(newEmail, 1).getFirst())), null));
        assertEquals("link_invalid", api.post("api/auth/password-reset/confirm",
                json("token", resetToken, "new_password", NEW_PASSWORD), null).code());

        String newerEmail = Api.newEmail();
        api.post("api/me/email", json("new_email", newerEmail, "password", Api.PASSWORD), afterEmailChange.accessToken());
        String confirmation = Mailbox.token(mailbox.await(newerEmail, 1).getFirst());
        assertEquals(200, api.post("api/me/password", json("current_password", Api.PASSWORD, "new_password",
                NEW_PASSWORD), afterEmailChange.accessToken()).status());
        assertEquals("link_invalid", api.post("api/auth/email/confirm", json("token", confirmation), null).code());
    }

    @Test
    void twoLinksOfOneUserRedeemedAtOnceGiveOneChangeAndOneRefusalNeverAServerError() throws Exception {
        Api api = api();
        Account account = newAccount();
        api.post("api/auth/password-reset", json("email", account.email()), null);
        api.post("api/auth/password-reset", json("email", account.email()), null);
        List<String> links = mailbox.await(account.email(), 2).stream().map(Mailbox::token).toList();
        List<Reply> answers = race(
                () -> api.post("api/auth/password-reset/confirm", json("token", links.get(0), "new_password", NEW_PASSWORD),
                        null),
                () -> api.post("api/auth/password-reset/confirm", json("token", links.get(1), "new_password",
                        "the other new passphrase"), null));
        List<Integer> statuses = answers.stream().map(Reply::status).sorted().toList();
        assertEquals(List.of(200, 400), statuses, answers.toString());
    }

    @Test
    void aPasswordChangeAndAResetRacingNeverBothSucceed() throws Exception {
        Api api = api();
        Account account = newAccount();
        api.post("api/auth/password-reset", json("email", account.email()), null);
        String link = Mailbox.token(mailbox.await(account.email(), 1).getFirst());
        List<Reply> answers = race(
                () -> api.post("api/auth/password-reset/confirm", json("token", link, "new_password", NEW_PASSWORD), null),
                () -> api.post("api/me/password", json("current_password", Api.PASSWORD, "new_password",
                        "the thief's passphrase"), account.pair().accessToken()));
        Reply reset = answers.get(0);
        Reply change = answers.get(1);
        // Whichever comes first wins; the loser is refused, because the reset revokes the
        // changer's token and a password change kills every pending reset link.
        if (reset.status() == 200) {
            assertEquals("user_revoked", change.code(), answers.toString());
            assertEquals(200, api.login(account.email(), NEW_PASSWORD).status());
        } else {
            assertEquals("link_invalid", reset.code(), answers.toString());
            assertEquals(200, change.status(), answers.toString());
            assertEquals(200, api.login(account.email(), "the thief's passphrase").status());
        }
    }

    private static List<Reply> race(java.util.concurrent.Callable<Reply> first, java.util.concurrent.Callable<Reply> second)
            throws Exception {
        try (var racers = java.util.concurrent.Executors.newFixedThreadPool(2)) {
            var start = new java.util.concurrent.CountDownLatch(1);
            var one = racers.submit(() -> {
                start.await();
                return first.call();
            });
            var two = racers.submit(() -> {
                start.await();
                return second.call();
            });
            start.countDown();
            return List.of(one.get(), two.get());
        }
    }

    // --- e-mail change ----------------------------------------------------------------------

    @Test
    void anEmailChangeIsConfirmedFromTheNewAddressTheOldOneIsToldAndOldTokensDie() throws Exception {
        Api api = api();
        Account account = newAccount();
        String newEmail = Api.newEmail();
        Reply requested = api.post("api/me/email", json("new_email", newEmail, "password", Api.PASSWORD),
                account.pair().accessToken());
        assertEquals(202, requested.status());

        MimeMessage confirmation = mailbox.await(newEmail, 1).getFirst();
        MimeMessage notice = mailbox.await(account.email(), 1).getFirst();
        assertTrue(Mailbox.body(notice).contains(newEmail), Mailbox.body(notice));
        assertFalse(Mailbox.body(notice).contains("token="), "the old address gets no link");
        assertEquals(account.email(), api.me(account.pair().accessToken()).json().getString("email"),
                "nothing changes before confirmation");

        Pair fresh = Pair.of(api.post("api/auth/email/confirm", json("token", Mailbox.token(confirmation)), null));
        assertEquals(newEmail, api.me(fresh.accessToken()).json().getString("email"));
        assertEquals("user_revoked", api.me(account.pair().accessToken()).code());
        assertEquals(401, api.login(account.email(), Api.PASSWORD).status());
        assertEquals(200, api.login(newEmail.toUpperCase(), Api.PASSWORD).status());
        assertEquals("link_invalid", api.post("api/auth/email/confirm", json("token", Mailbox.token(confirmation)),
                null).code());
    }

    @Test
    void anAddressAnotherUserHoldsIsAConflictAtRequestAndAtConfirmation() throws Exception {
        Api api = api();
        Account account = newAccount();
        Account other = newAccount();
        Reply taken = api.post("api/me/email", json("new_email", other.email().toUpperCase(), "password", Api.PASSWORD),
                account.pair().accessToken());
        assertEquals(409, taken.status());
        assertEquals("email_taken", taken.code());

        String contested = Api.newEmail();
        api.post("api/me/email", json("new_email", contested, "password", Api.PASSWORD), account.pair().accessToken());
        String token = Mailbox.token(mailbox.await(contested, 1).getFirst());
        assertEquals(201, api.register(contested.toUpperCase(), Api.PASSWORD).status());
        Reply atConfirmation = api.post("api/auth/email/confirm", json("token", token), null);
        assertEquals(409, atConfirmation.status());
        assertEquals("email_taken", atConfirmation.code());
        assertEquals(200, api.me(account.pair().accessToken()).status(), "a refused change revokes nothing");

        Reply wrongPassword = api.post("api/me/email", json("new_email", Api.newEmail(), "password", "not mine"),
                account.pair().accessToken());
        assertEquals("invalid_credentials", wrongPassword.code());
    }

    // --- mail ---------------------------------------------------------------------------------

    @Test
    void mailIsKeptInTheOutboxAndRetriedUntilTheSmtpServerAnswers() throws Exception {
        Api api = api();
        Account account = newAccount();
        mailbox.stop();
        try {
            api.post("api/auth/password-reset", json("email", account.email()), null);
            long failedAttempts = 0;
            for (int i = 0; i < 100 && failedAttempts == 0; i++) {
                Thread.sleep(100);
                failedAttempts = outboxAttempts(account.email());
            }
            assertTrue(failedAttempts > 0, "a failed delivery is recorded");
        } finally {
            mailbox.start();
        }
        MimeMessage delivered = mailbox.await(account.email(), 1).getFirst();
        assertEquals("Reset your password", Mailbox.subject(delivered));
    }

    private static long outboxAttempts(String recipient) throws Exception {
        return Database.number(
                "select coalesce(sum(attempts), 0) from mail_outbox where recipient = ? and last_error is not null",
                recipient);
    }

    // --- admin and deactivation -------------------------------------------------------------

    @Test
    void deactivationShutsTheUserOutAtOnceAndReactivationRevivesNoToken() throws Exception {
        Api api = api();
        Account account = newAccount();
        String id = account.pair().claims().getString("sub");
        Pair admin = adminLogin();

        api.post("api/auth/password-reset", json("email", account.email()), null);
        String resetLink = Mailbox.token(mailbox.await(account.email(), 1).getFirst());
        assertEquals(204, api.post("api/admin/users/" + id + "/deactivate", null, admin.accessToken()).status());
        assertEquals("user_inactive", api.me(account.pair().accessToken()).code());
        assertEquals("user_inactive", api.refresh(account.pair().refreshToken()).code());
        Reply login = api.login(account.email(), Api.PASSWORD);
        Reply wrongPassword = api.login(account.email(), "not the password");
        assertEquals(401, login.status());
        assertEquals(wrongPassword.body(), login.body());

        assertEquals(204, api.post("api/admin/users/" + id + "/reactivate", null, admin.accessToken()).status());
        assertEquals("user_revoked", api.me(account.pair().accessToken()).code());
        assertEquals("user_revoked", api.refresh(account.pair().refreshToken()).code());
        assertEquals("link_invalid", api.post("api/auth/password-reset/confirm",
                json("token", resetLink, "new_password", NEW_PASSWORD), null).code(), "no link revives either");
        Pair again = api.loginOk(account.email());
        assertEquals(true, api.me(again.accessToken()).json().getBoolean("active"));
        assertEquals(204, api.post("api/admin/users/" + id + "/reactivate", null, admin.accessToken()).status());
        assertEquals(200, api.me(again.accessToken()).status(), "reactivating an active account changes nothing");
    }

    @Test
    void onlyAnAdminMayActAndOnlyOnSomeoneElse() {
        Api api = api();
        Account user = newAccount();
        Account victim = newAccount();
        String victimId = victim.pair().claims().getString("sub");
        Reply forbidden = api.post("api/admin/users/" + victimId + "/revoke", null, user.pair().accessToken());
        assertEquals(403, forbidden.status());
        assertEquals("application/problem+json", forbidden.header("Content-Type"));
        assertEquals(401, api.post("api/admin/users/" + victimId + "/revoke", null, null).status());
        assertEquals(200, api.me(victim.pair().accessToken()).status());

        Pair admin = adminLogin();
        assertEquals(true, admin.claims().getJsonArray("groups").toString().contains("admin"));
        assertEquals(204, api.post("api/admin/users/" + victimId + "/revoke", null, admin.accessToken()).status());
        assertEquals("user_revoked", api.me(victim.pair().accessToken()).code());
        assertEquals(404, api.post("api/admin/users/" + java.util.UUID.randomUUID() + "/revoke", null,
                admin.accessToken()).status());
        assertEquals("cannot_deactivate_self", api.post("api/admin/users/" + admin.claims().getString("sub")
                + "/deactivate", null, admin.accessToken()).code());
    }

    // --- audit --------------------------------------------------------------------------------

    @Test
    void theAuditTrailListsTheCallersRevocationsNewestFirstAPageAtATime() {
        Api api = api();
        Account account = newAccount();
        Pair second = api.loginOk(account.email());
        api.post("api/auth/logout", null, account.pair().accessToken());
        Pair fresh = Pair.of(api.post("api/me/password",
                json("current_password", Api.PASSWORD, "new_password", NEW_PASSWORD), second.accessToken()));

        Reply audit = api.get("api/me/audit", fresh.accessToken());
        assertEquals(200, audit.status());
        List<JsonObject> events = audit.array().getValuesAs(JsonObject.class);
        assertEquals(2, events.size());
        assertEquals("user", events.get(0).getString("scope"));
        assertEquals("password_changed", events.get(0).getString("reason"));
        assertEquals("self", events.get(0).getString("actor"));
        assertEquals("session", events.get(1).getString("scope"));
        assertEquals("logout", events.get(1).getString("reason"));
        assertEquals(account.pair().sessionId(), events.get(1).getString("session_id"));
        assertTrue(Instant.parse(events.get(0).getString("occurred_at"))
                .isAfter(Instant.parse(events.get(1).getString("occurred_at"))));

        Reply firstPage = api.get("api/me/audit?size=1", fresh.accessToken());
        assertEquals(1, firstPage.array().size());
        assertTrue(firstPage.header("Link").contains("page=1"), firstPage.header("Link"));
        Reply lastPage = api.get("api/me/audit?size=1&page=1", fresh.accessToken());
        assertEquals("logout", lastPage.array().getJsonObject(0).getString("reason"));
        assertNull(lastPage.header("Link"));
        for (String bad : List.of("size=1000", "size=0", "page=-1", "page=abc", "page=2147483647", "size=1.5")) {
            assertEquals(422, api.get("api/me/audit?" + bad, fresh.accessToken()).status(), bad);
        }
    }

    // --- fail closed, one error shape -------------------------------------------------------

    @Test
    void validlySignedTokensWithMissingOrMistypedClaimsAreInvalidNeverAServerError() {
        Api api = api();
        JsonObject real = newAccount().pair().claims();
        assertEquals(200, api.me(TestTokens.resign(real, claims -> claims)).status(), "the test key is the service's");
        assertEquals(200, api.me(TestTokens.resign(real, with("iat", real.getJsonNumber("iat").longValue() + 30)))
                .status(), "a node whose clock runs ahead mints tokens that work");

        List<UnaryOperator<Map<String, Object>>> forgeries = List.of(
                without("sub"), without("iat"), without("sid"), without("jti"), without("ugen"), without("sgen"),
                with("iat", String.valueOf(real.getJsonNumber("iat").longValue())), with("iat", 1.5e9 + 0.5),
                with("sid", 42L), with("groups", "user"), with("sub", "not-a-uuid"), with("ugen", "0"),
                with("sgen", 0.5));
        for (UnaryOperator<Map<String, Object>> forgery : forgeries) {
            String token = TestTokens.resign(real, forgery);
            Reply refused = api.me(token);
            assertEquals(401, refused.status(), refused.body());
            assertEquals("token_invalid", refused.code(), refused.body());
            assertTrue(refused.header("WWW-Authenticate").contains("error=\"invalid_token\""));
        }
    }

    @Test
    void tokensTheContainerRefusesGetTheSameErrorShape() {
        Api api = api();
        JsonObject real = newAccount().pair().claims();
        long now = Instant.now().getEpochSecond();
        Map<String, String> expected = Map.of(
                TestTokens.resign(real, with("exp", now - 10)), "token_expired",
                TestTokens.resign(real, with("iss", "https://evil.example")), "token_invalid",
                TestTokens.resign(real, with("aud", "someone-else")), "token_invalid",
                TestTokens.resign(real, claims -> claims).replaceAll(".$", "A").replaceAll("..$", "AB"), "token_invalid",
                "not.a.jwt", "token_invalid");
        expected.forEach((token, code) -> {
            Reply refused = api.me(token);
            assertEquals(401, refused.status(), refused.body());
            assertEquals(code, refused.code());
            assertEquals("application/problem+json", refused.header("Content-Type"));
            assertTrue(refused.header("WWW-Authenticate").startsWith("Bearer realm=\"session-auth\", error=\"invalid_token\""));
        });
        Account account = newAccount();
        Reply loginWithStaleHeader = api.post("api/auth/login", json("email", account.email(), "password", Api.PASSWORD),
                TestTokens.resign(real, with("exp", now - 10)));
        assertEquals(200, loginWithStaleHeader.status(), "public endpoints ignore a refused token");
    }

    @Test
    void refusalsCarryCorsHeadersForAnAllowedOriginOnly() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.net.URI me = base.toURI().resolve("api/me");
        var allowed = http.send(java.net.http.HttpRequest.newBuilder(me).header("Origin", "https://app.example.com")
                .header("Authorization", "Bearer expired.or.not").build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(401, allowed.statusCode());
        assertEquals("https://app.example.com", allowed.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertTrue(allowed.headers().firstValue("Access-Control-Expose-Headers").orElse("").contains("WWW-Authenticate"));
        var other = http.send(java.net.http.HttpRequest.newBuilder(me).header("Origin", "https://evil.example").build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(401, other.statusCode());
        assertTrue(other.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
        var preflight = http.send(java.net.http.HttpRequest.newBuilder(me).method("OPTIONS",
                java.net.http.HttpRequest.BodyPublishers.noBody()).header("Origin", "https://app.example.com")
                .header("Access-Control-Request-Method", "GET").build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(204, preflight.statusCode());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("").contains("Authorization"));
    }

    // --- no account enumeration ------------------------------------------------------------

    /** DESIGN §4.9: login and reset never tell whether an account exists. */
    @Test
    void loginAnswersAlikeInBodyAndTimeForUnknownWrongPasswordAndDeactivated() {
        Api api = api();
        Account deactivated = newAccount();
        Account existing = newAccount();
        assertEquals(204, api.post("api/admin/users/" + deactivated.pair().claims().getString("sub") + "/deactivate",
                null, adminLogin().accessToken()).status());
        String unknown = Api.newEmail();
        List<Long> unknownTimes = new ArrayList<>();
        List<Long> wrongTimes = new ArrayList<>();
        List<Long> deactivatedTimes = new ArrayList<>();
        java.util.Set<String> answers = new java.util.HashSet<>();
        for (int i = 0; i < 200; i++) {
            answers.add(timed(() -> api.login(unknown, Api.PASSWORD), unknownTimes));
            answers.add(timed(() -> api.login(existing.email(), "not the password"), wrongTimes));
            answers.add(timed(() -> api.login(deactivated.email(), Api.PASSWORD), deactivatedTimes));
        }
        assertEquals(1, answers.size(), answers.toString());
        double unknownMedian = median(unknownTimes);
        double wrongMedian = median(wrongTimes);
        double deactivatedMedian = median(deactivatedTimes);
        System.out.printf("login medians: unknown %.1f ms, wrong password %.1f ms, deactivated %.1f ms%n",
                unknownMedian, wrongMedian, deactivatedMedian);
        double low = Math.min(unknownMedian, Math.min(wrongMedian, deactivatedMedian));
        double high = Math.max(unknownMedian, Math.max(wrongMedian, deactivatedMedian));
        assertTrue(high <= low * 1.10, "medians differ by more than 10 %");
    }

    @Test
    void aResetRequestAnswersAlikeInTimeForKnownAndUnknownAddresses() {
        Api api = api();
        Account account = newAccount();
        List<Long> known = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        Runnable askForKnown = () -> timed(() -> api.post("api/auth/password-reset", json("email", account.email()),
                null), known);
        java.util.Iterator<String> unknownAddresses = java.util.stream.Stream.generate(Api::newEmail).limit(150)
                .toList().iterator();
        Runnable askForUnknown = () -> {
            String body = json("email", unknownAddresses.next());
            timed(() -> api.post("api/auth/password-reset", body, null), unknown);
        };
        for (int i = 0; i < 150; i++) {
            // alternate the order: the work a known address starts in the background must not
            // land on the unknown one's measurement every time
            (i % 2 == 0 ? askForKnown : askForUnknown).run();
            (i % 2 == 0 ? askForUnknown : askForKnown).run();
        }
        double knownMedian = median(known);
        double unknownMedian = median(unknown);
        System.out.printf("reset request medians: known %.2f ms, unknown %.2f ms%n", knownMedian, unknownMedian);
        assertTrue(Math.abs(knownMedian - unknownMedian) <= Math.max(2.0, 0.10 * Math.min(knownMedian, unknownMedian)),
                "reset answers take measurably different times");
    }

    private static String timed(java.util.function.Supplier<Reply> call, List<Long> times) {
        long start = System.nanoTime();
        Reply reply = call.get();
        times.add(System.nanoTime() - start);
        return reply.status() + " " + reply.body();
    }

    private static double median(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2) / 1e6;
    }

    private static UnaryOperator<Map<String, Object>> without(String claim) {
        return claims -> {
            claims.remove(claim);
            return claims;
        };
    }

    private static UnaryOperator<Map<String, Object>> with(String claim, Object value) {
        return claims -> {
            claims.put(claim, value);
            return claims;
        };
    }
}
