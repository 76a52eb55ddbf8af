package org.casebridge.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A running {@link WebTestApplication} on a random port in local-user mode, one officer configured, and an HTTP
 * client speaking to it over the wire (so chunked bodies and Content-Length are real). Subclasses share one context.
 */
@SpringBootTest(classes = WebTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:web-api;DB_CLOSE_DELAY=-1",
                "casebridge.referrals.consumer.enabled=false",
                "casebridge.web.max-request-bytes=" + WebApiTest.LIMIT})
public abstract class WebApiTest {

    protected static final int LIMIT = 2048;
    protected static final String OFFICER = "zhang.xiaoming";
    protected static final String PASSWORD = "test-only-password";

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void officer(DynamicPropertyRegistry registry) {
        String user = "casebridge.security.users[0].";
        registry.add(user + "username", () -> OFFICER);
        // Cost 4 instead of 10: same algorithm, quicker tests.
        registry.add(user + "password-hash", () -> "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD));
        registry.add(user + "name", () -> "张晓明");
        registry.add(user + "unit", () -> "FORESTRY:150200");
        registry.add(user + "roles", () -> "OFFICER,APPROVER");
    }

    /** The port the application listens on, for requests an HTTP client would not send. */
    protected int port() {
        return port;
    }

    protected HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    protected HttpRequest.Builder asOfficer(String path) {
        return request(path).header("Authorization", basic(OFFICER, PASSWORD));
    }

    protected static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString(
                (username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A JSON body sent with Content-Length. */
    protected static BodyPublisher json(String body) {
        return BodyPublishers.ofString(body, StandardCharsets.UTF_8);
    }

    /** A body sent chunked: the client cannot know its length in advance. */
    protected static BodyPublisher chunked(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes));
    }

    protected static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Sends the request and checks the answer is problem+json with the status and the problem type given. */
    protected static DocumentContext problem(HttpRequest.Builder request, int status, String type)
            throws IOException, InterruptedException {
        HttpResponse<String> response = send(request);
        assertThat(response.statusCode()).as("answer %s", response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(contentType ->
                assertThat(contentType).startsWith("application/problem+json"));
        DocumentContext problem = JsonPath.parse(response.body());
        assertThat(problem.read("$.type", String.class)).isEqualTo(Problems.TYPE_BASE + type);
        assertThat(problem.read("$.status", Integer.class)).isEqualTo(status);
        assertThat(problem.read("$.title", String.class)).isNotBlank();
        return problem;
    }

    /** A command body of about the given size. */
    protected static String commandOfSize(int bytes) {
        return "{\"title\":\"" + "x".repeat(bytes) + "\",\"quantity\":1,\"parties\":[]}";
    }
}
