package org.casebridge.localstack.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.casebridge.localstack.StackPorts;
import org.casebridge.localstack.StackService;
import org.casebridge.localstack.service.ServiceLauncher;
import org.casebridge.localstack.users.DemoUsers;

/** The services' referral and lead APIs as the demo users call them: HTTP Basic, JSON, UTF-8. */
final class ServiceApi {

    /** Above the services' own wait for a command's event (then they answer 503 themselves). */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final StackPorts ports;
    private final DemoUsers users;

    ServiceApi(StackPorts ports, DemoUsers users) {
        this.ports = ports;
        this.users = users;
    }

    /** A command with its idempotency key and {@code body} (the step's, its placeholders filled in). */
    HttpResponse<String> post(DemoStep step, String path, String body) {
        return send(request(step.service(), step.username(), path)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", step.key())
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    /** {@code GET} of a referral or lead as the user sees it. */
    HttpResponse<String> get(StackService service, String username, String path) {
        return send(request(service, username, path).GET().build());
    }

    private HttpRequest.Builder request(StackService service, String username, String path) {
        String login = username + ":" + users.password(username);
        return HttpRequest.newBuilder(URI.create(ServiceLauncher.url(ports, service) + path)).timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json")
                .header("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString(login.getBytes(StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new DemoFailedException(request.method() + " " + request.uri() + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoFailedException("interrupted during " + request.method() + " " + request.uri());
        }
    }
}
