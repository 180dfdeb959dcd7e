import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Latency figures of a running session-auth: login (the password hash), the request check on
 * GET /api/me, sequential refresh rotations, and a 50-way burst of refreshes of one token.
 * JDK only: {@code java bench/Bench.java [base-url] [rounds]}.
 */
public class Bench {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static URI base;

    public static void main(String[] args) throws Exception {
        base = URI.create(args.length > 0 ? args[0] : "http://localhost:8080/");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        String email = "bench-" + UUID.randomUUID() + "@example.com";
        String credentials = "{\"email\":\"" + email + "\",\"password\":\"correct horse battery\"}";
        expect(201, post("api/auth/register", credentials, null));

        List<Long> logins = new ArrayList<>();
        String pair = null;
        for (int i = 0; i < rounds; i++) {
            long t = System.nanoTime();
            pair = expect(200, post("api/auth/login", credentials, null));
            logins.add(System.nanoTime() - t);
        }
        report("login (PBKDF2-SHA256, 600k iterations)", logins);

        String access = field(pair, "access_token");
        for (int i = 0; i < 200; i++) {
            expect(200, get("api/me", access));
        }
        List<Long> checks = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            long t = System.nanoTime();
            expect(200, get("api/me", access));
            checks.add(System.nanoTime() - t);
        }
        report("GET /api/me (MP-JWT + revocation check, warm)", checks);

        String refresh = field(pair, "refresh_token");
        List<Long> rotations = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            long t = System.nanoTime();
            refresh = field(expect(200, post("api/auth/refresh", "{\"refresh_token\":\"" + refresh + "\"}", null)),
                    "refresh_token");
            rotations.add(System.nanoTime() - t);
        }
        report("refresh, one client (rotation)", rotations);

        List<Long> burst = new ArrayList<>();
        try (ExecutorService clients = Executors.newFixedThreadPool(50)) {
            for (int round = 0; round < rounds; round++) {
                String token = field(expect(200, post("api/auth/login", credentials, null)), "refresh_token");
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Long>> answers = new ArrayList<>();
                for (int i = 0; i < 50; i++) {
                    answers.add(clients.submit(() -> {
                        start.await();
                        long t = System.nanoTime();
                        expect(200, post("api/auth/refresh", "{\"refresh_token\":\"" + token + "\"}", null));
                        return System.nanoTime() - t;
                    }));
                }
                start.countDown();
                for (Future<Long> answer : answers) {
                    burst.add(answer.get());
                }
            }
        }
        report("refresh, 50 concurrent requests with one token (1 rotation + 49 grace replays)", burst);
    }

    private static HttpResponse<String> get(String path, String bearer) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + bearer)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String json, String bearer) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.uri() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }

    private static void report(String what, List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        System.out.printf("%-80s n=%5d  p50=%7.2f ms  p99=%7.2f ms  max=%7.2f ms%n", what, sorted.size(),
                at(sorted, 0.50), at(sorted, 0.99), sorted.getLast() / 1e6);
    }

    private static double at(List<Long> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
    }
}
