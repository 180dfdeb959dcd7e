package org.sessionauth;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

/** The service's HTTP API as a client sees it, for black-box tests. */
public final class Api {

    public static final String PASSWORD = "correct horse battery staple";

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public Api(URL base) {
        try {
            this.base = base.toURI();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public record Reply(int status, java.net.http.HttpHeaders headers, String body) {
        public JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        public JsonArray array() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readArray();
            }
        }

        public String code() {
            return json().getString("code");
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    /** A login's answer. */
    public record Pair(String accessToken, String refreshToken, String sessionId, String raw) {
        static Pair of(Reply reply) {
            if (reply.status() != 200) {
                throw new AssertionError("expected a token pair, got " + reply.status() + " " + reply.body());
            }
            JsonObject json = reply.json();
            return new Pair(json.getString("access_token"), json.getString("refresh_token"),
                    json.getString("session_id"), reply.body());
        }

        /** The access token's claims, read without verification (the test minted nothing). */
        public JsonObject claims() {
            String payload = accessToken.split("\\.")[1];
            try (JsonReader reader = Json.createReader(new StringReader(
                    new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8)))) {
                return reader.readObject();
            }
        }
    }

    public static String newEmail() {
        return "user-" + UUID.randomUUID() + "@example.com";
    }

    public Reply register(String email, String password) {
        return post("api/auth/register", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}", null);
    }

    public Reply login(String email, String password, String... headers) {
        HttpRequest.Builder request = request("api/auth/login", null).header("Content-Type", "application/json");
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.POST(HttpRequest.BodyPublishers.ofString(
                "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}")));
    }

    /** Registers a new user and logs in. */
    public Pair newUser() {
        String email = newEmail();
        Reply registered = register(email, PASSWORD);
        if (registered.status() != 201) {
            throw new AssertionError("registration failed: " + registered.body());
        }
        return Pair.of(login(email, PASSWORD));
    }

    public Pair loginOk(String email) {
        return Pair.of(login(email, PASSWORD));
    }

    public Reply refresh(String refreshToken) {
        return post("api/auth/refresh", "{\"refresh_token\":\"" + refreshToken + "\"}", null);
    }

    public Reply me(String accessToken) {
        return get("api/me", accessToken);
    }

    public Reply get(String path, String bearer) {
        return send(request(path, bearer).GET());
    }

    /** A GET with an Authorization header exactly as given. */
    public Reply getAuthorized(String path, String authorization) {
        return send(request(path, null).header("Authorization", authorization).GET());
    }

    public Reply delete(String path, String bearer) {
        return send(request(path, bearer).DELETE());
    }

    public Reply post(String path, String json, String bearer) {
        HttpRequest.Builder request = request(path, bearer);
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request.POST(json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder request(String path, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return request;
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
