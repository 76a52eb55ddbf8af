package org.casebridge.platform.testing;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.function.Predicate;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.PathNotFoundException;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * HTTP calls of end-to-end tests to services started in the same JVM: every test user has {@link #PASSWORD}
 * (bcrypt hash: {@link #PASSWORD_HASH}), commands carry an Idempotency-Key, and a helper waits until another
 * service's projection caught up.
 */
public final class ServiceRequests {

    public static final String PASSWORD = "end-to-end";
    /** Cost 4: the tests log in on every call. */
    public static final String PASSWORD_HASH = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD);

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ServiceRequests() {
    }

    /** A JSON command; {@code idempotencyKey} null sends none (to test that it is required). */
    public static HttpResponse<String> post(ConfigurableApplicationContext service, String user, String path,
                                            String idempotencyKey, String body) throws IOException, InterruptedException {
        return post(service, user, path, idempotencyKey, "application/json", body);
    }

    /** A command with any content type (to test that only JSON is taken). */
    public static HttpResponse<String> post(ConfigurableApplicationContext service, String user, String path,
                                            String idempotencyKey, String contentType, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = request(service, user, path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public static HttpResponse<String> get(ConfigurableApplicationContext service, String user, String path)
            throws IOException, InterruptedException {
        return HTTP.send(request(service, user, path).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A JSON replacement of a resource (no Idempotency-Key: a PUT is idempotent by itself). */
    public static HttpResponse<String> put(ConfigurableApplicationContext service, String user, String path, String body)
            throws IOException, InterruptedException {
        return HTTP.send(request(service, user, path).header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public static HttpResponse<String> delete(ConfigurableApplicationContext service, String user, String path)
            throws IOException, InterruptedException {
        return HTTP.send(request(service, user, path).DELETE().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public static DocumentContext json(HttpResponse<String> response) {
        return JsonPath.parse(response.body());
    }

    /** A fresh Idempotency-Key. */
    public static String key() {
        return UUID.randomUUID().toString();
    }

    /** Waits (30 s at most) until what {@code read} returns satisfies {@code done}, and returns it. */
    public static DocumentContext awaitUntil(Read read, Predicate<DocumentContext> done) {
        DocumentContext[] last = new DocumentContext[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            try {
                last[0] = read.read();
                return done.test(last[0]);
            } catch (PathNotFoundException e) {
                return false;
            }
        });
        return last[0];
    }

    /** Waits until the user sees the referral in {@code status}. */
    public static DocumentContext awaitStatus(ConfigurableApplicationContext service, String user, String referralId,
                                              String status) {
        return awaitUntil(() -> {
            HttpResponse<String> response = get(service, user, "/api/referrals/" + referralId);
            return response.statusCode() == 200 ? json(response) : JsonPath.parse("{}");
        }, view -> status.equals(view.read("$.summary.status", String.class)));
    }

    private static HttpRequest.Builder request(ConfigurableApplicationContext service, String user, String path) {
        String port = service.getEnvironment().getProperty("local.server.port");
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", basic(user));
    }

    /** The HTTP Basic {@code Authorization} value of a test user (password {@link #PASSWORD}). */
    public static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /** A read that may fail while the data is not there yet. */
    @FunctionalInterface
    public interface Read {
        DocumentContext read() throws Exception;
    }
}
