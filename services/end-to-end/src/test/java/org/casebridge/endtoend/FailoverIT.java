package org.casebridge.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;
import static org.casebridge.endtoend.Referrals.referral;
import static org.casebridge.platform.testing.ServiceContexts.officer;
import static org.casebridge.platform.testing.ServiceRequests.json;
import static org.casebridge.platform.testing.ServiceRequests.key;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.utils.Utils;
import org.casebridge.forestry.ForestryApplication;
import org.casebridge.platform.testing.ApicurioRegistry;
import org.casebridge.platform.testing.ApicurioRegistryExtension;
import org.casebridge.platform.testing.LocalPorts;
import org.casebridge.platform.testing.ProjectionDatabase;
import org.casebridge.platform.testing.ServiceContexts;
import org.casebridge.platform.testing.ServiceRequests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.condition.EmbeddedKafkaCondition;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * Two police-service instances, each its own JVM (the built service jar), in one consumer group on one PostgreSQL
 * database; one is killed with SIGKILL. Every receipt for a referral on the dead instance's partitions is answered
 * through the survivor, once the group has moved them, exactly once per referral. How long that took is printed
 * (docs/benchmarks.md keeps the figures); the test asserts only that it happens.
 */
@ExtendWith(ApicurioRegistryExtension.class)
@EmbeddedKafka(partitions = 4, topics = {"referrals", "referrals.dlt", "leads", "leads.dlt"})
class FailoverIT {

    private static final String GROUP = "police-service";
    private static final String OFFICER = "li.wei";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static ServiceContexts services;
    /** Read once: the embedded broker is found through a thread-local, and Awaitility polls on a thread of its own. */
    private static String brokers;
    private static ConfigurableApplicationContext forestry;
    private static final List<Process> police = new ArrayList<>();
    private static final List<Integer> ports = new ArrayList<>();

    @BeforeAll
    static void start(ApicurioRegistry registry) throws Exception {
        String database = freshPostgresSchema();
        brokers = EmbeddedKafkaCondition.getBroker().getBrokersAsString();
        services = ServiceContexts.on(registry);
        forestry = services.start(ForestryApplication.class, "forestry-failover", "FORESTRY",
                List.of(officer(Agencies.BAOTOU_FORESTRY, "张晓明", "FORESTRY:150200")));
        for (String instance : List.of("police-a", "police-b")) {
            int port = LocalPorts.free();
            ports.add(port);
            police.add(startPolice(registry, database, instance, port));
        }
        for (int port : ports) {
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                    .until(() -> get(port, "/actuator/health/readiness").statusCode() == 200);
        }
        // Both in the group, each with partitions of its own.
        await().atMost(Duration.ofMinutes(1)).until(() -> {
            Map<String, Set<Integer>> owners = owners();
            return owners.size() == 2 && owners.values().stream().noneMatch(Set::isEmpty);
        });
    }

    @AfterAll
    static void stop() {
        police.forEach(Process::destroyForcibly);
        ServiceContexts.closeAll(forestry);
    }

    @Test
    void servesTheDeadInstancesReferralsThroughTheSurvivorExactlyOnce() throws Exception {
        Set<Integer> deadPartitions = owners().get("police-a");
        List<String> onDead = new ArrayList<>();
        for (int i = 0; i < 40 && onDead.size() < 3; i++) {
            String id = submitted();
            await().atMost(Duration.ofSeconds(30)).until(() -> get(ports.get(1), "/api/referrals/" + id).statusCode() == 200);
            if (deadPartitions.contains(partitionOf(id))) {
                onDead.add(id);
            }
        }
        assertThat(onDead).as("referrals on police-a's partitions %s", deadPartitions).hasSize(3);

        long killed = System.nanoTime();
        police.get(0).destroyForcibly().waitFor();
        Map<String, Long> answeredAfter = new LinkedHashMap<>();
        for (String id : onDead) {
            String key = key();
            await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(200)).until(() ->
                    receipt(ports.get(1), id, key).statusCode() == 200);
            answeredAfter.put(id, Duration.ofNanos(System.nanoTime() - killed).toMillis());
        }

