package org.casebridge.endtoend;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.casebridge.platform.testing.ApicurioRegistry;
import org.casebridge.platform.testing.LocalPorts;
import org.casebridge.platform.testing.ServiceRequests;

/**
 * A CaseBridge service in a JVM of its own, started from the runnable jar this reactor build packaged before the
 * integration tests: a process a test can kill with SIGKILL. Its users' password is {@link ServiceRequests#PASSWORD}.
 */
final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Process process;
    private final int port;

    private ServiceProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Starts the service of {@code module} (e.g. {@code police-service}) on a free port, its output in a temporary
     * log file named after {@code instance}.
     */
    static ServiceProcess start(String module, String instance, List<String> arguments) throws IOException {
        int port = LocalPorts.free();
        Path log = Files.createTempFile("casebridge-" + instance, ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", jar(module).toString(), "--server.port=" + port));
        command.addAll(arguments);
        return new ServiceProcess(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                .start(), port);
    }

    /** The arguments that put a service on this broker, registry, keys directory and database (user postgres). */
    static List<String> on(String brokers, ApicurioRegistry registry, Path keys, String database) {
        return List.of("--spring.kafka.bootstrap-servers=" + brokers,
                "--casebridge.registry-url=" + registry.url(),
                "--casebridge.keys-dir=" + keys,
                "--casebridge.data-dir=" + keys,
                "--spring.datasource.url=" + database,
                "--spring.datasource.username=postgres");
    }

    /** The arguments of the service's only user, an OFFICER of {@code unit}. */
    static List<String> officer(String username, String name, String unit) {
        String user = "--casebridge.security.users[0].";
        return List.of(user + "username=" + username, user + "name=" + name, user + "unit=" + unit,
                user + "roles=OFFICER", user + "password-hash=" + ServiceRequests.PASSWORD_HASH);
    }

    int port() {
        return port;
    }

    /** Waits until the service reports itself ready (its consumers assigned, its database migrated). */
    ServiceProcess awaitReady() {
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> get("/actuator/health/readiness", null).statusCode() == 200);
        return this;
    }

    /** SIGKILL, and waits until the process is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        return send(request(path, user).GET());
    }

    HttpResponse<String> post(String path, String user, String idempotencyKey, String body)
            throws IOException, InterruptedException {
        return send(request(path, user).header("Idempotency-Key", idempotencyKey)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofMinutes(1));
        return user == null ? request : request.header("Authorization", ServiceRequests.basic(user));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static Path jar(String module) throws IOException {
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of("..", module, "target"),
                module + "-*-exec.jar")) {
            for (Path jar : jars) {
                return jar;
            }
        }
        throw new IllegalStateException("no " + module + " exec jar: run the build from the root (mvn -B verify)");
    }
}
