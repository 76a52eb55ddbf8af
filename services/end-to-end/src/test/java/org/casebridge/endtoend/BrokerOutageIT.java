package org.casebridge.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;
import static org.casebridge.endtoend.Referrals.referral;
import static org.casebridge.platform.testing.ServiceContexts.officer;
import static org.casebridge.platform.testing.ServiceRequests.json;
import static org.casebridge.platform.testing.ServiceRequests.key;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.jayway.jsonpath.JsonPath;
import kafka.server.BrokerServer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.casebridge.contracts.Topic;
import org.casebridge.forestry.ForestryApplication;
import org.casebridge.platform.testing.ApicurioRegistry;
import org.casebridge.platform.testing.ApicurioRegistryExtension;
import org.casebridge.platform.testing.LocalPorts;
import org.casebridge.platform.testing.ProjectionDatabase;
import org.casebridge.platform.testing.ServiceContexts;
import org.casebridge.platform.testing.ServiceRequests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * Commands through a broker outage, on a real broker that is stopped and started again on the same port: every
 * command whose Idempotency-Key was recorded ends with exactly one applied event, whether the service's own send,
 * the outbox relay, or the relay of a new instance after the first was killed appended it; while the broker is
 * away, commands are answered 503 with {@code Retry-After}, never 500 (ADR 0005).
 */
@ExtendWith(ApicurioRegistryExtension.class)
class BrokerOutageIT {

    /** Short bounds, so that the outage shows within seconds; the defaults are 10 s, 5 s and 1 s. */
    private static final Map<String, Object> BOUNDS = Map.of("casebridge.commands.send-timeout", "3s",
            "casebridge.commands.retry-after", "1s", "casebridge.commands.relay-interval", "200ms");
    private static final String OFFICER = Agencies.BAOTOU_FORESTRY;
    private static final String UNIT = "FORESTRY:150200";
    private static final String BODY = referral("150203");

    private static EmbeddedKafkaKraftBroker broker;
    private static ApicurioRegistry registry;

    @BeforeAll
    static void startBroker(ApicurioRegistry apicurio) {
        registry = apicurio;
        broker = new EmbeddedKafkaKraftBroker(1, 4, "referrals", "referrals.dlt", "leads", "leads.dlt");
        broker.kafkaPorts(LocalPorts.free());
        broker.afterPropertiesSet();
    }

    @AfterAll
    static void stopBroker() {
        broker.destroy();
    }

    /** Each test stops the broker; the next one finds it running. */
    @AfterEach
    void brokerBack() {
        brokerServer().startup();
    }

    @Test
    void everyCommandOfABurstThroughAnOutageEndsWithExactlyOneAppliedEvent() throws Exception {
        ConfigurableApplicationContext forestry = ServiceContexts.on(broker, registry).with(BOUNDS)
                .start(ForestryApplication.class, "forestry-outage", "FORESTRY", List.of(officer(OFFICER, "张晓明", UNIT)));
        try {
            Queue<Answer> answers = new ConcurrentLinkedQueue<>();
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService clients = Executors.newFixedThreadPool(8);
            for (int i = 0; i < 8; i++) {
                clients.submit(() -> {
                    while (running.get()) {
                        String key = key();
                        answers.add(new Answer(key, submit(forestry, key)));
                    }
                    return null;
                });
            }
            await().atMost(Duration.ofMinutes(1)).until(() -> count(answers, 201) >= 16);
            brokerServer().shutdown();
            HttpResponse<String> whileDown = submit(forestry, key());
            await().atMost(Duration.ofMinutes(1)).until(() -> count(answers, 503) >= 8);
            running.set(false);
            clients.shutdown();
            assertThat(clients.awaitTermination(1, TimeUnit.MINUTES)).isTrue();

            Answers.assertProblem(whileDown, 503, "broker-unavailable");
            assertThat(whileDown.headers().firstValue("Retry-After")).hasValue("1");
            for (Answer answer : answers) {
                assertThat(answer.status()).as(answer.body()).isIn(201, 503);
                if (answer.status() == 503) {
                    assertThat(answer.retryAfter()).as(answer.body()).isTrue();
                    assertThat(answer.body()).containsAnyOf("/broker-unavailable\"", "/not-applied-yet\"");
                }
            }

            brokerServer().startup();
            Map<String, String> referrals = outcomes(keys(answers), key -> submit(forestry, key));

            assertThat(new HashSet<>(referrals.values())).hasSize(referrals.size());
            for (String id : referrals.values()) {
                HttpResponse<String> detail = ServiceRequests.get(forestry, OFFICER, "/api/referrals/" + id);
                assertThat(json(detail).read("$.timeline[?(@.eventType == 'ReferralSubmitted')]", List.class))
                        .as(id).hasSize(1);
            }
            assertThat(forestry.getBean(JdbcClient.class).sql("select count(*) from cb_outbox").query(Integer.class)
                    .single()).as("events recorded and not on the log").isZero();
            for (Answer answer : answers) {
                if (answer.status() == 201) {
                    assertThat(JsonPath.parse(answer.body()).read("$.summary.referralId", String.class))
                            .as("the referral a retry of a key answered 201 is the one its first answer named")
                            .isEqualTo(referrals.get(answer.key()));
                }
            }
            LogCopies copies = logCopies(Set.copyOf(referrals.values()));
            assertThat(copies.distinct()).as("distinct records on the log").isEqualTo(referrals.size());
            System.out.println("BrokerOutageIT: " + referrals.size() + " commands, " + count(answers, 503)
                    + " answered 503 during the outage; " + copies.records() + " records on the log for "
                    + copies.distinct() + " events");
        } finally {
            ServiceContexts.closeAll(forestry);
        }
    }

