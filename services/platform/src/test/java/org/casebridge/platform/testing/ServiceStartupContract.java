package org.casebridge.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What every CaseBridge service must do on start: boot against a broker and report itself, and its Kafka
 * connection, healthy and ready, expose its metrics to Prometheus, and serve exactly the HTTP surface pinned in
 * its {@code api-surface.txt}. A service's integration test extends this in the service's base package (so its
 * {@code @SpringBootApplication} is found) and adds nothing:
 * <pre>{@code class PoliceApplicationIT extends ServiceStartupContract { }}</pre>
 * Needs the service's actuator and web starters, and spring-boot-starter-test and spring-boot-starter-kafka-test.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {"spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
                "spring.datasource.url=jdbc:h2:mem:service-startup;DB_CLOSE_DELAY=-1"})
@EmbeddedKafka(topics = {"referrals", "referrals.dlt", "leads", "leads.dlt"})
// Closed after the class, not by the JVM's shutdown hooks: those race the broker's own log-dir cleanup and
// print disk errors that send readers looking for a fault that is not there.
@DirtiesContext
public abstract class ServiceStartupContract {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String ADMIN = "yun.wei";
    private static final String SURFACE = "/api-surface.txt";
    private static final Path KEYS = SpringBootTestExchange.freshKeys();
    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    @DynamicPropertySource
    static void admin(DynamicPropertyRegistry properties) {
        SpringBootTestExchange.addUser(properties, 0, ServiceContexts.user(ADMIN, "运维", "POLICE:150203", "ADMIN"));
        properties.add("casebridge.keys-dir", () -> KEYS.toString());
    }

    @LocalServerPort
    private int port;

    @Test
    void reportsHealthUpWithKafkaConnected() throws IOException, InterruptedException {
        DocumentContext health = getOk("/actuator/health");

        assertThat(health.read("$.status", String.class)).isEqualTo("UP");
        assertKafkaUp(health);
    }

    @Test
    void showsHealthDetailsToAnAdminOnly() throws IOException, InterruptedException {
        DocumentContext anonymous = getOk("/actuator/health");
        DocumentContext admin = JsonPath.parse(get("/actuator/health", ADMIN).body());

        assertThat(anonymous.read("$.components.kafka", Map.class)).doesNotContainKey("details");
        assertThat(admin.read("$.components.kafka.details.clusterId", String.class)).isNotBlank();
        assertThat(admin.read("$.components.consumerLag.details.groups", Map.class)).isNotEmpty();
    }

    @Test
    void includesKafkaInReadiness() throws IOException, InterruptedException {
        DocumentContext readiness = getOk("/actuator/health/readiness");

        assertThat(readiness.read("$.status", String.class)).isEqualTo("UP");
        assertKafkaUp(readiness);
        assertThat(readiness.read("$.components.consumerLag.status", String.class)).isEqualTo("UP");
    }

    @Test
    void keepsKafkaOutOfLiveness() throws IOException, InterruptedException {
        DocumentContext liveness = getOk("/actuator/health/liveness");

        assertThat(liveness.read("$.status", String.class)).isEqualTo("UP");
        assertThat(liveness.read("$.components", Map.class)).containsOnlyKeys("livenessState");
    }

    @Test
    void publishesItsOpenApiDescriptionWithoutLogin() throws IOException, InterruptedException {
        DocumentContext api = getOk("/v3/api-docs");

        assertThat(api.read("$.openapi", String.class)).startsWith("3.");
        assertThat(get("/swagger-ui/index.html").body()).contains("swagger-ui");
    }

    /**
     * The service's HTTP surface is what its modules bring, no more: every path and method of its OpenAPI
     * document, one {@code METHOD path} a line in sorted order, equals the list committed beside its tests
     * ({@value #SURFACE}). A new endpoint changes the list in the same commit, so a review sees it.
     */
    @Test
    void exposesExactlyItsPinnedSurfaceUnderItsOwnName() throws IOException, InterruptedException {
        DocumentContext api = getOk("/v3/api-docs");

        assertThat(api.read("$.info.title", String.class)).startsWith("CaseBridge ");
        assertThat(api.read("$.info.description", String.class)).isNotBlank();
        assertThat(api.read("$.info.version", String.class)).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(surface(api)).isEqualTo(pinnedSurface());
    }

    @Test
    void exposesPrometheusMetricsOfTheJvmAndTheExchange() throws IOException, InterruptedException {
        String metrics = get("/actuator/prometheus").body();

        assertThat(metrics).contains("jvm_memory_used_bytes")
                .containsPattern("(?m)^(casebridge|kafka)_\\w+")
                .contains("casebridge_events_applied_total{topic=\"referrals\"}");
    }

    private static List<String> surface(DocumentContext api) {
        Map<String, Map<String, Object>> paths = api.read("$.paths");
        List<String> lines = new ArrayList<>();
        paths.forEach((path, operations) -> operations.keySet().stream()
                .filter(HTTP_METHODS::contains)
                .forEach(method -> lines.add(method.toUpperCase(Locale.ROOT) + " " + path)));
        Collections.sort(lines);
        return lines;
    }

    private List<String> pinnedSurface() throws IOException {
        try (InputStream list = getClass().getResourceAsStream(SURFACE)) {
            assertThat(list).as("%s on the test classpath of %s", SURFACE, getClass().getSimpleName()).isNotNull();
            return new String(list.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).sorted().toList();
        }
    }

    private static void assertKafkaUp(DocumentContext health) {
        assertThat(health.read("$.components.kafka.status", String.class)).isEqualTo("UP");
    }

    private DocumentContext getOk(String path) throws IOException, InterruptedException {
        return JsonPath.parse(get(path).body());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(path, null);
    }

    /** As {@code user} (password {@link ServiceRequests#PASSWORD}), or anonymously when null. */
    private HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            request.header("Authorization", ServiceRequests.basic(user));
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s answered %s", path, response.body()).isEqualTo(200);
        return response;
    }
}