        for (String id : onDead) {
            DocumentContext detail = JsonPath.parse(get(ports.get(1), "/api/referrals/" + id).body());
            assertThat(detail.read("$.summary.status", String.class)).isEqualTo("RECEIVED");
            assertThat(detail.read("$.timeline[?(@.eventType == 'ReceiptSigned')]", List.class)).hasSize(1);
        }
        System.out.println("FailoverIT: police-a killed; its " + onDead.size() + " referrals (partitions "
                + deadPartitions + ") answered through police-b after " + answeredAfter.values() + " ms");
    }

    private static String submitted() throws IOException, InterruptedException {
        HttpResponse<String> submitted = ServiceRequests.post(forestry, Agencies.BAOTOU_FORESTRY, "/api/referrals", key(),
                referral("150203"));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        return json(submitted).read("$.summary.referralId");
    }

    private static HttpResponse<String> receipt(int port, String id, String key) throws IOException, InterruptedException {
        return HTTP.send(request(port, "/api/referrals/" + id + "/receipt").header("Idempotency-Key", key)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Steps.RECEIPT, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return HTTP.send(request(port, path).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder request(int port, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", ServiceRequests.basic(OFFICER));
    }

    /** The partitions of {@code referrals} each instance consumes, by its client id. */
    private static Map<String, Set<Integer>> owners() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, brokers))) {
            return admin.describeConsumerGroups(List.of(GROUP)).all().get().get(GROUP).members().stream()
                    .filter(member -> member.clientId().startsWith("police-"))
                    .collect(Collectors.toMap(member -> member.clientId().substring(0, "police-a".length()),
                            FailoverIT::referralPartitions, FailoverIT::union));
        }
    }

    private static Set<Integer> referralPartitions(MemberDescription member) {
        return member.assignment().topicPartitions().stream().filter(p -> p.topic().equals("referrals"))
                .map(TopicPartition::partition).collect(Collectors.toSet());
    }

    private static Set<Integer> union(Set<Integer> a, Set<Integer> b) {
        Set<Integer> both = new HashSet<>(a);
        both.addAll(b);
        return both;
    }

    /** Where the producer's default partitioner puts a referral's events: murmur2 of its id, the record key. */
    private static int partitionOf(String referralId) {
        return Utils.toPositive(Utils.murmur2(referralId.getBytes(StandardCharsets.UTF_8))) % 4;
    }

    private static Process startPolice(ApicurioRegistry registry, String database, String instance, int port)
            throws IOException {
        Path log = Files.createTempFile("casebridge-" + instance, ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", policeJar().toString(),
                "--server.port=" + port,
                "--spring.kafka.bootstrap-servers=" + brokers,
                "--spring.kafka.consumer.client-id=" + instance,
                "--casebridge.registry-url=" + registry.url(),
                "--casebridge.keys-dir=" + services.keys(),
                "--casebridge.data-dir=" + services.keys(),
                "--spring.datasource.url=" + database,
                "--spring.datasource.username=postgres",
                "--casebridge.security.users[0].username=" + OFFICER,
                "--casebridge.security.users[0].name=李伟",
                "--casebridge.security.users[0].unit=POLICE:150203",
                "--casebridge.security.users[0].roles=OFFICER",
                "--casebridge.security.users[0].password-hash=" + ServiceRequests.PASSWORD_HASH));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** The police service as built in this reactor build (its runnable jar, packaged before the integration tests). */
    private static Path policeJar() throws IOException {
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of("..", "police-service", "target"),
                "police-service-*-exec.jar")) {
            for (Path jar : jars) {
                return jar;
            }
        }
        throw new IllegalStateException("no police-service exec jar: run the build from the root (mvn -B verify)");
    }

    /** A schema of its own on the PostgreSQL server, for both instances. */
    private static String freshPostgresSchema() throws Exception {
        assumeThat(ProjectionDatabase.postgresAvailable()).as("no PostgreSQL at 127.0.0.1:5432 for the two instances")
                .isTrue();
        String schema = "cb_failover_" + UUID.randomUUID().toString().replace("-", "").toLowerCase(Locale.ROOT);
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "")) {
            connection.createStatement().execute("create schema " + schema);
        }
        return "jdbc:postgresql://127.0.0.1:5432/postgres?currentSchema=" + schema;
    }
}