    @Test
    void relaysTheEventsOfAnInstanceKilledBeforeTheBrokerAcknowledgedThem() throws Exception {
        assumeThat(ProjectionDatabase.postgresAvailable()).as("no PostgreSQL at 127.0.0.1:5432 for the two instances")
                .isTrue();
        String database = ProjectionDatabase.freshPostgresSchema();
        List<String> arguments = new ArrayList<>(ServiceProcess.on(broker.getBrokersAsString(), registry,
                ServiceContexts.on(broker, registry).keys(), database));
        arguments.addAll(ServiceProcess.officer(OFFICER, "张晓明", UNIT));
        arguments.add("--casebridge.commands.send-timeout=6s");
        ServiceProcess first = ServiceProcess.start("forestry-service", "forestry-first", arguments).awaitReady();
        assertThat(first.post("/api/referrals", OFFICER, key(), BODY).statusCode()).isEqualTo(201);

        brokerServer().shutdown();
        List<String> keys = List.of(key(), key(), key(), key(), key());
        List<CompletableFuture<?>> inFlight = new ArrayList<>();
        for (String key : keys) {
            inFlight.add(CompletableFuture.runAsync(() -> {
                try {
                    first.post("/api/referrals", OFFICER, key, BODY);
                } catch (IOException | InterruptedException expected) {
                    // The instance is killed while it waits for the broker.
                }
            }));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> outboxSize(database) == keys.size());
        first.kill();
        brokerServer().startup();

        ServiceProcess second = ServiceProcess.start("forestry-service", "forestry-second", arguments).awaitReady();
        try {
            Map<String, String> referrals = outcomes(keys, key -> second.post("/api/referrals", OFFICER, key, BODY));
            assertThat(new HashSet<>(referrals.values())).hasSize(keys.size());
            for (String id : referrals.values()) {
                HttpResponse<String> detail = second.get("/api/referrals/" + id, OFFICER);
                assertThat(json(detail).read("$.timeline[?(@.eventType == 'ReferralSubmitted')]", List.class))
                        .as(id).hasSize(1);
            }
            assertThat(outboxSize(database)).isZero();
            inFlight.forEach(CompletableFuture::join);
        } finally {
            second.kill();
        }
    }

    /**
     * Retries every key with the same request until it is answered 201, and answers each key's referral id; a
     * retry is answered 503 with {@code Retry-After} until the key's event is applied.
     */
    private static Map<String, String> outcomes(List<String> keys, Submission submission) {
        Map<String, String> referrals = new LinkedHashMap<>();
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).until(() -> {
            for (String key : keys) {
                if (!referrals.containsKey(key)) {
                    HttpResponse<String> answer = submission.submit(key);
                    assertThat(answer.statusCode()).as(answer.body()).isIn(201, 503);
                    if (answer.statusCode() == 201) {
                        referrals.put(key, json(answer).read("$.summary.referralId"));
                    }
                }
            }
            return referrals.size() == keys.size();
        });
        return referrals;
    }

    private static HttpResponse<String> submit(ConfigurableApplicationContext forestry, String key)
            throws IOException, InterruptedException {
        return ServiceRequests.post(forestry, OFFICER, "/api/referrals", key, BODY);
    }

    private static long count(Queue<Answer> answers, int status) {
        return answers.stream().filter(answer -> answer.status() == status).count();
    }

    private static List<String> keys(Queue<Answer> answers) {
        return answers.stream().map(Answer::key).toList();
    }

    private static int outboxSize(String database) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database, "postgres", "");
             ResultSet count = connection.createStatement().executeQuery("select count(*) from cb_outbox")) {
            count.next();
            return count.getInt(1);
        }
    }

    /**
     * The records of these referrals on {@code referrals}: a copy the relay sent again is byte for byte the record it
     * copies.
     */
    private static LogCopies logCopies(Set<String> referralIds) throws NoSuchAlgorithmException {
        Set<String> distinct = new HashSet<>();
        long records = 0;
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topic.REFERRALS.topicName()).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofSeconds(1))) {
                    if (!referralIds.contains(record.key())) {
                        continue;
                    }
                    distinct.add(HexFormat.of().formatHex(sha256.digest(record.value())));
                    records++;
                }
            }
        }
        return new LogCopies(records, distinct.size());
    }

    private static BrokerServer brokerServer() {
        return broker.getCluster().brokers().values().iterator().next();
    }

    @FunctionalInterface
    private interface Submission {
        HttpResponse<String> submit(String key) throws IOException, InterruptedException;
    }

    private record Answer(String key, int status, String body, boolean retryAfter) {
        Answer(String key, HttpResponse<String> response) {
            this(key, response.statusCode(), response.body(), response.headers().firstValue("Retry-After").isPresent());
        }
    }

    private record LogCopies(long records, int distinct) {
    }
}
